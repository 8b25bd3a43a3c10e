import { lazyStatement } from "./client.server";

/**
 * Read-through cache for expensive read-only queries (counts over many rows, full-text ranking),
 * invalidated by any change to what they read: the content version (decision 023), one row that
 * triggers move on every write to every table a cached read may show, whichever connection wrote it
 * (this process, another web process, a LiteFS replica replaying the primary, a CLI script). Writes
 * to the few tables left out (profile-view counters, sessions, reset tokens, the email outbox) leave
 * it alone, so the views flushed once a second by each web process no longer empty every process's
 * cache. Read per lookup (a couple of microseconds); when it moved, every entry is dropped. So a
 * cached answer is never older than the last write it could show, and entries also expire after
 * `maxAgeMs`. Cached values are shared between requests: treat them as read-only. See docs/decisions
 * 008 and 023.
 */
const MAX_ENTRIES = 500;
const DEFAULT_MAX_AGE_MS = 60_000;

const versionStmt = lazyStatement(
  "select epoch || ':' || version as version from content_version where id = 1",
);
let seenVersion = "";
const entries = new Map<string, { value: unknown; at: number }>();

/** The content version: equal while nothing a cached read may show has changed. */
export function contentVersion(): string {
  const row = versionStmt().get() as { version: string } | undefined;
  // A database without the row (not yet migrated) is never "unchanged".
  return row?.version ?? `missing:${Date.now()}:${Math.random()}`;
}

/** QUERY_CACHE=off turns the cache off (to measure or debug the queries themselves). */
const disabled = process.env.QUERY_CACHE === "off";

export function cachedQuery<T>(key: string, compute: () => T, maxAgeMs = DEFAULT_MAX_AGE_MS): T {
  if (disabled) return compute();
  const version = contentVersion();
  if (version !== seenVersion) {
    entries.clear();
    seenVersion = version;
  }
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at <= maxAgeMs) {
    // Refresh its place in the LRU order.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as T;
  }
  const value = compute();
  // compute() only reads; if it wrote, the version moved and the entry must not be trusted.
  if (contentVersion() !== version) return value;
  entries.set(key, { value, at: now });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return value;
}

export function clearQueryCache() {
  entries.clear();
}
