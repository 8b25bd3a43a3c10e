import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CopyLink } from "~/components/portfolio/copy-link";
import { EditorNav } from "~/components/portfolio/editor-nav";
import { requireCreatorProfile } from "~/models/portfolio/owner.server";
import { qrSvg } from "~/models/portfolio/qr.server";
import { getOrigin } from "~/utils/url.server";

export const meta: MetaFunction = () => [{ title: "Share · Portfolio · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { profile } = await requireCreatorProfile(request);
  const url = `${getOrigin(request)}/${profile.slug}`;
  return { slug: profile.slug, visibility: profile.visibility, url, qr: await qrSvg(url) };
}

export default function SharePage() {
  const { slug, visibility, url, qr } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <EditorNav slug={slug} />
      <h1 className="text-2xl font-bold">Share your page</h1>
      {visibility === "private" ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          Your page is private: only you can open it.{" "}
          <Link to="/dashboard/profile" className="link">
            Change its visibility
          </Link>{" "}
          before sharing.
        </p>
      ) : null}
      <div className="card space-y-4">
        <CopyLink url={url} />
        <div className="flex flex-wrap gap-3 text-sm">
          <Link to={`/${slug}?preview=1`} className="btn-secondary">
            Preview
          </Link>
          <Link to={`/${slug}/media-kit`} className="btn-secondary">
            Media kit
          </Link>
        </div>
      </div>
      <figure className="card inline-block">
        {/* The SVG is generated on the server by the qrcode package from our own URL. */}
        <div
          className="h-56 w-56"
          role="img"
          aria-label={`QR code for ${url}`}
          dangerouslySetInnerHTML={{ __html: qr }}
        />
        <figcaption className="mt-2 text-center text-sm text-slate-600">
          Scan to open your page
        </figcaption>
      </figure>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
