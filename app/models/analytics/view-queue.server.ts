import type { ViewSource } from "~/db/schema/portfolio-extras";
import { cachedStatement, sqlite } from "~/db/client.server";

/**
 * Profile views are counted without writing in the GET: the page loader enqueues a view in memory
 * and a primary-only job flushes the aggregated counts in one transaction (server/jobs.ts).
 */
export type ViewEvent = {
  creatorId: string;
  day: string;
  source: ViewSource;
  referrerHost: string;
};

const MAX_KEYS = 50_000;
// On globalThis: the Remix bundle enqueues and server/jobs.ts (a separate bundle) flushes.
const g = globalThis as unknown as {
  __gigfolioViewQueue?: Map<string, ViewEvent & { count: number }>;
};
const queue = (g.__gigfolioViewQueue ??= new Map());

const keyOf = (e: ViewEvent) =>
  `${e.creatorId}\u0000${e.day}\u0000${e.source}\u0000${e.referrerHost}`;

export function enqueueView(event: ViewEvent, count = 1) {
  const key = keyOf(event);
  const existing = queue.get(key);
  if (existing) existing.count += count;
  else if (queue.size < MAX_KEYS) queue.set(key, { ...event, count });
}

export function pendingViewCount() {
  let n = 0;
  for (const e of queue.values()) n += e.count;
  return n;
}

/** Takes everything queued so far (for a flush or a forward to the primary). */
export function drainViews() {
  const batch = [...queue.values()];
  queue.clear();
  return batch;
}

/** Writes a batch in one transaction with upserts that add to the day's count. Returns rows written. */
export function writeViews(batch: (ViewEvent & { count: number })[]) {
  if (!batch.length) return 0;
  const upsert = cachedStatement(
    `insert into profile_views (creator_id, day, source, referrer_host, count)
     select @creatorId, @day, @source, @referrerHost, @count where exists (select 1 from creator_profiles where user_id = @creatorId)
     on conflict (creator_id, day, source, referrer_host) do update set count = count + excluded.count`,
  );
  sqlite
    .transaction(() => {
      for (const e of batch)
        upsert.run({
          creatorId: e.creatorId,
          day: e.day,
          source: e.source,
          referrerHost: e.referrerHost,
          count: e.count,
        });
    })
    .immediate();
  return batch.length;
}

export function flushViews() {
  const batch = drainViews();
  try {
    // profile_views has no content-version trigger (decision 023): this per-second write leaves the
    // query cache and the cached list pages of every web process warm.
    return writeViews(batch);
  } catch (error) {
    // Put the counts back so a transient error (e.g. SQLITE_BUSY) loses nothing.
    for (const e of batch) enqueueView(e, e.count);
    throw error;
  }
}

/** direct (no referrer), search (our own /creators pages), referral (another host, kept). */
export function classifyReferrer(
  referer: string | null,
  ownHost: string,
): { source: ViewSource; referrerHost: string } {
  if (!referer) return { source: "direct", referrerHost: "" };
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return { source: "direct", referrerHost: "" };
  }
  if (url.host === ownHost) {
    return url.pathname === "/creators" ||
      url.pathname.startsWith("/creators/") ||
      url.pathname === "/"
      ? { source: "search", referrerHost: "" }
      : { source: "direct", referrerHost: "" };
  }
  return { source: "referral", referrerHost: url.hostname.replace(/^www\./, "").slice(0, 100) };
}

/** UTC day of an instant, YYYY-MM-DD. */
export function utcDay(at = new Date()) {
  return at.toISOString().slice(0, 10);
}
