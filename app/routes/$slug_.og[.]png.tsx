import { invariantResponse } from "@epic-web/invariant";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { renderOgImage } from "~/models/portfolio/og-image.server";
import { getPublicPortfolio } from "~/models/portfolio/public-portfolio.server";

/** The share image for /<slug>. Private pages have none. Cached briefly: the profile can change. */
export async function loader({ params }: LoaderFunctionArgs) {
  const profile = getPublicPortfolio(params.slug ?? "");
  invariantResponse(profile && profile.visibility !== "private", "Not found", { status: 404 });
  const png = await renderOgImage(profile);
  return new Response(new Uint8Array(png), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "public, max-age=3600",
      "Content-Length": String(png.length),
    },
  });
}
