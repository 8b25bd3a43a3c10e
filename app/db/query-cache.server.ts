import { lazyStatement } from "./client.server";

/**
 * Read-through cache for expensive read-only queries (counts over many rows, full-text ranking),
 * invalidated by any change to the database:
 * - `total_changes()` grows with every row this connection (this process) inserts, updates or deletes;
 * - `PRAGMA data_version` changes when another connection commits (a LiteFS replica replaying the
 *   primary, a restore, a CLI script).
 * Both are read per lookup (about a microsecond); when either moved, every entry is dropped. So a
 * cached answer is never older than the last write, and entries also expire after `maxAgeMs`.
 * Cached values are shared between requests: treat them as read-only. Writes that cached queries never
 * read can opt out with withoutCacheInvalidation(). See docs/decisions (query cache).
 */
const MAX_ENTRIES = 500;
const DEFAULT_MAX_AGE_MS = 60_000;

const versionStmt = lazyStatement("pragma data_version");
const changesStmt = lazyStatement("select total_changes() as total_changes");
let seenVersion = "";
const entries = new Map<string, { value: unknown; at: number }>();

/**
 * Rows changed by writes that no cached query reads (see withoutCacheInvalidation). On globalThis:
 * server/jobs.ts (which flushes views) and the Remix build are separate bundles sharing one connection.
 */
const shared = globalThis as unknown as { __gigfolioIgnoredChanges?: number };
shared.__gigfolioIgnoredChanges ??= 0;

const totalChanges = () => (changesStmt().get() as { total_changes: number }).total_changes;

export function databaseVersion(): string {
  const { data_version } = versionStmt().get() as { data_version: number };
  return `${data_version}:${totalChanges() - shared.__gigfolioIgnoredChanges!}`;
}

/**
 * Runs a synchronous write whose rows no cached query reads (the profile-view counters flushed once a
 * second), without dropping the cache. Any other write still invalidates everything.
 */
export function withoutCacheInvalidation<T>(write: () => T): T {
  const before = totalChanges();
  try {
    return write();
  } finally {
    shared.__gigfolioIgnoredChanges! += totalChanges() - before;
  }
}

/** QUERY_CACHE=off turns the cache off (to measure or debug the queries themselves). */
const disabled = process.env.QUERY_CACHE === "off";

export function cachedQuery<T>(key: string, compute: () => T, maxAgeMs = DEFAULT_MAX_AGE_MS): T {
  if (disabled) return compute();
  const version = databaseVersion();
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
  if (databaseVersion() !== version) return value;
  entries.set(key, { value, at: now });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return value;
}

export function clearQueryCache() {
  entries.clear();
}
