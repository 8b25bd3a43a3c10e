import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getProfileBySlug } from "~/models/portfolio/profiles.server";

export const meta: MetaFunction = () => [
  { title: "Thank you · Gigfolio" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const slug = new URL(request.url).searchParams.get("creator");
  const profile = slug ? getProfileBySlug(slug) : null;
  return {
    creator:
      profile && profile.visibility !== "private"
        ? { slug: profile.slug, displayName: profile.displayName }
        : null,
  };
}

export default function ReviewThanks() {
  const { creator } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">Thank you for your review</h1>
      <p role="status" className="mt-4 text-slate-700">
        Your review was published{creator ? ` on ${creator.displayName}’s page` : ""}.
      </p>
      {creator ? (
        <Link to={`/${creator.slug}#reviews`} className="btn-primary mt-8 inline-block">
          See {creator.displayName}’s page
        </Link>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
