import { invariantResponse } from "@epic-web/invariant";
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { renderOgImage } from "~/models/portfolio/og-image.server";
import { pageUnderSlug, resolveSlugRedirect } from "~/models/portfolio/profiles.server";
import { getPublicPortfolio } from "~/models/portfolio/public-portfolio.server";

/** The share image for /<slug>. Private pages have none. Cached briefly: the profile can change. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const profile = getPublicPortfolio(slug);
  if (!profile) {
    // Pages shared before a rename keep their image: it moved with the page (301, query kept).
    const current = resolveSlugRedirect(slug);
    if (current) throw redirect(pageUnderSlug(request.url, current), 301);
  }
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
