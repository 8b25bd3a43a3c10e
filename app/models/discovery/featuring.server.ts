import { cachedStatement } from "~/db/client.server";
import { toFtsQuery } from "./search.server";

export const ADMIN_PAGE_SIZE = 25;

export type AdminCreatorRow = {
  userId: string;
  slug: string;
  displayName: string;
  visibility: "public" | "unlisted" | "private";
  featured: number;
  featuredAt: number | null;
};

/**
 * For the admin page that picks the home page's featured creators: featured ones first, then by
 * name; `q` searches names, headlines and bios through the full-text index (at most 200 matches).
 */
export function listCreatorsForFeaturing(q: string, page: number) {
  const fts = toFtsQuery(q);
  const where = fts
    ? "user_id in (select user_id from creators_fts where creators_fts match @fts limit 200)"
    : "1 = 1";
  const params = fts ? { fts } : {};
  const total = (
    cachedStatement(`select count(*) as n from creator_profiles where ${where}`).get(params) as {
      n: number;
    }
  ).n;
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = cachedStatement(
    `select user_id as userId, slug, display_name as displayName, visibility, featured, featured_at as featuredAt
         from creator_profiles where ${where}
        order by featured desc, featured_at desc, display_name, user_id limit @limit offset @offset`,
  ).all({
    ...params,
    limit: ADMIN_PAGE_SIZE,
    offset: (current - 1) * ADMIN_PAGE_SIZE,
  }) as AdminCreatorRow[];
  return { rows, total, page: current, pageCount };
}

export function countFeatured() {
  return (
    cachedStatement("select count(*) as n from creator_profiles where featured = 1").get() as {
      n: number;
    }
  ).n;
}
