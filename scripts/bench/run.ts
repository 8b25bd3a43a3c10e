/**
 * The benchmark: builds the production server into .cache/bench-build, starts it on the bench database
 * (npm run bench:data first) and measures every route at 10 and 50 connections against the floor.
 *   npm run bench -- [--db data/bench.db] [--seconds 10] [--connections 10,50] [--port 3180]
 *                    [--no-build] [--only portfolio,floor] [--no-docs] [--ref HEAD]
 *                    [--no-cache]  (server runs with QUERY_CACHE=off: every list query computed)
 *                    [--workers auto|N]  (WEB_CONCURRENCY for the server; default auto: one per CPU)
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { type Measurement, type Route, measure, settle, warmUp } from "./lib/load";
import { type Report, printTable, toMarkdown, writeDocs } from "./lib/report";
import { BENCH_SECRET, buildApp, memoryMonitor, startServer } from "./lib/server";
import { login, sweepPages } from "./lib/pages";
import { concurrentPosts, viewBatches, viewsUnderLoad } from "./lib/writes";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: process.env.DATABASE_PATH ?? "data/bench.db" },
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "10,50" },
    port: { type: "string", default: "3180" },
    "build-dir": { type: "string", default: process.env.BUILD_DIR ?? ".cache/bench-build" },
    "no-build": { type: "boolean", default: false },
    "no-docs": { type: "boolean", default: false },
    only: { type: "string" },
    ref: { type: "string" },
    "no-cache": { type: "boolean", default: false },
    workers: { type: "string", default: "auto" },
  },
});
const database = path.resolve(values.db!);
const seconds = Number(values.seconds);
const connectionCounts = values.connections!.split(",").map(Number);
const only = values.only ? new Set(values.only.split(",")) : null;
if (!fs.existsSync(database)) {
  console.error(
    `${database} does not exist. Create it with: DATABASE_PATH=${values.db} npm run bench:data -- --creators 100000`,
  );
  process.exit(1);
}
const meta = JSON.parse(fs.readFileSync(`${database}.bench.json`, "utf8")) as {
  creators: number;
  password: string;
  dashboardEmail: string;
  twentyReviewSlug: string | null;
  commonWord: string;
  counts: Record<string, number>;
};

// Sample data straight from the file (read-only, before the server opens it).
const ro = new Database(database, { readonly: true });
const slugs = ro
  .prepare(
    "select slug from creator_profiles where visibility = 'public' order by random() limit 2000",
  )
  .pluck()
  .all() as string[];
const category =
  (ro.prepare("select slug from categories order by id limit 1").pluck().get() as
    string | undefined) ?? "";
const countReviews = (slug: string) =>
  ro
    .prepare(
      "select count(*) from reviews r join creator_profiles p on p.user_id = r.creator_id where p.slug = ? and r.hidden = 0",
    )
    .pluck()
    .get(slug) as number;
const countRows = (table: string) => () => {
  const db = new Database(database, { readonly: true });
  try {
    return db.prepare(`select count(*) from "${table}"`).pluck().get() as number;
  } finally {
    db.close();
  }
};
const viewCount = () => {
  const db = new Database(database, { readonly: true });
  try {
    return (
      (db.prepare("select coalesce(sum(count), 0) from profile_views").pluck().get() as number) ?? 0
    );
  } catch {
    return 0;
  } finally {
    db.close();
  }
};
const FLOOR_PATH = "/review/thanks";
const randomSlug = () => `/${slugs[Math.floor(Math.random() * slugs.length)]}`;

const buildDir = values["build-dir"]!;
// The server inherits this environment: with --no-cache every list query is computed per request.
if (values["no-cache"]) {
  process.env.QUERY_CACHE = "off";
  process.env.PAGE_CACHE = "off";
}
if (!values["no-build"]) {
  console.log(
    `Building the production server (${values.ref ? `commit ${values.ref}` : "working tree"}) into ${buildDir} ...`,
  );
  buildApp(buildDir, values.ref);
}
const server = await startServer({
  buildDir,
  port: Number(values.port),
  database,
  workers: values.workers!,
});
const memory = memoryMonitor(server.pids);
console.log(
  `Server pid ${server.pid} (${server.pids().length} processes) on ${server.origin}, database ${database}`,
);

const notes: string[] = values["no-cache"]
  ? [
      "Server ran with QUERY_CACHE=off and PAGE_CACHE=off: every list and search query was computed and every page rendered for each request.",
    ]
  : [];
const skipped: string[] = [];
try {
  // One session for the dashboard, through the real login form.
  const cookie = await login(server.origin, meta.dashboardEmail, meta.password);
  if (!cookie) notes.push(`login as ${meta.dashboardEmail} failed; dashboard skipped`);

  const routes: (Route & { optional?: string })[] = [
    // The lightest page of the app (the issue's framework floor): the layout and one sentence, the
    // page after posting a review. Every ratio is taken against it.
    { name: "floor", path: FLOOR_PATH },
    // A small page with a form (Conform state), for comparison: sessions 1-3 used it as the floor.
    { name: "login page (a form)", path: "/login" },
    // Every sampled page is visited once first: the run measures a server whose pages have been
    // read before (the database file is larger than this machine's page cache holds at a time).
    // As deployed: anonymous visits are answered from the page cache while a page is unchanged
    // (decision 021); the share of answers it gave is printed with the row.
    {
      name: "portfolio",
      path: randomSlug,
      warmPaths: slugs.map((s) => `/${s}`),
      countCache: true,
    },
    // The same pages through links shared on social networks, which tag them and add a new click id
    // to every click: the same page as the plain link (app/utils/tracking-params.ts).
    {
      name: "portfolio from shared links",
      path: () =>
        `${randomSlug()}?utm_source=instagram&utm_medium=social&fbclid=IwAR${Math.random().toString(36).slice(2)}`,
      countCache: true,
    },
    // The same pages, each one rendered: a reload asking for a fresh copy (Cache-Control: no-cache)
    // bypasses the page cache. What a page the cache does not hold costs.
    {
      name: "portfolio rendered (no-cache)",
      path: randomSlug,
      headers: { "cache-control": "no-cache" },
      countCache: true,
    },
    // Lists: for anonymous visitors answered from the page cache until the next write to the
    // database (decision 022), and each one rendered again (no-cache) to show what a list costs
    // after a write. Both read the query cache's results (decision 008).
    ...[
      { name: "creators filtered p50", path: `/creators?category=${category}&sort=rating&page=50` },
      { name: "creators search", path: `/creators?q=${meta.commonWord}` },
      {
        name: "gigs filtered",
        path: `/gigs?category=${category}&remote=1&sort=budget_desc`,
        optional: "the gig board (/gigs)",
      },
    ].flatMap((list) => [
      { ...list, countCache: true },
      {
        ...list,
        name: `${list.name} rendered (no-cache)`,
        headers: { "cache-control": "no-cache" },
        countCache: true,
      },
    ]),
    ...(cookie
      ? [
          { name: "dashboard", path: "/dashboard", headers: { cookie } },
          {
            name: "dashboard bookings",
            path: "/dashboard/bookings",
            headers: { cookie },
            optional: "the bookings inbox",
          },
        ]
      : []),
  ];
  const active: Route[] = [];
  for (const route of routes) {
    if (only && !only.has(route.name)) continue;
    const probePath = typeof route.path === "string" ? route.path : route.path();
    const res = await fetch(server.origin + probePath, {
      headers: route.headers,
      redirect: "manual",
    });
    await res.arrayBuffer();
    if (res.status !== 200) {
      skipped.push(
        `${route.name} (${probePath} answered ${res.status}${route.optional ? `; ${route.optional} is not there yet` : ""})`,
      );
      console.log(`skip ${route.name}: ${probePath} -> ${res.status}`);
      continue;
    }
    active.push(route);
  }
  if (!active.some((r) => r.name === "floor"))
    throw new Error("the floor route must be measurable");

  for (const route of active) {
    memory.phase(`the warm-up of ${route.name}`);
    await warmUp(server.origin, route);
    await settle(server.origin);
  }
  const measurements: Measurement[] = [];
  const run = async (route: Route, connections: number) => {
    process.stdout.write(`measuring ${route.name} at ${connections} connections ... `);
    await settle(server.origin);
    memory.phase(`${route.name} at ${connections} connections`);
    const m = await measure(server.origin, route, connections, seconds, server.pids);
    console.log(
      `${m.rps} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms (open connections ${m.p99Open ?? "–"} ms, slowest first request ${m.firstMax ?? "–"} ms)${m.bad ? `, ${m.bad} bad` : ""}`,
    );
    return m;
  };
  const floorRoute = active.find((r) => r.name === "floor")!;
  for (const connections of connectionCounts) {
    // Each route's ratio is taken against the floor measured just before it: on a shared machine
    // throughput drifts over minutes, and a floor measured once at the start would carry that drift
    // into every ratio. The first floor run is the floor's own row.
    let floor = await run(floorRoute, connections);
    measurements.push(floor);
    for (const route of active) {
      if (route === floorRoute) continue;
      if (measurements.at(-1) !== floor) floor = await run(floorRoute, connections);
      const m = await run(route, connections);
      measurements.push({ ...m, floor: { rps: floor.rps, cpuMs: floor.cpuMs } });
    }
  }

  // Lists while creators' pages are visited (decision 023): 200 list pages at random while
  // anonymous visitors read creators' pages, whose views every web process flushes once a second.
  // Each list page is visited a few times a second at most, so its share from the page cache shows
  // whether those flushes end the stored lists.
  let listsUnderViews: Report["listsUnderViews"] = null;
  if (!only || only.has("lists under views")) {
    const listPage = () => `/creators?sort=rating&page=${1 + Math.floor(Math.random() * 200)}`;
    const lists: Route = {
      name: "creators pages 1–200",
      path: listPage,
      warmPaths: Array.from({ length: 200 }, (_, i) => `/creators?sort=rating&page=${i + 1}`),
      countCache: true,
    };
    const visits: Route = { name: "portfolio", path: randomSlug, countCache: true };
    console.log("measuring lists while creators' pages are visited ...");
    memory.phase("the lists while creators' pages are visited");
    await warmUp(server.origin, lists);
    const before = viewCount();
    const background = measure(server.origin, visits, 10, seconds + 2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const list = await measure(server.origin, lists, 10, seconds);
    const portfolio = await background;
    await settle(server.origin);
    listsUnderViews = { list, portfolio, viewsCounted: viewCount() - before };
  }

  // Every page for the heaviest accounts, a short run each (scripts/bench/lib/pages.ts).
  let pages: Report["pages"] = null;
  if (!only || only.has("pages")) {
    console.log("measuring every page for the heaviest accounts ...");
    memory.phase("every page for the heaviest accounts");
    pages = await sweepPages({
      origin: server.origin,
      ro,
      password: meta.password,
      creatorEmail: meta.dashboardEmail,
      seconds: Math.min(seconds, 3),
      pids: server.pids,
    });
  }

  // HTML weight of a portfolio page with about 20 reviews.
  let htmlSize: Report["htmlSize"] = null;
  if (meta.twentyReviewSlug) {
    const res = await fetch(`${server.origin}/${meta.twentyReviewSlug}`, {
      headers: { "accept-encoding": "identity" },
    });
    const bytes = (await res.arrayBuffer()).byteLength;
    htmlSize = { slug: meta.twentyReviewSlug, reviews: countReviews(meta.twentyReviewSlug), bytes };
  }

  // Writes: 100 concurrent clients posting inquiries (and booking requests once that form exists).
  const writes = [];
  memory.phase("the concurrent posts");
  if (!only || only.has("writes")) {
    writes.push(
      await concurrentPosts({
        name: "Inquiries",
        origin: server.origin,
        clients: 100,
        perClient: 5,
        path: (c) => `/${slugs[c % slugs.length]}`,
        body: (c, n) => ({
          name: `Bench client ${c}`,
          email: `bench${c}-${n}@example.com`,
          message: "We would love to work with you on a campaign.",
          budget: "500",
        }),
        countRows: countRows("inquiries"),
      }),
    );
    const bookingPath = await findBookingForm(server.origin, slugs.slice(0, 5));
    if (bookingPath) {
      writes.push(
        await concurrentPosts({
          name: "Booking requests",
          origin: server.origin,
          clients: 100,
          perClient: 5,
          path: (c) => bookingPath(slugs[c % slugs.length]!),
          // Like a visitor without JavaScript: open the form and take the first date it offers, so
          // a date booked by an earlier run is never sent (that 400 would be correct, not an error).
          body: async (c, n) => ({
            date: await firstOfferedDate(server.origin, bookingPath(slugs[c % slugs.length]!), n),
            customRequest: "Two short videos for a product launch.",
            name: `Bench client ${c}`,
            email: `bench${c}-${n}@example.com`,
            message: "We would love to book you for a shoot.",
          }),
          countRows: countRows("bookings"),
        }),
      );
    } else notes.push("booking requests not measured: no booking form found at /<slug>/book yet");
  }

  let views: Report["views"] = null;
  if (!only || only.has("views")) {
    console.log("measuring profile-view writes ...");
    memory.phase("the profile views over HTTP");
    views = await viewsUnderLoad({
      origin: server.origin,
      database,
      seconds,
      connections: 50,
      randomPath: randomSlug,
      viewCount,
    });
    if (views.rowsWritten === 0)
      notes.push(
        "no profile views were recorded during the view run (view counting not wired into the page yet?)",
      );
  }

  let batches: Report["viewBatches"] = null;
  if (!only || only.has("views")) {
    const probe = await fetch(`${server.origin}/resources/views`);
    await probe.arrayBuffer();
    if (probe.status === 405) {
      console.log("measuring 5,000 views a second ...");
      memory.phase("the 5,000 views a second");
      const creatorIds = ro
        .prepare("select user_id from creator_profiles order by random() limit 20000")
        .pluck()
        .all() as string[];
      batches = await viewBatches({
        origin: server.origin,
        database,
        secret: BENCH_SECRET,
        creatorIds,
        perSecond: 5000,
        seconds: 10,
        viewCount,
      });
    } else
      notes.push(`5,000 views a second not measured: /resources/views answered ${probe.status}`);
  }

  const report: Report = {
    date: new Date().toISOString().replace("T", " ").slice(0, 16) + " UTC",
    dataset: `${meta.creators.toLocaleString("en-US")} creators; ${Object.entries(meta.counts)
      .filter(([t]) =>
        [
          "reviews",
          "bookings",
          "gigs",
          "applications",
          "brand_profiles",
          "portfolio_items",
          "profile_views",
        ].includes(t),
      )
      .map(([t, n]) => `${t} ${n.toLocaleString("en-US")}`)
      .join(", ")}`,
    seconds,
    floorRoute: FLOOR_PATH,
    measurements,
    skipped,
    memory: memory.stop(),
    htmlSize,
    writes,
    views,
    viewBatches: batches,
    listsUnderViews,
    pages,
    notes,
  };
  printTable(report);
  const md = toMarkdown(report);
  console.log(`\n${md}\n`);
  fs.mkdirSync(".cache/bench-results", { recursive: true });
  fs.writeFileSync(`.cache/bench-results/${Date.now()}.json`, JSON.stringify(report, null, 2));
  if (!values["no-docs"] && !only) {
    await writeDocs("docs/performance.md", md, values["no-cache"] ? "uncached" : "latest");
    console.log("Wrote docs/performance.md");
  }
} finally {
  await server.stop();
  ro.close();
}

/** A Monday-to-Wednesday date about `days` days from now (creators work Monday to Friday by default). */
function weekday(days: number) {
  const d = new Date(Date.now() + days * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() > 3) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

async function firstOfferedDate(origin: string, path: string, n: number) {
  const html = await (await fetch(origin + path)).text();
  return html.match(/book\?date=(\d{4}-\d{2}-\d{2})/)?.[1] ?? weekday(30 + n * 7);
}

/** C's booking form: the first candidate path that answers 200 with a form. */
async function findBookingForm(origin: string, sample: string[]) {
  const candidates = [(s: string) => `/${s}/book`, (s: string) => `/book/${s}`];
  for (const candidate of candidates) {
    const res = await fetch(origin + candidate(sample[0]!), { redirect: "manual" });
    const html = await res.text();
    if (res.status === 200 && html.includes("<form")) return candidate;
  }
  return null;
}
