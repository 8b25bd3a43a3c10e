import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  isStoredCreatorQuery,
  clearPageCache,
  inlineScriptHashes,
  LIST_MAX_AGE_MS,
  lookupPage,
  MAX_AGE_MS,
  pageCacheStats,
  storePage,
  withScriptHashes,
  type CurrentVersions,
} from "~/utils/page-cache.server";

const pageOf = (creatorId: string, version: number, bytes = 1000) => ({
  body: Buffer.alloc(bytes, 1),
  headers: [["content-type", "text/html; charset=utf-8"]] as [string, string][],
  scriptHashes: ["abc="],
  validity: { kind: "creator" as const, creatorId, version },
});

const listPage = (contentVersion: string) => ({
  ...pageOf("", 0),
  validity: { kind: "content" as const, version: contentVersion },
});

/** The database as it stands: every creator's page at `creatorVersion`, its content at `content`. */
const at = (
  creatorVersion: number | null,
  content = "e1:0",
): CurrentVersions & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    creator: (id) => (asked.push(`creator ${id}`), creatorVersion),
    content: () => (asked.push("content"), content),
  };
};

afterEach(() => {
  clearPageCache();
  delete process.env.PAGE_CACHE_MB;
});

describe("page cache store", () => {
  it("serves a page only while the creator's version is the one it was rendered at", () => {
    storePage("a", pageOf("maya", 4));
    expect(lookupPage("a", at(4))?.validity).toEqual({
      kind: "creator",
      creatorId: "maya",
      version: 4,
    });
    // Changed since: not served, and dropped.
    expect(lookupPage("a", at(5))).toBeNull();
    expect(lookupPage("a", at(4))).toBeNull();
    // Gone or private.
    storePage("b", pageOf("tom", 1));
    expect(lookupPage("b", at(null))).toBeNull();
  });

  it("asks for the version of the creator the page belongs to, and nothing else", () => {
    storePage("a", pageOf("maya", 2));
    const current = at(2, "e9:9");
    expect(lookupPage("a", current)).not.toBeNull();
    expect(current.asked).toEqual(["creator maya"]);
  });

  it("serves a list page only until the content version moves", () => {
    storePage("list", listPage("e7:120"));
    const current = at(1, "e7:120");
    expect(lookupPage("list", current)).not.toBeNull();
    expect(current.asked).toEqual(["content"]);
    // A write to a table a page may show, from any connection.
    expect(lookupPage("list", at(1, "e7:121"))).toBeNull();
    expect(lookupPage("list", at(1, "e7:120"))).toBeNull(); // dropped
    // Another database file (a restore) at the same count.
    storePage("list", listPage("e7:120"));
    expect(lookupPage("list", at(1, "e8:120"))).toBeNull();
  });

  it("lets a creator's page live at most MAX_AGE_MS and a list page LIST_MAX_AGE_MS", () => {
    expect(LIST_MAX_AGE_MS).toBeLessThan(MAX_AGE_MS);
    storePage("a", pageOf("maya", 1), 1_000);
    storePage("list", listPage("e1:0"), 1_000);
    expect(lookupPage("a", at(1), 1_000 + MAX_AGE_MS)).not.toBeNull();
    expect(lookupPage("a", at(1), 1_001 + MAX_AGE_MS)).toBeNull();
    expect(lookupPage("list", at(1), 1_000 + LIST_MAX_AGE_MS)).not.toBeNull();
    expect(lookupPage("list", at(1), 1_001 + LIST_MAX_AGE_MS)).toBeNull();
  });

  it("keeps to its byte budget, dropping the least recently used page first", () => {
    process.env.PAGE_CACHE_MB = String(3000 / 1024 / 1024);
    storePage("a", pageOf("a", 1));
    storePage("b", pageOf("b", 1));
    storePage("c", pageOf("c", 1));
    lookupPage("a", at(1)); // a is now the most recently used
    storePage("d", pageOf("d", 1));
    expect(pageCacheStats()).toEqual({ entries: 3, bytes: 3000 });
    expect(lookupPage("b", at(1))).toBeNull();
    for (const key of ["a", "c", "d"]) expect(lookupPage(key, at(1))).not.toBeNull();
    // A page larger than the whole budget is not stored (and evicts nothing).
    storePage("huge", pageOf("h", 1, 4000));
    expect(pageCacheStats().entries).toBe(3);
  });

  it("holds exactly the bytes it counts, not the larger chunk zlib wrote them into", () => {
    const page = gzipSync(Buffer.from("<p>hello</p>".repeat(2000)), { level: 3 });
    expect(page.buffer.byteLength).toBeGreaterThan(page.length); // a view into zlib's chunk
    storePage("a", { ...pageOf("a", 1), body: page });
    const stored = lookupPage("a", at(1))!.body;
    expect(stored.equals(page)).toBe(true);
    expect(stored.buffer.byteLength).toBe(stored.length);
  });

  it("replacing a page keeps the byte count right", () => {
    storePage("a", pageOf("a", 1, 500));
    storePage("a", pageOf("a", 2, 700));
    expect(pageCacheStats()).toEqual({ entries: 1, bytes: 700 });
  });
});

describe("script hashes", () => {
  const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

  it("hashes the text of every inline script, not scripts loaded by src", () => {
    const html =
      `<head><script>window.a = "é";</script><script type="module" src="/assets/x.js"></script></head>` +
      `<body><script type="module">import "/assets/y.js";</script><script></script></body>`;
    expect(inlineScriptHashes(Buffer.from(html, "utf8"))).toEqual([
      sha('window.a = "é";'),
      sha('import "/assets/y.js";'),
    ]);
  });

  it("puts the hashes where the policy had its nonce", () => {
    const policy =
      "default-src 'self';script-src 'strict-dynamic' 'nonce-r4nd0m==';object-src 'none'";
    expect(withScriptHashes(policy, ["x=", "y="])).toBe(
      "default-src 'self';script-src 'strict-dynamic' 'sha256-x=' 'sha256-y=';object-src 'none'",
    );
    // No inline script: 'strict-dynamic' alone trusts nothing.
    expect(withScriptHashes(policy, [])).toBe(
      "default-src 'self';script-src 'strict-dynamic';object-src 'none'",
    );
  });
});

describe("creator page queries the cache keeps", () => {
  it("keeps the plain page and a page of reviews as the page's links write it, nothing else", () => {
    for (const search of ["", "?reviews=2", "?reviews=9999"]) {
      expect(isStoredCreatorQuery(search)).toBe(true);
    }
    for (const search of [
      "?",
      "?reviews=0",
      "?reviews=02",
      "?reviews=10000",
      "?reviews=2&x=1",
      "?inquiry=sent",
      "?preview",
    ]) {
      expect(isStoredCreatorQuery(search)).toBe(false);
    }
  });
});
