import type Database from "better-sqlite3";
import { measure } from "./load";

/**
 * Every page of the app for the heaviest accounts of the dataset: the most popular creator (thousands
 * of bookings, reviews and inquiries) and the brand with the most applications, plus the public pages
 * they lead to. The routes are measured at 10 and 50 connections; this sweep is a short run
 * per page, to catch a page that does not scale with its account's data (a query sorting every review,
 * a formatter built per row). Each page: 4 connections for `seconds`, the server's CPU per request.
 */
export type PageRow = {
  who: string;
  path: string;
  status: number;
  kb: number;
  rps: number;
  p99: number;
  cpuMs: number | null;
};

type Sweep = {
  origin: string;
  ro: Database.Database;
  password: string;
  creatorEmail: string;
  seconds: number;
  pids: () => number[];
};

/** A session cookie through the real login form, or undefined when the login is refused. */
export async function login(origin: string, email: string, password: string) {
  const res = await fetch(`${origin}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin },
    body: new URLSearchParams({ email, password, redirectTo: "/dashboard" }),
  });
  await res.arrayBuffer();
  return res.headers.get("set-cookie")?.split(";")[0];
}

/** The paths to visit, from the data of the two accounts (ids that exist in this dataset). */
function pathsFor(ro: Database.Database, creatorEmail: string) {
  const one = (sql: string, ...args: unknown[]) =>
    ro
      .prepare(sql)
      .pluck()
      .get(...args) as string | undefined;
  const creator = one("select id from users where email = ?", creatorEmail);
  const brand = one(
    `select g.brand_id from applications a join gigs g on g.id = a.gig_id
      group by g.brand_id order by count(*) desc limit 1`,
  );
  const brandEmail = brand ? one("select email from users where id = ?", brand) : undefined;
  const slug = creator && one("select slug from creator_profiles where user_id = ?", creator);
  const ids = {
    booking: one(
      "select id from bookings where creator_id = ? order by date desc limit 1",
      creator,
    ),
    date: one("select date from bookings where creator_id = ? order by date desc limit 1", creator),
    inquiry: one("select id from inquiries where creator_id = ? limit 1", creator),
    item: one("select id from portfolio_items where creator_id = ? limit 1", creator),
    application: one("select id from applications where creator_id = ? limit 1", creator),
    gig: one(
      `select g.id from gigs g join applications a on a.gig_id = g.id where g.brand_id = ?
        group by g.id order by count(*) desc limit 1`,
      brand,
    ),
    brandSlug: one("select slug from brand_profiles where user_id = ?", brand),
    deal: one("select id from deals where brand_id = ? limit 1", brand),
  };
  const when = (id: string | undefined, path: string) => (id ? [path] : []);
  const creatorPages = [
    "/dashboard",
    "/dashboard/bookings",
    "/dashboard/bookings?status=all&page=100",
    ...when(ids.booking, `/dashboard/bookings/${ids.booking}`),
    "/dashboard/inquiries",
    ...when(ids.inquiry, `/dashboard/inquiries/${ids.inquiry}`),
    "/dashboard/calendar",
    ...when(ids.date, `/dashboard/calendar/${ids.date}`),
    "/dashboard/reviews",
    "/dashboard/reviews?page=100",
    "/dashboard/analytics?days=90",
    "/dashboard/applications",
    ...when(ids.application, `/dashboard/applications/${ids.application}`),
    "/dashboard/deals",
    "/dashboard/profile",
    "/dashboard/profile/items",
    ...when(ids.item, `/dashboard/profile/items/${ids.item}`),
    "/dashboard/profile/rates",
    "/dashboard/profile/social",
    "/dashboard/profile/share",
    "/dashboard/availability",
    "/dashboard/settings",
    "/dashboard/saved-gigs",
  ];
  const brandPages = [
    "/dashboard",
    "/dashboard/gigs",
    ...when(ids.gig, `/dashboard/gigs/${ids.gig}`),
    ...when(ids.gig, `/dashboard/gigs/${ids.gig}/edit`),
    "/dashboard/deals",
    ...when(ids.deal, `/dashboard/deals/${ids.deal}`),
    "/dashboard/favourites",
    "/dashboard/brand-profile",
  ];
  const publicPages = [
    ...when(slug, `/${slug}?reviews=50`),
    ...when(slug, `/${slug}/book`),
    ...when(slug, `/${slug}/media-kit`),
    ...when(ids.brandSlug, `/brands/${ids.brandSlug}`),
    ...when(ids.gig, `/gigs/${ids.gig}`),
    "/creators?sort=followers&page=2000",
    "/gigs?sort=deadline&page=200",
  ];
  return { brandEmail, creatorPages, brandPages, publicPages };
}

export async function sweepPages(opts: Sweep): Promise<PageRow[]> {
  const { origin, ro, password, creatorEmail, seconds, pids } = opts;
  const paths = pathsFor(ro, creatorEmail);
  const creatorCookie = await login(origin, creatorEmail, password);
  const brandCookie = paths.brandEmail
    ? await login(origin, paths.brandEmail, password)
    : undefined;
  const groups: [string, string | undefined, string[]][] = [
    ["creator", creatorCookie, creatorCookie ? paths.creatorPages : []],
    ["brand", brandCookie, brandCookie ? paths.brandPages : []],
    // Rendered every time (no-cache), as a first visit.
    ["anonymous", undefined, paths.publicPages],
  ];
  const rows: PageRow[] = [];
  for (const [who, cookie, list] of groups) {
    const headers: Record<string, string> = cookie ? { cookie } : { "cache-control": "no-cache" };
    for (const path of list) {
      const probe = await fetch(origin + path, {
        headers: { ...headers, "accept-encoding": "identity" },
        redirect: "manual",
      });
      const bytes = (await probe.arrayBuffer()).byteLength;
      const route = { name: path, path, headers };
      await measure(origin, route, 2, 1);
      const m = await measure(origin, route, 4, seconds, pids);
      rows.push({
        who,
        path,
        status: probe.status,
        kb: Math.round(bytes / 102.4) / 10,
        rps: m.rps,
        p99: m.p99,
        cpuMs: m.cpuMs,
      });
      console.log(`  ${who} ${path}: ${probe.status}, ${m.cpuMs ?? "?"} ms CPU, ${m.rps} req/s`);
    }
  }
  return rows;
}
