import { sqlite } from "~/db/client.server";
import type { GigStatus } from "~/db/schema/gigs";
import type { GigSearch } from "./gig-schema";
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

/** Published gigs whose deadline has not passed, filtered, searched, sorted and paged. Read-only. */
export function searchGigs(search: GigSearch, now = new Date()) {
  const where: string[] = ["g.status = 'published'", "g.deadline >= @today"];
  const params: Record<string, string | number> = { today: todayUtc(now) };
  if (search.q) {
    const fts = toFtsQuery(search.q);
    if (fts) {
      where.push("g.id in (select gig_id from gigs_fts where gigs_fts match @fts)");
      params.fts = fts;
    }
  }
  if (search.category) {
    where.push(
      "exists (select 1 from gig_categories gc join categories c on c.id = gc.category_id where gc.gig_id = g.id and c.slug = @category)",
    );
    params.category = search.category;
  }
  if (search.platform) {
    where.push(
      "exists (select 1 from gig_platforms gp where gp.gig_id = g.id and gp.platform = @platform)",
    );
    params.platform = search.platform;
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
  if (search.location && search.remote) {
    where.push("(g.remote = 1 or g.location like @location escape '\\')");
    params.location = `%${search.location.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  } else if (search.location) {
    where.push("g.location like @location escape '\\'");
    params.location = `%${search.location.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  } else if (search.remote) {
    where.push("g.remote = 1");
  }
  if (search.deadlineBefore) {
    where.push("g.deadline <= @deadlineBefore");
    params.deadlineBefore = search.deadlineBefore;
  }
  const whereSql = where.join(" and ");
  const total = (
    sqlite.prepare(`select count(*) as n from gigs g where ${whereSql}`).get(params) as {
      n: number;
    }
  ).n;
  const pageCount = Math.max(1, Math.ceil(total / GIGS_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const rows = sqlite
    .prepare(
      `select g.id, g.title, substr(g.description, 1, 240) as description, g.budget_min_cents as budgetMinCents,
              g.budget_max_cents as budgetMaxCents, g.currency, g.location, g.remote, g.deadline, g.status,
              g.published_at as publishedAt, coalesce(b.company, u.display_name) as brandName, b.slug as brandSlug,
              (select count(*) from applications a where a.gig_id = g.id and a.status <> 'withdrawn') as applicants
         from gigs g join users u on u.id = g.brand_id left join brand_profiles b on b.user_id = g.brand_id
        where ${whereSql} order by ${ORDER[search.sort]} limit @limit offset @offset`,
    )
    .all({ ...params, limit: GIGS_PAGE_SIZE, offset: (page - 1) * GIGS_PAGE_SIZE }) as GigListRow[];
  return { rows, total, page, pageCount };
}
