import { parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InquiryForm } from "~/components/portfolio/inquiry-form";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import { InquirySchema } from "~/models/inquiries/inquiry-schema";
import { getUserById } from "~/models/accounts/users.server";
import { getProfileBySlug } from "~/models/portfolio/profiles.server";
import { getUser } from "~/utils/auth.server";
import { isHoneypotFilled } from "~/utils/honeypot";
import { consume, getClientIp } from "~/utils/rate-limit.server";
import { getOrigin } from "~/utils/url.server";

/** Private pages are 404 to everyone but their owner. */
async function loadVisibleProfile(request: Request, slug: string) {
  const profile = getProfileBySlug(slug);
  invariantResponse(profile, "No creator has this link.", { status: 404 });
  if (profile.visibility === "private") {
    const viewer = await getUser(request);
    invariantResponse(viewer?.id === profile.userId, "No creator has this link.", { status: 404 });
  }
  return profile;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const profile = await loadVisibleProfile(request, params.slug ?? "");
  const viewer = await getUser(request);
  return {
    profile: {
      slug: profile.slug,
      displayName: profile.displayName,
      headline: profile.headline,
      bio: profile.bio,
      visibility: profile.visibility,
      categories: profile.categories,
    },
    isOwner: viewer?.id === profile.userId,
    canonical: `${getOrigin(request)}/${profile.slug}`,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Creator not found · Gigfolio" }];
  const { profile, canonical } = data;
  const title = `${profile.displayName}${profile.headline ? ` — ${profile.headline}` : ""} · Gigfolio`;
  const description = profile.bio.slice(0, 160) || profile.headline || `${profile.displayName} on Gigfolio`;
  return [
    { title },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: canonical },
    { property: "og:type", content: "profile" },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: canonical },
    { name: "twitter:card", content: "summary" },
    ...(profile.visibility !== "public" ? [{ name: "robots", content: "noindex" }] : []),
  ];
};

export async function action({ request, params }: ActionFunctionArgs) {
  const profile = await loadVisibleProfile(request, params.slug ?? "");
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: InquirySchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const done = redirect(`/${profile.slug}?inquiry=sent#contact`);
  // Bots get the same answer as people, and nothing is stored.
  if (isHoneypotFilled(formData)) return done;
  if (!(await consume("publicForm", getClientIp(request)))) {
    return data(submission.reply({ formErrors: ["Too many messages from your network. Try again in a minute."] }), { status: 429 });
  }
  const creator = getUserById(profile.userId);
  invariantResponse(creator, "No creator has this link.", { status: 404 });
  createInquiry(creator, submission.value);
  return done;
}

export default function PortfolioPage() {
  const { profile, isOwner } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  return (
    <article className="mx-auto max-w-4xl px-4 py-10">
      {isOwner ? (
        <p className="no-print mb-6 rounded-md bg-brand-50 p-3 text-sm text-brand-900">
          This is your public page{profile.visibility !== "public" ? ` (${profile.visibility})` : ""}.{" "}
          <Link to="/dashboard/profile" className="link">
            Edit it
          </Link>
        </p>
      ) : null}
      <header>
        <h1 className="text-4xl font-extrabold tracking-tight">{profile.displayName}</h1>
        {profile.headline ? <p className="mt-2 text-lg text-slate-700">{profile.headline}</p> : null}
        {profile.categories.length ? (
          <ul aria-label="Categories" className="mt-4 flex flex-wrap gap-2">
            {profile.categories.map((c) => (
              <li key={c.slug}>
                <Link to={`/creators?category=${c.slug}`} className="rounded-full bg-brand-100 px-3 py-1 text-sm text-brand-900">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </header>
      {profile.bio ? (
        <section aria-labelledby="about-title" className="mt-8">
          <h2 id="about-title" className="text-xl font-bold">
            About
          </h2>
          <div className="mt-2 whitespace-pre-line text-slate-800">{profile.bio}</div>
        </section>
      ) : null}
      <div className="mt-10">
        <InquiryForm creatorName={profile.displayName} lastResult={lastResult} sent={searchParams.get("inquiry") === "sent"} />
      </div>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
