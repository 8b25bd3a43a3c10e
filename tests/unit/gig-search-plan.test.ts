import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { makeGigSchema, parseGigSearch } from "~/models/gigs/gig-schema";
import { changeGigStatus, createGig, OPEN_GIGS_FOR_BRAND_SQL } from "~/models/gigs/gigs.server";
import { buildGigFilter, GIG_CANDIDATE_CAP, searchGigs } from "~/models/gigs/search.server";
import { makeUser } from "../utils";

/** The query plans behind /gigs: filtering and counting must read the covering index, not the rows. */
function countPlan(query: Record<string, string>) {
  const { whereSql, params } = buildGigFilter(parseGigSearch(new URLSearchParams(query)));
  const rows = sqlite
    .prepare(`explain query plan select count(*) from gigs g where ${whereSql}`)
    .all(params) as { detail: string }[];
  return rows.map((r) => r.detail).join("\n");
}

describe("gig board query plans", () => {
  it("counts every filter combination from the covering listing index", () => {
    const queries: Record<string, string>[] = [
      {},
      { remote: "1" },
      { category: "food" },
      { platform: "tiktok", budgetMin: "100", budgetMax: "900" },
      { category: "food", remote: "1", deadlineBefore: "2099-01-01" },
      { q: "content", category: "fashion" },
      // A budget filter or sort keeps to one currency (decision 034): still counted from the index.
      { budgetMin: "900" },
      { budgetMax: "900", currency: "eur" },
      { sort: "budget_desc" },
      { sort: "budget_asc", currency: "JPY", category: "food", remote: "1" },
      { q: "content", budgetMin: "100", budgetMax: "900", currency: "GBP" },
      { platform: "tiktok", sort: "budget_desc", currency: "SEK", deadlineBefore: "2099-01-01" },
    ];
    for (const q of queries) {
      const plan = countPlan(q);
      expect(plan, JSON.stringify(q)).toMatch(/USING COVERING INDEX gigs_listing_idx/);
      // A category or platform filter probes its own index, never scans the link table.
      if (q.category) expect(plan).toMatch(/gig_categories_category_idx/);
      if (q.platform) expect(plan).toMatch(/gig_platforms_platform_idx/);
      expect(plan).not.toMatch(/SCAN (gig_categories|gig_platforms|gigs )/);
    }
  });

  it("picks a page of a budget sort in one currency from the covering listing index", () => {
    for (const sort of ["budget_desc", "budget_asc"] as const) {
      const search = parseGigSearch(new URLSearchParams({ sort, currency: "EUR", budgetMin: "5" }));
      const { whereSql, params } = buildGigFilter(search);
      expect(whereSql).toContain("g.currency = @currency");
      expect(params.currency).toBe("EUR");
      const order = sort === "budget_desc" ? "g.budget_max_cents desc" : "g.budget_min_cents asc";
      const plan = (
        sqlite
          .prepare(
            `explain query plan select g.id from gigs g where ${whereSql} order by ${order}, g.published_at desc, g.id limit 20`,
          )
          .all(params) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join("\n");
      expect(plan, sort).toMatch(
        /SEARCH g USING COVERING INDEX gigs_listing_idx \(status=\? AND deadline>\?\)/,
      );
    }
  });

  it("a very common word considers only the most recent matches, and says so", async () => {
    const brand = await makeUser("brand");
    const word = `cw${Date.now().toString(36)}`;
    const input = makeGigSchema().parse({
      title: `Reel for ${word}`,
      description: "Show our new winter jacket on a real hike, with honest commentary.",
      budgetMin: "500",
      budgetMax: "1500",
      currency: "USD",
      remote: "on",
      deliverables: "1 Instagram reel",
      deadline: "2099-01-01",
      creatorsWanted: "1",
    });
    const ids: string[] = [];
    for (let i = 0; i < GIG_CANDIDATE_CAP + 5; i++) {
      const gig = createGig(brand.id, input);
      changeGigStatus(gig.id, brand.id, "publish");
      ids.push(gig.id);
    }
    const result = searchGigs(parseGigSearch(new URLSearchParams({ q: word })));
    expect(result.total).toBe(GIG_CANDIDATE_CAP);
    expect(result.capped).toBe(true);
    // The newest gig is among the candidates; the five oldest are not.
    const all = new Set(
      Array.from({ length: result.pageCount }, (_, i) =>
        searchGigs(parseGigSearch(new URLSearchParams({ q: word, page: String(i + 1) }))).rows.map(
          (r) => r.id,
        ),
      ).flat(),
    );
    expect(all.has(ids.at(-1)!)).toBe(true);
    expect(ids.slice(0, 5).some((id) => all.has(id))).toBe(false);
  });
});

describe("a brand's public page", () => {
  it("reads the brand's open gigs through its own index, not the whole board", () => {
    const plan = (
      sqlite
        .prepare(`explain query plan ${OPEN_GIGS_FOR_BRAND_SQL}`)
        .all("b", "2026-11-30", 20) as {
        detail: string;
      }[]
    )
      .map((r) => r.detail)
      .join("\n");
    expect(plan).toMatch(
      /SEARCH gigs USING INDEX gigs_brand_status_idx \(brand_id=\? AND status=\?\)/,
    );
    expect(plan).not.toMatch(/gigs_listing_idx|gigs_status_published_idx/);
  });
});
