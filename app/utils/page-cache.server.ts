import { createHash } from "node:crypto";

/**
 * Whole rendered pages for anonymous visitors, kept gzipped in memory (decisions 021 and 022).
 *
 * A page is stored only when its route says it may be, and served again only while the database says
 * what it shows is unchanged. Each entry carries how to tell:
 * - a creator's page (decision 021) carries the creator's `page_version`, which triggers move on every
 *   change to what the page shows (migration 0011); server/page-cache.ts compares it with one indexed
 *   read. Parts drawn from other creators (the "similar creators" list) are at most MAX_AGE_MS old.
 * - a list page (the home page, `/creators`, `/gigs`; decision 022) carries the content version when
 *   the request began (`contentVersion()`, the query cache's, decision 023: triggers move it on any
 *   write, from this process or any other, to a table a page may show; view counters and sessions do
 *   not) and lives at most LIST_MAX_AGE_MS, so dates ("closes today") move on.
 *
 * Cached pages carry no CSP nonce: their inline scripts are allowed by their SHA-256 hashes instead
 * (computed here when the page is rendered), so the stored bytes can be sent to anyone unchanged.
 *
 * On globalThis: the Remix bundle (entry.server) stores and the server bundle (server/page-cache.ts)
 * serves; they are separate bundles in one process.
 */

/** What tells whether a stored page still shows what the database holds. */
export type PageValidity =
  { kind: "creator"; creatorId: string; version: number } | { kind: "content"; version: string };

export type CachedPage = {
  body: Buffer;
  /** Response headers as rendered, without Content-Security-Policy (rebuilt per response). */
  headers: [string, string][];
  /** Base64 SHA-256 of each inline script. */
  scriptHashes: string[];
  validity: PageValidity;
  storedAt: number;
};

/** What a request the cache may answer carries through Remix (the load context's `pageCache`). */
export type PageCacheContext = {
  key: string;
  /** The content version when the request arrived, before anything was read for it. */
  contentVersion: string;
  /** Set by entry.server when it rendered the document without a nonce. */
  scriptHashes?: string[];
  /** Set by a route's loader when this response may be stored. */
  store?: PageValidity;
};

/**
 * The queries of a creator's page the cache keeps: none, or one page of its reviews (`?reviews=2`,
 * as the page's own links write it). Anything else (`?inquiry=sent`, `?preview`) is rendered.
 */
export function isStoredCreatorQuery(search: string) {
  return search === "" || /^\?reviews=[1-9][0-9]{0,3}$/.test(search);
}

export const MAX_AGE_MS = 5 * 60_000;
/** As the query cache's entries: list pages show dates and relative times. */
export const LIST_MAX_AGE_MS = 60_000;
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

/** How the database stands now, asked only for what a stored page needs. */
export type CurrentVersions = {
  /** The creator's page_version, or null when the page no longer exists or is private. */
  creator: (creatorId: string) => number | null;
  content: () => string;
};

function isCurrent(validity: PageValidity, current: CurrentVersions) {
  return validity.kind === "creator"
    ? current.creator(validity.creatorId) === validity.version
    : current.content() === validity.version;
}

/**
 * The stored page for `key` if it is young enough (MAX_AGE_MS for a creator's page, LIST_MAX_AGE_MS
 * for a list) and what it was rendered from is still what the database holds.
 */
export function lookupPage(
  key: string,
  current: CurrentVersions,
  now = Date.now(),
): CachedPage | null {
  const entry = cache.entries.get(key);
  if (!entry) return null;
  const maxAge = entry.validity.kind === "creator" ? MAX_AGE_MS : LIST_MAX_AGE_MS;
  if (now - entry.storedAt > maxAge || !isCurrent(entry.validity, current)) {
    remove(key);
    return null;
  }
  cache.entries.delete(key);
  cache.entries.set(key, entry);
  return entry;
}

/**
 * Lets a list page's response be stored for anonymous visitors until the next write to what a page
 * may show (decisions 022, 023). For pages that show nothing but what the database holds for everyone.
 */
export function storeUntilNextWrite(pageCache: PageCacheContext | undefined) {
  if (pageCache) pageCache.store = { kind: "content", version: pageCache.contentVersion };
}

export function pageCacheStats() {
  return { entries: cache.entries.size, bytes: cache.bytes };
}

export function clearPageCache() {
  cache.entries.clear();
  cache.bytes = 0;
}

const SCRIPT_OPEN = Buffer.from("<script");
const SCRIPT_CLOSE = Buffer.from("</script>");
const GREATER_THAN = 0x3e;
const SRC_ATTRIBUTE = /\ssrc=/;

/**
 * The CSP hash of every inline script in a rendered document (its text, as the browser hashes it:
 * the UTF-8 bytes between the tags). Reads the encoded body the response sends, so the rendered
 * string is neither flattened nor scanned a second time (a regular expression over the string cost
 * 0.2 ms of a 30 KB page's render; this about a quarter of that).
 */
export function inlineScriptHashes(document: Buffer): string[] {
  const hashes = new Set<string>();
  let from = 0;
  for (;;) {
    const open = document.indexOf(SCRIPT_OPEN, from);
    if (open < 0) break;
    const tagEnd = document.indexOf(GREATER_THAN, open);
    if (tagEnd < 0) break;
    const close = document.indexOf(SCRIPT_CLOSE, tagEnd);
    if (close < 0) break;
    const external = SRC_ATTRIBUTE.test(document.toString("latin1", open, tagEnd));
    if (!external && close > tagEnd + 1) {
      hashes.add(
        createHash("sha256")
          .update(document.subarray(tagEnd + 1, close))
          .digest("base64"),
      );
    }
    from = close + SCRIPT_CLOSE.length;
  }
  return [...hashes];
}

/** The policy with its script nonce replaced by the page's script hashes. */
export function withScriptHashes(policy: string, hashes: string[]): string {
  const sources = hashes.map((hash) => `'sha256-${hash}'`).join(" ");
  // With no hash left, 'strict-dynamic' alone trusts no script at all.
  return policy.replace(/ ?'nonce-[^']*'/, sources ? ` ${sources}` : "");
}
