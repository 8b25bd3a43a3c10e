import { cachedStatement, lazyStatement } from "~/db/client.server";
import { cachedQuery } from "~/db/query-cache.server";
import { imageUrl } from "~/models/portfolio/images.server";
import type { CreatorSearch, Sort } from "./search-schema";

export const PAGE_SIZE = 24;
/**
 * A text search considers at most this many matching creators (the earliest-listed ones first) and
 * ranks only those, so a very common word costs the same as a rare one. Below the cap the ranking is
 * exact. See docs/decisions (query cache and benchmark).
 */
export const CANDIDATE_CAP = 500;

/** Turns what a person typed into a safe FTS5 query: quoted terms, prefix match on the last one. */
export function toFtsQuery(input: string): string | null {
  const tokens =
    input
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  if (!tokens.length) return null;
  return tokens
    .map((t, i) => (i === tokens.length - 1 && t.length >= 2 ? `"${t}"*` : `"${t}"`))
    .join(" ");
}

/** Each sort is read straight from its index (schema: creator_profiles_*_idx), tie-break included. */
export const ORDER: Record<Sort, string> = {
  relevance: "m.rank asc, p.total_followers desc",
  followers: "p.total_followers desc, p.user_id desc",
  rating: "p.rating_avg desc, p.review_count desc, p.user_id desc",
  newest: "p.created_at desc, p.user_id desc",
  price: "p.min_package_cents is null, p.min_package_cents, p.user_id",
};

export type CreatorCard = {
  userId: string;
  slug: string;
  displayName: string;
  headline: string;
  location: string;
  avatar: string | null;
  totalFollowers: number;
  ratingAvg: number;
  reviewCount: number;
  minPackageCents: number | null;
  currency: string;
};

type RawCard = Omit<CreatorCard, "avatar"> & { avatarImageId: string | null };

const toCard = ({ avatarImageId, ...c }: RawCard): CreatorCard => ({
  ...c,
  avatar: imageUrl(avatarImageId, "avatar-96"),
});

export function buildSearchSql(search: CreatorSearch) {
  const params: (string | number)[] = [];
  const fts = toFtsQuery(search.q);
  let from = "creator_profiles p";
  let withClause = "";
  if (fts) {
    // No ORDER BY inside: FTS5 stops after CANDIDATE_CAP matches instead of scoring every one.
    withClause = `with m as materialized (select user_id, rank from creators_fts where creators_fts match ? limit ${CANDIDATE_CAP}) `;
    params.push(fts);
    // CROSS JOIN keeps the (at most CANDIDATE_CAP) candidates as the outer loop, probing profiles by
    // key; left to itself the planner may walk every public profile and probe the candidates.
    from = "m cross join creator_profiles p on p.user_id = m.user_id";
  }
  const where = ["p.visibility = 'public'"];
  if (search.category) {
    where.push(
      "p.user_id in (select cc.creator_id from creator_categories cc where cc.category_id = (select id from categories where slug = ?))",
    );
    params.push(search.category);
  }
  if (search.platform) {
    where.push("p.user_id in (select s.creator_id from social_accounts s where s.platform = ?)");
    params.push(search.platform);
  }
  if (search.location) {
    where.push("p.location like ? escape '\\'");
    params.push(`%${search.location.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  // Prices are compared in one currency (no exchange rates): a price range or a price sort keeps to
  // the creators who quote in the chosen one.
  if (search.minPrice !== undefined || search.maxPrice !== undefined || search.sort === "price") {
    where.push("p.currency = ?");
    params.push(search.currency);
  }
  if (search.minPrice !== undefined) {
    where.push("p.min_package_cents >= ?");
    params.push(Math.round(search.minPrice * 100));
  }
  if (search.maxPrice !== undefined) {
    where.push("p.min_package_cents <= ?");
    params.push(Math.round(search.maxPrice * 100));
  }
  if (search.minFollowers !== undefined) {
    where.push("p.total_followers >= ?");
    params.push(Math.floor(search.minFollowers));
  }
  if (search.minRating !== undefined && search.minRating > 0) {
    where.push("p.rating_avg >= ? and p.review_count > 0");
    params.push(search.minRating);
  }
  const sort: Sort =
    search.sort && (search.sort !== "relevance" || fts)
      ? search.sort
      : fts
        ? "relevance"
        : "followers";
  const whereSql = where.join(" and ");
  return { withClause, from, whereSql, params, sort };
}

/** Cached until the next write to the database (see query-cache.server.ts); results are read-only. */
export function searchCreators(search: CreatorSearch) {
  return cachedQuery(`creators:${JSON.stringify(search)}`, () => runSearch(search));
}

function runSearch(search: CreatorSearch) {
  const { withClause, from, whereSql, params, sort } = buildSearchSql(search);
  const searching = withClause !== "";
  const candidates = searching ? ", (select count(*) from m) as candidates" : "";
  // Counting needs the candidates, not their scores: bm25 is most of the cost of the candidate set.
  const countWith = withClause.replace(
    "select user_id, rank from creators_fts",
    "select user_id from creators_fts",
  );
  const counts = cachedStatement(
    `${countWith}select count(*) as n${candidates} from ${from} where ${whereSql}`,
  ).get(...params) as { n: number; candidates?: number };
  const total = counts.n;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const rows = cachedStatement(
    `${withClause}select p.user_id as userId, p.slug, p.display_name as displayName, p.headline, p.location,
              p.avatar_image_id as avatarImageId, p.total_followers as totalFollowers, p.rating_avg as ratingAvg,
              p.review_count as reviewCount, p.min_package_cents as minPackageCents, p.currency
         from ${from} where ${whereSql} order by ${ORDER[sort]} limit ? offset ?`,
  ).all(...params, PAGE_SIZE, (page - 1) * PAGE_SIZE) as RawCard[];
  return {
    rows: rows.map(toCard),
    total,
    page,
    pageCount,
    sort,
    capped: searching && (counts.candidates ?? 0) >= CANDIDATE_CAP,
  };
}

export function listFeaturedCreators(limit = 6) {
  const rows = featuredStatement().all(limit) as RawCard[];
  return rows.map(toCard);
}

const featuredStatement = lazyStatement(
  `select p.user_id as userId, p.slug, p.display_name as displayName, p.headline, p.location,
              p.avatar_image_id as avatarImageId, p.total_followers as totalFollowers, p.rating_avg as ratingAvg,
              p.review_count as reviewCount, p.min_package_cents as minPackageCents, p.currency
         from creator_profiles p where p.featured = 1 and p.visibility = 'public' order by p.featured_at desc limit ?`,
);

/** For admins (the admin area calls this): feature or unfeature a creator. */
export function setCreatorFeatured(creatorId: string, featured: boolean) {
  return (
    cachedStatement(
      `update creator_profiles set featured = ?, featured_at = ? where user_id = ?`,
    ).run(featured ? 1 : 0, featured ? Date.now() : null, creatorId).changes > 0
  );
}
