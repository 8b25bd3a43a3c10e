import { invariantResponse } from "@epic-web/invariant";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatCount } from "~/components/portfolio/format";
import { PortfolioHeader } from "~/components/portfolio/portfolio-header";
import { RateCard, SocialList } from "~/components/portfolio/portfolio-sections";
import { getPublicPortfolio } from "~/models/portfolio/public-portfolio.server";
import { pageUnderSlug, resolveSlugRedirect } from "~/models/portfolio/profiles.server";
import { getUser } from "~/utils/auth.server";
import { getOrigin } from "~/utils/url.server";
import { redirect } from "@remix-run/node";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const profile = getPublicPortfolio(slug);
  if (!profile) {
    const current = resolveSlugRedirect(slug);
    if (current) throw redirect(pageUnderSlug(request.url, current), 301);
  }
  invariantResponse(profile, "No creator has this link.", { status: 404 });
  if (profile.visibility === "private") {
    const viewer = await getUser(request);
    invariantResponse(viewer?.id === profile.userId, "No creator has this link.", { status: 404 });
  }
  const { userId: _u, avatarImageId: _a, bannerImageId: _b, ...rest } = profile;
  return { profile: rest, url: `${getOrigin(request)}/${profile.slug}` };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.profile.displayName} · Media kit · Gigfolio` : "Media kit · Gigfolio" },
  { name: "robots", content: "noindex" },
];

export default function MediaKit() {
  const { profile, url } = useLoaderData<typeof loader>();
  const featured = profile.items.filter((i) => i.featured);
  const brands = [...new Set(profile.items.map((i) => i.brand).filter(Boolean))];
  return (
    <article className="media-kit mx-auto max-w-4xl px-4 pb-12 print:max-w-none print:px-0">
      <p className="no-print mt-4 flex flex-wrap gap-3 text-sm">
        <Link to={`/${profile.slug}`} className="link">
          ← Back to {profile.displayName}
        </Link>
        <span className="text-slate-600">
          Use your browser&apos;s Print command to save this as a PDF.
        </span>
      </p>
      <PortfolioHeader profile={{ ...profile, banner: null, bannerSmall: null }} />
      <section aria-labelledby="kit-stats" className="mt-8 break-inside-avoid">
        <h2 id="kit-stats" className="text-xl font-bold">
          At a glance
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <div className="card p-3">
            <dt className="text-xs uppercase text-slate-600">Total reach</dt>
            <dd className="text-2xl font-bold">{formatCount(profile.totalFollowers)}</dd>
          </div>
          <div className="card p-3">
            <dt className="text-xs uppercase text-slate-600">Platforms</dt>
            <dd className="text-2xl font-bold">
              {profile.socials.filter((s) => s.platform !== "website").length}
            </dd>
          </div>
          <div className="card p-3">
            <dt className="text-xs uppercase text-slate-600">Rating</dt>
            <dd className="text-2xl font-bold">
              {profile.reviewCount > 0 ? `★ ${profile.ratingAvg.toFixed(1)}` : "—"}
            </dd>
          </div>
          <div className="card p-3">
            <dt className="text-xs uppercase text-slate-600">Brands worked with</dt>
            <dd className="text-2xl font-bold">{brands.length}</dd>
          </div>
        </dl>
        {brands.length ? (
          <p className="mt-3 text-sm text-slate-700">Worked with: {brands.join(", ")}</p>
        ) : null}
      </section>
      {profile.bio ? (
        <section aria-labelledby="kit-about" className="mt-8 break-inside-avoid">
          <h2 id="kit-about" className="text-xl font-bold">
            About
          </h2>
          <p className="mt-2 whitespace-pre-line text-slate-800">{profile.bio}</p>
        </section>
      ) : null}
      <SocialList socials={profile.socials} totalFollowers={profile.totalFollowers} />
      {featured.length ? (
        <section aria-labelledby="kit-work" className="mt-8 break-inside-avoid">
          <h2 id="kit-work" className="text-xl font-bold">
            Featured work
          </h2>
          <ul className="mt-2 list-inside list-disc text-slate-800">
            {featured.map((i) => (
              <li key={i.id}>
                {i.title}
                {i.brand ? ` — ${i.brand}` : ""}
                {i.itemDate ? ` (${i.itemDate})` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RateCard
        packages={profile.packages}
        budgetMinCents={profile.budgetMinCents}
        budgetMaxCents={profile.budgetMaxCents}
        currency={profile.currency}
        spacesThisMonth={profile.spacesThisMonth}
      />
      <p className="mt-8 text-sm text-slate-700">
        Contact and bookings:{" "}
        <a href={url} className="link">
          {url}
        </a>
      </p>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
