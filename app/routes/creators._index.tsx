import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { CreatorCardView } from "~/components/portfolio/creator-card";
import { SOCIAL_PLATFORMS } from "~/db/schema/portfolio-extras";
import { MAX_QUERY_LENGTH, parseCreatorSearch, SORTS } from "~/models/discovery/search-schema";
import { listFeaturedCreators, searchCreators } from "~/models/discovery/search.server";
import { CURRENCIES, PLATFORM_LABELS } from "~/models/portfolio/portfolio-schemas";
import { listCategories } from "~/models/portfolio/profiles.server";
import { storeUntilNextWrite } from "~/utils/page-cache.server";
import { withoutEmptyParams } from "~/utils/url.server";

export const meta: MetaFunction = () => [
  { title: "Find creators · Gigfolio" },
  {
    name: "description",
    content:
      "Browse and search creators by category, platform, location, price, followers and rating.",
  },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  // The same for every anonymous visitor: may be served again until the next write (decision 022).
  storeUntilNextWrite(context.pageCache);
  const url = new URL(request.url);
  // One address per search: the form's empty fields are dropped.
  const canonical = withoutEmptyParams(url);
  if (canonical) throw redirect(canonical);
  const search = parseCreatorSearch(url.searchParams);
  const categories = listCategories();
  // A category nobody has is no filter: the page shows what its select can show ("All categories").
  if (search.category && !categories.some((c) => c.slug === search.category)) search.category = "";
  const result = searchCreators(search);
  const filtered = [...url.searchParams.keys()].some(
    (k) => k !== "page" && url.searchParams.get(k),
  );
  return {
    search,
    /** The search was longer than MAX_QUERY_LENGTH: its start was searched, and the page says so. */
    queryCut: (url.searchParams.get("q") ?? "").trim().length > MAX_QUERY_LENGTH,
    categories,
    featured: filtered || search.page > 1 ? [] : listFeaturedCreators(6),
    ...result,
  };
}

/** The ratings the select offers; a link with another minimum keeps it as an extra choice. */
const RATING_CHOICES = [4.5, 4, 3];

const SORT_LABELS = {
  relevance: "Best match",
  followers: "Most followers",
  rating: "Top rated",
  newest: "Newest",
  price: "Lowest price",
} as const;

export default function CreatorsPage() {
  const { rows, categories, featured, search, queryCut, page, pageCount, total, sort, capped } =
    useLoaderData<typeof loader>();
  const minRating = search.minRating && search.minRating > 0 ? search.minRating : undefined;
  const pageHref = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(search))
      if (v !== undefined && v !== "" && k !== "page") params.set(k, String(v));
    params.set("page", String(p));
    return `/creators?${params}`;
  };
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">Find creators</h1>
      {featured.length ? (
        <section aria-labelledby="featured-title" className="mt-6">
          <h2 id="featured-title" className="text-lg font-semibold">
            Featured creators
          </h2>
          <ul className="mt-3 flex gap-4 overflow-x-auto pb-2">
            {featured.map((c) => (
              <li key={c.slug} className="w-64 shrink-0">
                <CreatorCardView creator={c} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Form
        method="get"
        className="card mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4"
        role="search"
        aria-label="Search creators"
      >
        <div className="sm:col-span-2">
          <label htmlFor="q" className="label">
            Search
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={search.q}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="Name, niche, category…"
            aria-describedby="q-hint"
            className="input"
          />
          <p id="q-hint" className="mt-1 text-xs text-slate-500">
            Searches names, headlines, bios and categories. For a city or country, use Location.
          </p>
        </div>
        <div>
          <label htmlFor="category" className="label">
            Category
          </label>
          <select id="category" name="category" defaultValue={search.category} className="input">
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
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
            {SOCIAL_PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="location" className="label">
            Location
          </label>
          <input id="location" name="location" defaultValue={search.location} className="input" />
        </div>
        <fieldset className="grid grid-cols-3 gap-2">
          <legend className="sr-only">Lowest package price</legend>
          <div>
            <label htmlFor="minPrice" className="label">
              Price from
            </label>
            <input
              id="minPrice"
              name="minPrice"
              type="number"
              min={0}
              defaultValue={search.minPrice ?? ""}
              className="input"
            />
          </div>
          <div>
            <label htmlFor="maxPrice" className="label">
              Price to
            </label>
            <input
              id="maxPrice"
              name="maxPrice"
              type="number"
              min={0}
              defaultValue={search.maxPrice ?? ""}
              className="input"
            />
          </div>
          <div>
            <label htmlFor="currency" className="label">
              Currency
            </label>
            <select id="currency" name="currency" defaultValue={search.currency} className="input">
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <div>
          <label htmlFor="minFollowers" className="label">
            Min. followers
          </label>
          <input
            id="minFollowers"
            name="minFollowers"
            type="number"
            min={0}
            step={1000}
            defaultValue={search.minFollowers ?? ""}
            className="input"
          />
        </div>
        <div>
          <label htmlFor="minRating" className="label">
            Min. rating
          </label>
          <select id="minRating" name="minRating" defaultValue={minRating ?? ""} className="input">
            <option value="">Any rating</option>
            {(minRating === undefined || RATING_CHOICES.includes(minRating)
              ? RATING_CHOICES
              : [...RATING_CHOICES, minRating].sort((a, b) => b - a)
            ).map((r) => (
              <option key={r} value={r}>
                {r}★ and up
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sort" className="label">
            Sort by
          </label>
          <select id="sort" name="sort" defaultValue={search.sort ?? ""} className="input">
            <option value="">{search.q ? "Best match" : "Most followers"}</option>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="btn-primary">
            Search
          </button>
          <Link to="/creators" className="link text-sm">
            Clear filters
          </Link>
        </div>
      </Form>
      <p className="mt-4 text-sm text-slate-600" role="status">
        {total} {total === 1 ? "creator" : "creators"}
        {search.q ? ` matching “${search.q}”` : ""}
        {queryCut ? ` (searches use the first ${MAX_QUERY_LENGTH} characters)` : ""}
        {capped ? " (showing the best matches; add words to narrow down)" : ""} · sorted by{" "}
        {SORT_LABELS[sort].toLowerCase()}
        {sort === "price"
          ? ` · only creators who quote in ${search.currency} (change the currency beside the price range)`
          : ""}
      </p>
      {rows.length === 0 ? (
        <p className="card mt-4 text-center text-slate-600">
          No creators match these filters. Try fewer filters or another search.
        </p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {rows.map((c) => (
            <li key={c.slug}>
              <CreatorCardView creator={c} />
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pagination" className="mt-6 flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link to={pageHref(page - 1)} className="link">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link to={pageHref(page + 1)} className="link">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
