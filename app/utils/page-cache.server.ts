import { createHash } from "node:crypto";

/**
 * Whole rendered pages for anonymous visitors, kept gzipped in memory (decision 021).
 *
 * A page is stored only when its route says it may be (a portfolio page seen by nobody logged in,
 * with no query) and served again only while the database still says it is unchanged: each entry
 * carries the creator's `page_version`, which triggers move on every change to what the page shows
 * (migration 0011), and server/page-cache.ts compares it with one indexed read before answering.
 * Parts of a page drawn from other creators (the "similar creators" list) are at most MAX_AGE_MS old.
 *
 * Cached pages carry no CSP nonce: their inline scripts are allowed by their SHA-256 hashes instead
 * (computed here when the page is rendered), so the stored bytes can be sent to anyone unchanged.
 *
 * On globalThis: the Remix bundle (entry.server) stores and the server bundle (server/page-cache.ts)
 * serves; they are separate bundles in one process.
 */
export type CachedPage = {
  body: Buffer;
  /** Response headers as rendered, without Content-Security-Policy (rebuilt per response). */
  headers: [string, string][];
  /** Base64 SHA-256 of each inline script. */
  scriptHashes: string[];
  creatorId: string;
  version: number;
  storedAt: number;
};

/** What a request the cache may answer carries through Remix (the load context's `pageCache`). */
export type PageCacheContext = {
  key: string;
  /** Set by entry.server when it rendered the document without a nonce. */
  scriptHashes?: string[];
  /** Set by a route's loader when this response may be stored. */
  store?: { creatorId: string; version: number };
};

export const MAX_AGE_MS = 5 * 60_000;
const DEFAULT_BUDGET_MB = 16;

const shared = globalThis as unknown as {
  __gigfolioPageCache?: { entries: Map<string, CachedPage>; bytes: number };
};
const cache = (shared.__gigfolioPageCache ??= { entries: new Map(), bytes: 0 });

/** PAGE_CACHE=off renders every page (to measure or debug rendering); PAGE_CACHE_MB sizes it. */
export function pageCacheEnabled() {
  return process.env.PAGE_CACHE !== "off";
}

function budgetBytes() {
  const mb = Number(process.env.PAGE_CACHE_MB ?? DEFAULT_BUDGET_MB);
  return (Number.isFinite(mb) && mb >= 0 ? mb : DEFAULT_BUDGET_MB) * 1024 * 1024;
}

function remove(key: string) {
  const entry = cache.entries.get(key);
  if (!entry) return;
  cache.entries.delete(key);
  cache.bytes -= entry.body.length;
}

/**
 * A copy of exactly the body's bytes. zlib's output is a view into a larger chunk (a 9 KB page keeps
 * a 16 KB allocation alive), and a small Buffer.from() copy would be a view into the shared pool:
 * either way the cache would hold more than its budget counts.
 */
function exactCopy(body: Buffer) {
  if (body.byteOffset === 0 && body.buffer.byteLength === body.length) return body;
  const copy = Buffer.allocUnsafeSlow(body.length);
  body.copy(copy);
  return copy;
}

export function storePage(key: string, page: Omit<CachedPage, "storedAt">, now = Date.now()) {
  remove(key);
  const budget = budgetBytes();
  if (page.body.length > budget) return;
  cache.entries.set(key, { ...page, body: exactCopy(page.body), storedAt: now });
  cache.bytes += page.body.length;
  // Least recently used first: a Map iterates in insertion order and a hit re-inserts its entry.
  for (const oldest of cache.entries.keys()) {
    if (cache.bytes <= budget) break;
    remove(oldest);
  }
}

/**
 * The stored page for `key` if it is younger than MAX_AGE_MS and `currentVersion` (the creator's
 * page_version now, or null when the page no longer exists or is private) still matches it.
 */
export function lookupPage(
  key: string,
  currentVersion: (creatorId: string) => number | null,
  now = Date.now(),
): CachedPage | null {
  const entry = cache.entries.get(key);
  if (!entry) return null;
  if (now - entry.storedAt > MAX_AGE_MS || currentVersion(entry.creatorId) !== entry.version) {
    remove(key);
    return null;
  }
  cache.entries.delete(key);
  cache.entries.set(key, entry);
  return entry;
}

export function pageCacheStats() {
  return { entries: cache.entries.size, bytes: cache.bytes };
}

export function clearPageCache() {
  cache.entries.clear();
  cache.bytes = 0;
}

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP hash of every inline script in a rendered document (its text, as the browser hashes it). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const text = match[1] ?? "";
    if (text) hashes.add(createHash("sha256").update(text, "utf8").digest("base64"));
  }
  return [...hashes];
}

/** The policy with its script nonce replaced by the page's script hashes. */
export function withScriptHashes(policy: string, hashes: string[]): string {
  const sources = hashes.map((hash) => `'sha256-${hash}'`).join(" ");
  // With no hash left, 'strict-dynamic' alone trusts no script at all.
  return policy.replace(/ ?'nonce-[^']*'/, sources ? ` ${sources}` : "");
}
