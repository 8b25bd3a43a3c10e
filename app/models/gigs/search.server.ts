import { cachedStatement } from "~/db/client.server";
import { cachedQuery } from "~/db/query-cache.server";
import type { GigStatus } from "~/db/schema/gigs";
import { budgetCurrency, type GigSearch } from "./gig-schema";
import { todayUtc } from "./money";

export const GIGS_PAGE_SIZE = 20;

export type GigListRow = {
  id: string;
  title: string;
  description: string;
  budgetMinCents: number;
  budgetMaxCents: number;
  currency: string;
  location: string | null;
  remote: number;
  deadline: string;
  status: GigStatus;
  publishedAt: number;
  brandName: string;
  brandSlug: string | null;
  applicants: number;
};

/** Words -> an FTS5 query of quoted prefix terms, so user input can never be FTS syntax. */
export function toFtsQuery(q: string) {
  const terms = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return terms.map((t) => `"${t}"*`).join(" ");
}

const ORDER: Record<GigSearch["sort"], string> = {
  newest: "g.published_at desc, g.id",
  budget_desc: "g.budget_max_cents desc, g.published_at desc, g.id",
  budget_asc: "g.budget_min_cents asc, g.published_at desc, g.id",
  deadline: "g.deadline asc, g.published_at desc, g.id",
};

/**
 * A text search considers at most this many matching gigs, the most recently posted first, so a very
 * common word costs the same as a rare one (FTS5 reads rowids newest-first and stops).
 */
export const GIG_CANDIDATE_CAP = 1000;

/** Filters, as SQL over the covering gigs_listing_idx, plus the named parameters they bind. */
export function buildGigFilter(search: GigSearch, now = new Date()) {
  const where: string[] = ["g.status = 'published'", "g.deadline >= @today"];
  const params: Record<string, string | number> = { today: todayUtc(now) };
  const fts = search.q ? toFtsQuery(search.q) : "";
  if (fts) {
    where.push(
      `g.id in (select gig_id from gigs_fts where gigs_fts match @fts order by rowid desc limit ${GIG_CANDIDATE_CAP})`,
    );
    params.fts = fts;
  }
  if (search.category) {
    where.push(
      "g.id in (select gc.gig_id from gig_categories gc where gc.category_id = (select c.id from categories c where c.slug = @category))",
    );
    params.category = search.category;
  }
  if (search.platform) {
    where.push("g.id in (select gp.gig_id from gig_platforms gp where gp.platform = @platform)");
    params.platform = search.platform;
  }
  // Budget amounts are compared in one currency (no exchange rates): a budget filter or a budget sort
  // keeps to the gigs budgeted in it (gig-schema.ts, decision 034). Covered by gigs_listing_idx.
  const currency = budgetCurrency(search);
  if (currency) {
    where.push("g.currency = @currency");
    params.currency = currency;
  }
  // Budget filters match ranges that overlap what the creator asks for.
  if (search.budgetMin !== undefined) {
    where.push("g.budget_max_cents >= @budgetMin");
    params.budgetMin = search.budgetMin;
  }
  if (search.budgetMax !== undefined) {
    where.push("g.budget_min_cents <= @budgetMax");
    params.budgetMax = search.budgetMax;
  }
  const location = search.location
    ? `%${search.location.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    : undefined;
  if (location && search.remote) {
    where.push("(g.remote = 1 or g.location like @location escape '\\')");
    params.location = location;
  } else if (location) {
    where.push("g.location like @location escape '\\'");
    params.location = location;
  } else if (search.remote) {
    where.push("g.remote = 1");
  }
  if (search.deadlineBefore) {
    where.push("g.deadline <= @deadlineBefore");
    params.deadlineBefore = search.deadlineBefore;
  }
  return { whereSql: where.join(" and "), params, searching: fts !== "" };
}

/**
 * Published gigs whose deadline has not passed, filtered, searched, sorted and paged. Read-only and
 * cached until the next write (query-cache.server.ts); results are shared, treat them as read-only.
 */
export function searchGigs(search: GigSearch, now = new Date()) {
  // A currency chosen without a budget filter or sort changes nothing: one cache entry for both.
  const key = JSON.stringify({ ...search, currency: budgetCurrency(search) ?? null });
  return cachedQuery(`gigs:${todayUtc(now)}:${key}`, () => runGigSearch(search, now));
}

function runGigSearch(search: GigSearch, now: Date) {
  const { whereSql, params, searching } = buildGigFilter(search, now);
  const total = (
    cachedStatement(`select count(*) as n from gigs g where ${whereSql}`).get(params) as {
      n: number;
    }
  ).n;
  const pageCount = Math.max(1, Math.ceil(total / GIGS_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  // The page's ids come from the index alone; only those 20 rows are read and joined.
  const order = ORDER[search.sort];
  const rows = cachedStatement(
    `select g.id, g.title, substr(g.description, 1, 240) as description, g.budget_min_cents as budgetMinCents,
            g.budget_max_cents as budgetMaxCents, g.currency, g.location, g.remote, g.deadline, g.status,
            g.published_at as publishedAt, coalesce(b.company, u.display_name) as brandName, b.slug as brandSlug,
            (select count(*) from applications a where a.gig_id = g.id and a.status <> 'withdrawn') as applicants
       from (select g.id from gigs g where ${whereSql} order by ${order} limit @limit offset @offset) pick
       join gigs g on g.id = pick.id
       join users u on u.id = g.brand_id
       left join brand_profiles b on b.user_id = g.brand_id
      order by ${order}`,
  ).all({ ...params, limit: GIGS_PAGE_SIZE, offset: (page - 1) * GIGS_PAGE_SIZE }) as GigListRow[];
  const capped =
    searching &&
    (
      cachedStatement(
        `select count(*) as n from (select 1 from gigs_fts where gigs_fts match @fts limit ${GIG_CANDIDATE_CAP})`,
      ).get({ fts: params.fts }) as { n: number }
    ).n >= GIG_CANDIDATE_CAP;
  return { rows, total, page, pageCount, capped };
}
