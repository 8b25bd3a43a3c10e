import { invariantResponse } from "@epic-web/invariant";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { budgetText } from "~/components/gigs/gig-summary";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ReputationSummary, Stars } from "~/components/gigs/reputation";
import { getBrandPage, getBrandReputation, listBrandRatings } from "~/models/brands/brands.server";
import { listOpenGigsForBrand } from "~/models/gigs/gigs.server";
import { todayUtc } from "~/models/gigs/money";
import { getUser } from "~/utils/auth.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  // Public, but a suspended brand's page is a 404 for everyone except admins (decision 037).
  const viewer = await getUser(request);
  const page = getBrandPage(params.slug ?? "", viewer);
  invariantResponse(page, "No brand has this link.", { status: 404 });
  const { brand, suspended } = page;
  const openGigs = listOpenGigsForBrand(brand.userId, todayUtc());
  return {
    brand: {
      company: brand.company,
      slug: brand.slug,
      industry: brand.industry,
      website: brand.website,
      logoUrl: brand.logoUrl,
      description: brand.description,
    },
    suspended,
    reputation: getBrandReputation(brand.userId),
    ratings: listBrandRatings(brand.userId),
    openGigs,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.brand.company} · Gigfolio` },
        { name: "description", content: data.brand.description.slice(0, 160) },
      ]
    : [{ title: "Brand not found · Gigfolio" }];

export default function BrandPage() {
  const { brand, suspended, reputation, ratings, openGigs } = useLoaderData<typeof loader>();
  return (
    <article className="mx-auto max-w-4xl space-y-8 px-4 py-10">
      {suspended ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          This brand is suspended: only admins see this page.
        </p>
      ) : null}
      <header className="flex items-center gap-4">
        {brand.logoUrl ? (
          <img src={brand.logoUrl} alt="" className="h-16 w-16 rounded-md object-contain" />
        ) : null}
        <div>
          <h1 className="text-3xl font-extrabold">{brand.company}</h1>
          <p className="text-slate-600">
            {brand.industry}
            {brand.website ? (
              <>
                {brand.industry ? " · " : ""}
                <a href={brand.website} rel="nofollow noopener noreferrer" className="link">
                  {brand.website.replace(/^https?:\/\//, "")}
                </a>
              </>
            ) : null}
          </p>
        </div>
      </header>
      {brand.description ? <p className="whitespace-pre-line">{brand.description}</p> : null}
      <section aria-labelledby="rep-title" className="card">
        <h2 id="rep-title" className="mb-3 text-lg font-bold">
          Reputation
        </h2>
        <ReputationSummary reputation={reputation} />
        {ratings.length ? (
          <ul className="mt-4 space-y-3">
            {ratings.map((r, i) => (
              <li key={i} className="border-t pt-3 text-sm">
                <Stars value={r.overall} /> —{" "}
                {r.creatorSlug ? (
                  <Link to={`/${r.creatorSlug}`} className="link">
                    {r.creatorName}
                  </Link>
                ) : (
                  r.creatorName
                )}
                {r.comment ? (
                  <p className="mt-1 whitespace-pre-line text-slate-700">{r.comment}</p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-sm text-slate-500">No creator has rated this brand yet.</p>
        )}
      </section>
      <section aria-labelledby="gigs-title">
        <h2 id="gigs-title" className="mb-3 text-lg font-bold">
          Open gigs
        </h2>
        {openGigs.length ? (
          <ul className="space-y-2">
            {openGigs.map((g) => (
              <li key={g.id} className="card">
                <Link to={`/gigs/${g.id}`} className="link font-semibold">
                  {g.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {budgetText(g)} · apply by {g.deadline}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">No open gigs right now.</p>
        )}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
