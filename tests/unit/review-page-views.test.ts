import { describe, expect, it } from "vitest";
import { recordProfileView } from "~/models/analytics/record-view.server";
import { drainViews } from "~/models/analytics/view-queue.server";
import { loader } from "~/routes/$slug";
import type { PageCacheContext } from "~/utils/page-cache.server";
import { makeRequest } from "../utils";
import { makeCreator } from "./portfolio-helpers";

const BROWSER = { "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0" };

/** Views queued for this creator since the last call (other creators' stay out of the count). */
function queuedFor(creatorId: string) {
  return drainViews()
    .filter((v) => v.creatorId === creatorId)
    .reduce((n, v) => n + v.count, 0);
}

async function visit(slug: string, search = "") {
  const pageCache: PageCacheContext = { key: `/${slug}${search}`, contentVersion: "test" };
  await loader({
    request: makeRequest(`/${slug}${search}`, { headers: BROWSER }),
    params: { slug },
    context: { pageCache },
  });
  return pageCache;
}

describe("profile views and the reviews' pages", () => {
  it("counts a visit to the page once, not again for each page of its reviews", async () => {
    const { user, slug } = await makeCreator();
    drainViews();
    await visit(slug);
    expect(queuedFor(user.id)).toBe(1);
    for (const page of ["2", "3", "1"]) await visit(slug, `?reviews=${page}`);
    expect(queuedFor(user.id)).toBe(0);
  });

  it("is not counted when the page cache serves a page of reviews either (one rule for both)", async () => {
    const { user } = await makeCreator();
    drainViews();
    const from = (url: string) => ({
      url,
      headers: { get: (name: string) => (name === "User-Agent" ? BROWSER["User-Agent"] : null) },
    });
    expect(recordProfileView(from("http://x/c?reviews=2"), user.id, null)).toBe(false);
    expect(recordProfileView(from("http://x/c"), user.id, null)).toBe(true);
    expect(queuedFor(user.id)).toBe(1);
  });

  it("still lets the page cache keep a page of reviews", async () => {
    const { user, slug } = await makeCreator();
    const cached = await visit(slug, "?reviews=2");
    expect(cached.store).toMatchObject({ kind: "creator", creatorId: user.id });
  });
});
