import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { saveProfile } from "~/models/portfolio/profiles.server";
import { startApp, workerPort, type AppProcess } from "./support/app-process";
import { creatorWithPage, signedIn } from "./support/fixtures";

/**
 * The page cache (decisions 021, 022 and 023) against the production server: anonymous visits to a
 * creator's page or a list are answered from a stored render until what it shows changes, whoever
 * changes it (here: this test's own database connection, another process, as a CLI script or a
 * LiteFS replica would be).
 */
let app: AppProcess;

beforeAll(async () => {
  app = await startApp({ port: workerPort(0), dbFile: process.env.DATABASE_PATH! });
});
afterAll(async () => {
  await app?.stop();
});

const browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36";

async function visit(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}${path}`, {
    headers: { "user-agent": browser, "accept-encoding": "gzip", ...headers },
    redirect: "manual",
  });
  return {
    status: res.status,
    cache: res.headers.get("x-page-cache"),
    res,
    text: await res.text(),
  };
}

/** The creator's counted views once `expected` have been flushed (web processes flush each second). */
async function viewsCounted(creatorId: string, expected: number) {
  const counted = () =>
    sqlite
      .prepare(`select coalesce(sum(count), 0) from profile_views where creator_id = ?`)
      .pluck()
      .get(creatorId) as number;
  const deadline = Date.now() + 10_000;
  while (counted() < expected && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  return counted();
}

type Profile = Parameters<typeof saveProfile>[1];
const profileOf = (c: { displayName: string; slug: string }, extra: Partial<Profile> = {}) =>
  ({
    displayName: c.displayName,
    slug: c.slug,
    headline: "Reliability fixture",
    bio: "",
    visibility: "public",
    categoryIds: [],
    ...extra,
  }) as Profile;

describe("page cache", () => {
  it("renders an anonymous visit once, then answers from the cache until the page changes", async () => {
    const creator = await creatorWithPage();
    const first = await visit(`/${creator.slug}`);
    expect(first.status).toBe(200);
    expect(first.cache).toBe("miss");
    const second = await visit(`/${creator.slug}`);
    expect(second.cache).toBe("hit");
    expect(second.text).toBe(first.text);

    // Another connection changes the page: the next visit sees it.
    saveProfile(creator.id, profileOf(creator, { headline: "Now shooting travel films" }));
    const third = await visit(`/${creator.slug}`);
    expect(third.cache).toBe("miss");
    expect(third.text).toContain("Now shooting travel films");
    const fourth = await visit(`/${creator.slug}`);
    expect(fourth.cache).toBe("hit");
    expect(fourth.text).toContain("Now shooting travel films");
  });

  it("allows exactly the cached page's own inline scripts, with no nonce to reuse", async () => {
    const creator = await creatorWithPage();
    await visit(`/${creator.slug}`);
    const hit = await visit(`/${creator.slug}`);
    expect(hit.cache).toBe("hit");
    expect(hit.text).not.toMatch(/\snonce=/);
    const policy = hit.res.headers.get("content-security-policy") ?? "";
    expect(policy).not.toContain("'nonce-");
    const scriptSrc = policy.split(";").find((d) => d.startsWith("script-src "))!;
    const allowed = new Set(scriptSrc.match(/'sha256-[^']+'/g));
    const inline = [...hit.text.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .filter(Boolean);
    expect(inline.length).toBeGreaterThan(2);
    for (const text of inline) {
      const hash = createHash("sha256").update(text, "utf8").digest("base64");
      expect(allowed.has(`'sha256-${hash}'`)).toBe(true);
    }
    // The other security headers are the same as on any page.
    expect(hit.res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(hit.res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("never answers signed-in visitors, queries or fresh reloads from the cache", async () => {
    const creator = await creatorWithPage();
    await visit(`/${creator.slug}`);
    expect((await visit(`/${creator.slug}`)).cache).toBe("hit");

    const signedIn = await visit(`/${creator.slug}`, { cookie: creator.cookie });
    expect(signedIn.cache).toBeNull();
    expect(signedIn.text).toContain("This is your public page.");

    // A query that changes what the page says to this visitor alone.
    const sent = await visit(`/${creator.slug}?inquiry=sent`);
    expect(sent.status).toBe(200);
    expect(sent.cache).toBeNull();
    expect((await visit(`/${creator.slug}?reviews=2&inquiry=sent`)).cache).toBeNull();

    expect((await visit(`/${creator.slug}`, { "cache-control": "no-cache" })).cache).toBe("miss");

    // Other pages of the same shape are rendered as always, with a fresh nonce each time.
    const login = await visit("/login");
    expect(login.cache).toBeNull();
    expect(login.res.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
  });

  it("stops serving a page the moment it turns private", async () => {
    const creator = await creatorWithPage();
    await visit(`/${creator.slug}`);
    expect((await visit(`/${creator.slug}`)).cache).toBe("hit");
    saveProfile(creator.id, profileOf(creator, { visibility: "private" }));
    const after = await visit(`/${creator.slug}`);
    expect(after.status).toBe(404);
    expect(after.text).not.toContain("Reliability fixture");
  });

  it("counts a view for every visit, cached or not", async () => {
    const creator = await creatorWithPage();
    for (let i = 0; i < 3; i++) await visit(`/${creator.slug}`);
    expect(await viewsCounted(creator.id, 3)).toBe(3);
  });

  it("answers a link shared with campaign tags and click ids as the plain page, and counts it", async () => {
    const creator = await creatorWithPage();
    // Social networks add a new click id to every click on a shared link.
    const shared = (click: string) =>
      `/${creator.slug}?utm_source=instagram&utm_medium=social&fbclid=IwAR${click}`;
    const first = await visit(shared("first"));
    expect(first.status).toBe(200);
    expect(first.cache).toBe("miss");
    // What is stored is the plain page: no visitor's click id in its forms or links.
    expect(first.text).not.toMatch(/fbclid|utm_/);
    const plain = await visit(`/${creator.slug}`);
    expect(plain.cache).toBe("hit");
    expect(plain.text).toBe(first.text);
    expect((await visit(shared("second"))).cache).toBe("hit");
    // A query the page reads is still its own page.
    expect((await visit(`/${creator.slug}?reviews=2&utm_source=newsletter`)).cache).toBe("miss");
    // Paging through the reviews is the same visit, not another view; one more plain visit after it
    // is counted, and the count stops at 4 (it would be 5 had the reviews page counted).
    await visit(`/${creator.slug}`);
    expect(await viewsCounted(creator.id, 4)).toBe(4);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await viewsCounted(creator.id, 4)).toBe(4);
  });

  it("keeps each page of a creator's reviews until the page changes", async () => {
    const creator = await creatorWithPage();
    const paged = `/${creator.slug}?reviews=2`;
    const first = await visit(paged);
    expect(first.status).toBe(200);
    expect(first.cache).toBe("miss");
    expect((await visit(paged)).cache).toBe("hit");
    // Not the same page as the first one, nor a page number written another way.
    expect((await visit(`/${creator.slug}`)).cache).toBe("miss");
    expect((await visit(`/${creator.slug}?reviews=02`)).cache).toBeNull();

    saveProfile(creator.id, profileOf(creator, { headline: "Reviews page two, changed" }));
    const after = await visit(paged);
    expect(after.cache).toBe("miss");
    expect(after.text).toContain("Reviews page two, changed");
  });
});

describe("page cache for lists (decision 022)", () => {
  it("answers a search from the cache until the database changes, then shows the change", async () => {
    const word = `zephyr${randomBytes(4).toString("hex")}`;
    const creator = await creatorWithPage({ bio: `Slow films about ${word} and light.` });
    const path = `/creators?q=${word}`;
    const first = await visit(path);
    expect(first.status).toBe(200);
    expect(first.cache).toBe("miss");
    expect(first.text).toContain(creator.displayName);
    const second = await visit(path);
    expect(second.cache).toBe("hit");
    expect(second.text).toBe(first.text);

    saveProfile(
      creator.id,
      profileOf(creator, { headline: "Now filming night trains", bio: `About ${word}.` }),
    );
    const third = await visit(path);
    expect(third.cache).toBe("miss");
    expect(third.text).toContain("Now filming night trains");
    expect((await visit(path)).cache).toBe("hit");
  });

  it("keeps a list while other processes count views and sessions come and go (decision 023)", async () => {
    const creator = await creatorWithPage();
    const path = `/gigs?q=${randomBytes(4).toString("hex")}`;
    expect((await visit(path)).cache).toBe("miss");
    expect((await visit(path)).cache).toBe("hit");
    // What another web process's views flush and a sign-in write, from this test's connection.
    sqlite
      .prepare(
        "insert into profile_views (creator_id, day, source, referrer_host, count) values (?, '2026-11-30', 'direct', '', 7)",
      )
      .run(creator.id);
    sqlite.prepare("delete from sessions where user_id = ?").run(creator.id);
    expect((await visit(path)).cache).toBe("hit");
    // A write a page may show still ends it.
    saveProfile(creator.id, profileOf(creator, { headline: "Moved on" }));
    expect((await visit(path)).cache).toBe("miss");
  });

  it("renders again after any write a page may show, even one the list does not show", async () => {
    const path = `/gigs?q=${randomBytes(4).toString("hex")}`;
    expect((await visit(path)).cache).toBe("miss");
    expect((await visit(path)).cache).toBe("hit");
    await signedIn("brand"); // a new account and its session: rows the gig board never reads
    expect((await visit(path)).cache).toBe("miss");
    expect((await visit(path)).cache).toBe("hit");
  });

  it("keeps the home page and the board for anonymous visitors only, with hashes for scripts", async () => {
    for (const path of ["/", "/gigs", "/creators"]) {
      await visit(path);
      const hit = await visit(path);
      expect(hit.status).toBe(200);
      expect(hit.cache).toBe("hit");
      expect(hit.text).not.toMatch(/\snonce=/);
      expect(hit.res.headers.get("content-security-policy")).toMatch(/'sha256-/);
      expect((await visit(path, { "cache-control": "no-cache" })).cache).toBe("miss");
    }
    const brand = await signedIn("brand");
    const signedInVisit = await visit("/gigs", { cookie: brand.cookie });
    expect(signedInVisit.cache).toBeNull();
    expect(signedInVisit.text).toContain("Log out");
    expect(signedInVisit.res.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
  });

  it("keeps one copy of a list however its links are tagged", async () => {
    const path = "/creators?sort=newest&page=2";
    expect((await visit(`${path}&utm_campaign=launch`)).cache).toBe("miss");
    const plain = await visit(path);
    expect(plain.cache).toBe("hit");
    expect(plain.text).not.toContain("utm_campaign");
    expect((await visit(`${path}&gclid=abc123&utm_source=ads`)).cache).toBe("hit");
  });

  it("never keeps a page that is not there", async () => {
    for (let i = 0; i < 2; i++) {
      const missing = await visit("/no-such-creator-here");
      expect(missing.status).toBe(404);
      expect(missing.cache).toBeNull();
      expect(missing.res.headers.get("content-security-policy")).toMatch(/'nonce-[^']+'/);
    }
  });
});
