import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { listFeaturedCreators } from "~/models/discovery/search.server";
import { listRecentPublicCreators } from "~/models/portfolio/profiles.server";
import { storeUntilNextWrite } from "~/utils/page-cache.server";

export async function loader({ context }: LoaderFunctionArgs) {
  // The same for every anonymous visitor: may be served again until the next write (decision 022).
  storeUntilNextWrite(context.pageCache);
  // Creators an admin featured, newest feature first; the newest creators until there are any.
  const featured = listFeaturedCreators(6).map((c) => ({
    slug: c.slug,
    displayName: c.displayName,
    headline: c.headline,
  }));
  return {
    creators: featured.length ? featured : listRecentPublicCreators(6),
    featured: featured.length > 0,
  };
}

export default function Home() {
  const { creators, featured } = useLoaderData<typeof loader>();
  return (
    <div>
      <section className="bg-gradient-to-b from-brand-50 to-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-20">
          <h1 className="max-w-3xl text-4xl font-extrabold tracking-tight sm:text-5xl">
            Your portfolio, your bookings, your deals — one link.
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-slate-700">
            Gigfolio gives creators a shareable portfolio page that takes inquiries and bookings,
            and gives brands one place to find creators, post gigs and run deals.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link to="/signup?role=creator" className="btn-primary">
              Create your portfolio
            </Link>
            <Link to="/creators" className="btn-secondary">
              Find creators
            </Link>
          </div>
        </div>
      </section>
      <section className="mx-auto max-w-6xl px-4 py-12" aria-labelledby="creators-title">
        <h2 id="creators-title" className="text-2xl font-bold">
          {featured ? "Featured creators" : "Creators on Gigfolio"}
        </h2>
        {creators.length === 0 ? (
          <p className="mt-4 text-slate-600">No public portfolios yet — be the first.</p>
        ) : (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {creators.map((c) => (
              <li key={c.slug} className="card">
                <Link to={`/${c.slug}`} className="link text-lg">
                  {c.displayName}
                </Link>
                <p className="mt-1 text-sm text-slate-600">{c.headline}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
