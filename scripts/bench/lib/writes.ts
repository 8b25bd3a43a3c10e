import Database from "better-sqlite3";
import autocannon from "autocannon";

export type WriteResult = {
  name: string;
  clients: number;
  sent: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  rowsAdded: number | null;
};

/**
 * 100 concurrent clients each sending `perClient` form posts. The public-form rate limit is 20 a
 * minute per IP, so every client sends its own X-Forwarded-For (as distinct visitors behind the
 * proxy would); the server trusts the proxy header, as it does in production behind Fly's proxy.
 */
export async function concurrentPosts(opts: {
  name: string;
  origin: string;
  clients: number;
  perClient: number;
  path: (client: number, n: number) => string;
  body: (client: number, n: number) => Record<string, string> | Promise<Record<string, string>>;
  countRows?: () => number;
}): Promise<WriteResult> {
  const before = opts.countRows?.() ?? null;
  const statuses: Record<string, number> = {};
  let ok = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: opts.clients }, async (_, client) => {
      for (let n = 0; n < opts.perClient; n++) {
        let status = "network error";
        try {
          const res = await fetch(opts.origin + opts.path(client, n), {
            method: "POST",
            redirect: "manual",
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              origin: opts.origin,
              "x-forwarded-for": `10.${Math.floor(client / 250)}.${client % 250}.${n % 250}`,
            },
            body: new URLSearchParams(await opts.body(client, n)),
          });
          await res.arrayBuffer();
          status = String(res.status);
        } catch {
          /* counted below */
        }
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status === "302" || status === "303") ok++;
        else errors++;
      }
    }),
  );
  const after = opts.countRows?.() ?? null;
  return {
    name: opts.name,
    clients: opts.clients,
    sent: opts.clients * opts.perClient,
    ok,
    errors,
    statuses,
    rowsAdded: before === null || after === null ? null : after - before,
  };
}

export type ViewResult = {
  views: number;
  seconds: number;
  viewsPerSecond: number;
  commitsPerSecond: number;
  maxCommitsInASecond: number;
  rowsWritten: number;
};

/**
 * Profile views under load: random portfolio pages as fast as the server serves them, while a
 * separate connection samples PRAGMA data_version every 10 ms. data_version changes whenever another
 * connection commits, so the number of changes is the number of write transactions (a lower bound
 * if two commits land within one 10 ms window; the target is at most 10 a second).
 */
export async function viewsUnderLoad(opts: {
  origin: string;
  database: string;
  seconds: number;
  connections: number;
  randomPath: () => string;
  viewCount: () => number;
}): Promise<ViewResult> {
  const db = new Database(opts.database, { readonly: true });
  const version = db.prepare("pragma data_version").pluck();
  const before = opts.viewCount();
  let last = version.get() as number;
  const perSecond = new Map<number, number>();
  const t0 = Date.now();
  const timer = setInterval(() => {
    const v = version.get() as number;
    if (v !== last) {
      const s = Math.floor((Date.now() - t0) / 1000);
      perSecond.set(s, (perSecond.get(s) ?? 0) + 1);
      last = v;
    }
  }, 10);
  const result = await autocannon({
    url: opts.origin,
    connections: opts.connections,
    duration: opts.seconds,
    headers: {
      "accept-encoding": "gzip",
      referer: "https://instagram.com/",
      // A browser's User-Agent: bots are not counted as views.
      "user-agent":
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    },
    requests: [{ method: "GET", setupRequest: (req) => ({ ...req, path: opts.randomPath() }) }],
  });
  // Let the last flush land before counting.
  await new Promise((r) => setTimeout(r, 2500));
  clearInterval(timer);
  const commits = [...perSecond.values()].reduce((a, b) => a + b, 0);
  const seconds = (Date.now() - t0) / 1000;
  const rowsWritten = opts.viewCount() - before;
  db.close();
  return {
    views: result.requests.total,
    seconds: opts.seconds,
    viewsPerSecond: Math.round(result.requests.average),
    commitsPerSecond: Math.round((commits / seconds) * 10) / 10,
    maxCommitsInASecond: Math.max(0, ...perSecond.values()),
    rowsWritten,
  };
}

export type ViewBatchResult = {
  perSecond: number;
  seconds: number;
  sent: number;
  accepted: number;
  counted: number;
  commitsPerSecond: number;
  maxCommitsInASecond: number;
};

/**
 * 5,000 profile views a second through the server's own intake for forwarded views
 * (POST /resources/views, the path a replica uses to hand its queued views to the primary): ten
 * batches of 500 a second. The server queues them in memory and its flush job writes; commits are
 * counted with PRAGMA data_version as above, and the views counted in profile_views are compared.
 */
export async function viewBatches(opts: {
  origin: string;
  database: string;
  secret: string;
  creatorIds: string[];
  perSecond: number;
  seconds: number;
  viewCount: () => number;
}): Promise<ViewBatchResult> {
  const db = new Database(opts.database, { readonly: true });
  const version = db.prepare("pragma data_version").pluck();
  const before = opts.viewCount();
  let last = version.get() as number;
  const perSecond = new Map<number, number>();
  const t0 = Date.now();
  const timer = setInterval(() => {
    const v = version.get() as number;
    if (v !== last) {
      const s = Math.floor((Date.now() - t0) / 1000);
      perSecond.set(s, (perSecond.get(s) ?? 0) + 1);
      last = v;
    }
  }, 10);
  const day = new Date().toISOString().slice(0, 10);
  const batchSize = Math.round(opts.perSecond / 10);
  let sent = 0;
  let accepted = 0;
  const posts: Promise<void>[] = [];
  for (let tick = 0; tick < opts.seconds * 10; tick++) {
    const batch = Array.from({ length: batchSize }, () => ({
      creatorId: opts.creatorIds[Math.floor(Math.random() * opts.creatorIds.length)]!,
      day,
      source: "direct",
      referrerHost: "",
      count: 1,
    }));
    sent += batch.length;
    posts.push(
      fetch(`${opts.origin}/resources/views`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-views-secret": opts.secret,
          origin: opts.origin,
        },
        body: JSON.stringify(batch),
      }).then(
        async (res) => {
          await res.arrayBuffer();
          if (res.ok) accepted += batch.length;
        },
        () => undefined,
      ),
    );
    await new Promise((r) => setTimeout(r, Math.max(0, t0 + (tick + 1) * 100 - Date.now())));
  }
  await Promise.all(posts);
  await new Promise((r) => setTimeout(r, 2500)); // the last flush
  clearInterval(timer);
  const commits = [...perSecond.values()].reduce((a, b) => a + b, 0);
  const elapsed = (Date.now() - t0) / 1000;
  const counted = opts.viewCount() - before;
  db.close();
  return {
    perSecond: opts.perSecond,
    seconds: opts.seconds,
    sent,
    accepted,
    counted,
    commitsPerSecond: Math.round((commits / elapsed) * 10) / 10,
    maxCommitsInASecond: Math.max(0, ...perSecond.values()),
  };
}
