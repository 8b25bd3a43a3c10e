import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { budgetText, whereText } from "~/components/gigs/gig-summary";
import { GIG_PLATFORMS } from "~/db/schema/gigs";
import {
  budgetCurrency,
  DEFAULT_BUDGET_CURRENCY,
  parseGigSearch,
  PLATFORM_LABELS,
} from "~/models/gigs/gig-schema";
import { CURRENCIES } from "~/models/gigs/money";
import { searchGigs } from "~/models/gigs/search.server";
import { listCategories } from "~/models/portfolio/profiles.server";
import { storeUntilNextWrite } from "~/utils/page-cache.server";
import { withoutEmptyParams } from "~/utils/url.server";

export const meta: MetaFunction = () => [
  { title: "Gigs for creators · Gigfolio" },
  {
    name: "description",
    content: "Paid gigs from brands: filter by category, platform, budget, location and deadline.",
  },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The same for every anonymous visitor: may be served again until the next write (decision 022).
  storeUntilNextWrite(context.pageCache);
  const url = new URL(request.url);
  // One address per search: the form's empty fields are dropped.
  const canonical = withoutEmptyParams(url);
  if (canonical) throw redirect(canonical);
  const search = parseGigSearch(url.searchParams);
  const result = searchGigs(search);
  return { search, result, categories: listCategories(), query: url.searchParams.toString() };
}

function pageHref(query: string, page: number) {
  const params = new URLSearchParams(query);
  params.set("page", String(page));
  return `/gigs?${params}`;
}

export default function GigBoard() {
  const { search, result, categories, query } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const money = (cents?: number) => (cents === undefined ? "" : String(cents / 100));
  // The one currency a budget filter or budget sort compares in; undefined lists every currency.
  const currency = budgetCurrency(search);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-extrabold">Gigs</h1>
      <p className="mt-1 text-slate-600">
        Paid work from brands. Filters live in the address, so you can share or bookmark a search.
      </p>
      <div className="mt-6 grid gap-8 md:grid-cols-[16rem_1fr]">
        <Form
          method="get"
          action="/gigs"
          className="card space-y-4"
          role="search"
          aria-label="Filter gigs"
        >
          <div>
            <label htmlFor="q" className="label">
              Search
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={search.q ?? ""}
              className="input"
              placeholder="reel, recipe, unboxing…"
            />
          </div>
          <div>
            <label htmlFor="category" className="label">
              Category
            </label>
            <select
              id="category"
              name="category"
              defaultValue={search.category ?? ""}
              className="input"
            >
              <option value="">Any category</option>
              {categories.map((c) => (
                <option key={c.id} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="platform" className="label">
              Platform
            </label>
            <select
              id="platform"
              name="platform"
              defaultValue={search.platform ?? ""}
              className="input"
            >
              <option value="">Any platform</option>
              {GIG_PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {PLATFORM_LABELS[p]}
                </option>
              ))}
            </select>
          </div>
          <fieldset className="grid grid-cols-2 gap-2">
            <legend className="label">Budget</legend>
            <label className="col-span-2 text-xs text-slate-600">
              Currency
              <select
                name="currency"
                defaultValue={search.currency ?? DEFAULT_BUDGET_CURRENCY}
                aria-describedby="budget-currency-hint"
                className="input"
              >
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-xs text-slate-600">
              At least
              <input
                name="budgetMin"
                inputMode="decimal"
                defaultValue={money(search.budgetMin)}
                className="input"
              />
            </label>
            <label className="text-xs text-slate-600">
              At most
              <input
                name="budgetMax"
                inputMode="decimal"
                defaultValue={money(search.budgetMax)}
                className="input"
              />
            </label>
            <p id="budget-currency-hint" className="col-span-2 text-xs text-slate-500">
              A budget filter or budget sort shows only gigs budgeted in this currency.
            </p>
          </fieldset>
          <div>
            <label htmlFor="location" className="label">
              Location
            </label>
            <input
              id="location"
              name="location"
              defaultValue={search.location ?? ""}
              className="input"
            />
            <label className="mt-2 flex items-center gap-2 text-sm">
              <input type="checkbox" name="remote" value="1" defaultChecked={search.remote} />{" "}
              Remote
            </label>
          </div>
          <div>
            <label htmlFor="deadlineBefore" className="label">
              Deadline on or before
            </label>
            <input
              id="deadlineBefore"
              name="deadlineBefore"
              type="date"
              defaultValue={search.deadlineBefore ?? ""}
              className="input"
            />
          </div>
          <div>
            <label htmlFor="sort" className="label">
              Sort by
            </label>
            <select id="sort" name="sort" defaultValue={search.sort} className="input">
              <option value="newest">Newest</option>
              <option value="budget_desc">Highest budget</option>
              <option value="budget_asc">Lowest budget</option>
              <option value="deadline">Deadline soonest</option>
            </select>
          </div>
          <div className="flex items-center gap-3">
            <button type="submit" className="btn-primary">
              {navigation.state === "loading" && navigation.location.pathname === "/gigs"
                ? "Searching…"
                : "Show gigs"}
            </button>
            <Link to="/gigs" className="link text-sm">
              Clear
            </Link>
          </div>
        </Form>
        <section aria-label="Results">
          <p className="mb-3 text-sm text-slate-600" role="status">
            {result.total === 0
              ? `No gigs${currency ? ` budgeted in ${currency}` : ""} match these filters.`
              : `${result.total} ${result.total === 1 ? "gig" : "gigs"}${currency ? ` budgeted in ${currency}` : ""}`}
            {result.capped ? " (the most recent matches; add words to narrow down)" : ""}
          </p>
          {currency ? (
            <p id="budget-currency-note" className="mb-3 text-sm text-slate-600">
              Showing gigs budgeted in {currency}
              {search.currency ? "" : " (the default currency)"} only: a budget filter or sort
              compares amounts in one currency, without exchange rates. Choose another currency
              beside the budget to see its gigs.
            </p>
          ) : null}
          {result.total === 0 ? (
            <div className="card text-sm text-slate-600">
              Try fewer filters, or{" "}
              <Link to="/gigs" className="link">
                see every open gig
              </Link>
              .
            </div>
          ) : (
            <ul className="space-y-3">
              {result.rows.map((g) => (
                <li key={g.id} className="card">
                  <h2 className="text-lg font-semibold">
                    <Link to={`/gigs/${g.id}`} className="link">
                      {g.title}
                    </Link>
                  </h2>
                  <p className="text-sm text-slate-600">
                    {g.brandSlug ? (
                      <Link to={`/brands/${g.brandSlug}`} className="link">
                        {g.brandName}
                      </Link>
                    ) : (
                      g.brandName
                    )}{" "}
                    · {budgetText(g)} · {whereText(g)} · apply by {g.deadline} · {g.applicants}{" "}
                    {g.applicants === 1 ? "applicant" : "applicants"}
                  </p>
                  <p className="mt-2 line-clamp-2 text-sm text-slate-700">{g.description}</p>
                </li>
              ))}
            </ul>
          )}
          {result.pageCount > 1 ? (
            <nav aria-label="Pages" className="mt-6 flex items-center justify-between text-sm">
              {result.page > 1 ? (
                <Link to={pageHref(query, result.page - 1)} className="link" rel="prev">
                  ← Previous
                </Link>
              ) : (
                <span />
              )}
              <span>
                Page {result.page} of {result.pageCount}
              </span>
              {result.page < result.pageCount ? (
                <Link to={pageHref(query, result.page + 1)} className="link" rel="next">
                  Next →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
