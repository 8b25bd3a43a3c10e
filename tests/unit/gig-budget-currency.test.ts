import { describe, expect, it } from "vitest";
import { makeGigSchema, parseGigSearch } from "~/models/gigs/gig-schema";
import { changeGigStatus, createGig } from "~/models/gigs/gigs.server";
import { searchGigs } from "~/models/gigs/search.server";
import * as gigBoard from "~/routes/gigs._index";
import { makeRequest, makeUser } from "../utils";
import { renderRoute, textOf } from "./render-route";

/**
 * The /gigs budget filter and budget sorts compare amounts in one currency (decision 034): a yen gig
 * at ¥1,000 is not "at least 900" dollars. Without a budget filter or sort every currency is listed.
 */

let seq = 0;
const uid = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

/** Publishes one gig per [currency, min, max] (amounts in the currency's units), tagged with `word`. */
async function publishGigs(word: string, budgets: [string, string, string][]) {
  const brand = await makeUser("brand");
  return budgets.map(([currency, budgetMin, budgetMax], i) => {
    const input = makeGigSchema().parse({
      title: `Reel ${word} ${i}`,
      description: "Show our new winter jacket on a real hike, with honest commentary.",
      budgetMin,
      budgetMax,
      currency,
      remote: "on",
      deliverables: "1 Instagram reel",
      deadline: "2099-12-31",
      creatorsWanted: "1",
    });
    const gig = createGig(brand.id, input);
    changeGigStatus(gig.id, brand.id, "publish");
    return gig.id;
  });
}

const find = (query: Record<string, string>) =>
  searchGigs(parseGigSearch(new URLSearchParams(query)));
const ids = (query: Record<string, string>) => find(query).rows.map((r) => r.id);

const render = async (query: Record<string, string>) => {
  const { html } = await renderRoute(
    gigBoard,
    "/gigs",
    makeRequest(`/gigs?${new URLSearchParams(query)}`),
  );
  return html;
};

describe("the gig board's budget filter", () => {
  it("matches only gigs budgeted in its currency, USD when none is chosen", async () => {
    const word = `cur${uid()}`;
    const [usd, yen, eur] = await publishGigs(word, [
      ["USD", "500", "1500"],
      ["JPY", "1000", "1000"], // ¥1,000: a number above 900, but not 900 dollars
      ["EUR", "950", "2000"],
    ]);
    expect(ids({ q: word, budgetMin: "900" })).toEqual([usd]);
    expect(ids({ q: word, budgetMin: "900", currency: "USD" })).toEqual([usd]);
    expect(ids({ q: word, budgetMin: "900", currency: "jpy" })).toEqual([yen]);
    expect(ids({ q: word, budgetMax: "960", currency: "EUR" })).toEqual([eur]);
    expect(find({ q: word, budgetMin: "5000", currency: "EUR" }).total).toBe(0);
    // No budget filter or sort: every currency, whatever the currency field says.
    expect(new Set(ids({ q: word }))).toEqual(new Set([usd, yen, eur]));
    expect(new Set(ids({ q: word, currency: "EUR" }))).toEqual(new Set([usd, yen, eur]));
  });

  it("ignores an unknown currency like the other fields, and reads one in any case", async () => {
    const word = `cux${uid()}`;
    const [usd] = await publishGigs(word, [
      ["USD", "500", "1500"],
      ["GBP", "600", "1600"],
    ]);
    expect(parseGigSearch(new URLSearchParams({ currency: " gbp " })).currency).toBe("GBP");
    expect(parseGigSearch(new URLSearchParams({ currency: "XYZ" })).currency).toBeUndefined();
    expect(parseGigSearch(new URLSearchParams({ currency: "" })).currency).toBeUndefined();
    // An unknown currency is no choice: the budget filter uses USD, as with none.
    expect(ids({ q: word, budgetMin: "900", currency: "XYZ" })).toEqual([usd]);
  });
});

describe("the gig board's budget sorts", () => {
  it("order the gigs of one currency, leaving the others out", async () => {
    const word = `cus${uid()}`;
    const [usdLow, usdHigh, eurHigh, jpy, eurLow] = await publishGigs(word, [
      ["USD", "100", "200"],
      ["USD", "300", "400"],
      ["EUR", "50000", "60000"],
      ["JPY", "1000", "2000"],
      ["EUR", "10", "20"],
    ]);
    expect(ids({ q: word, sort: "budget_desc" })).toEqual([usdHigh, usdLow]);
    expect(ids({ q: word, sort: "budget_asc" })).toEqual([usdLow, usdHigh]);
    expect(ids({ q: word, sort: "budget_desc", currency: "eur" })).toEqual([eurHigh, eurLow]);
    expect(ids({ q: word, sort: "budget_asc", currency: "EUR" })).toEqual([eurLow, eurHigh]);
    expect(ids({ q: word, sort: "budget_asc", currency: "JPY" })).toEqual([jpy]);
    // Other sorts list every currency.
    expect(find({ q: word, sort: "newest", currency: "EUR" }).total).toBe(5);
    expect(find({ q: word, sort: "deadline" }).total).toBe(5);
  });
});

describe("the gig board page", () => {
  it("says which currency the budget filter or sort shows, and nothing without one", async () => {
    const word = `cup${uid()}`;
    await publishGigs(word, [
      ["USD", "500", "1500"],
      ["EUR", "500", "1500"],
    ]);
    const byDefault = textOf(await render({ q: word, budgetMin: "100" }));
    expect(byDefault).toContain("1 gig budgeted in USD");
    expect(byDefault).toContain("Showing gigs budgeted in USD (the default currency) only");

    const chosen = textOf(await render({ q: word, sort: "budget_desc", currency: "eur" }));
    expect(chosen).toContain("1 gig budgeted in EUR");
    expect(chosen).toContain("Showing gigs budgeted in EUR only");
    expect(chosen).not.toContain("the default currency");

    const none = textOf(await render({ q: word, budgetMin: "100", currency: "SEK" }));
    expect(none).toContain("No gigs budgeted in SEK match these filters.");

    const all = textOf(await render({ q: word, currency: "EUR" }));
    expect(all).toContain("2 gigs");
    expect(all).not.toMatch(/gigs budgeted in [A-Z]{3}/);
    expect(all).not.toContain("Showing gigs budgeted");
  });

  it("has a currency select in the GET form that shows the applied currency", async () => {
    const word = `cuf${uid()}`;
    await publishGigs(word, [["USD", "500", "1500"]]);
    const html = await render({ q: word, budgetMin: "100", currency: "eur" });
    const form = html.match(/<form[^>]*role="search"[\s\S]*?<\/form>/)?.[0] ?? "";
    expect(form).toMatch(/method="get"/);
    const select = form.match(/<select[^>]*name="currency"[\s\S]*?<\/select>/)?.[0] ?? "";
    expect(select).toContain('<option value="EUR" selected="">EUR</option>');
    for (const c of ["USD", "GBP", "SEK", "CAD", "AUD", "JPY"])
      expect(select).toContain(`<option value="${c}">`);
    // Nothing chosen, or a currency it does not offer: it shows USD, the one applied.
    for (const currency of [undefined, "XYZ"]) {
      const page = await render({ q: word, budgetMin: "100", ...(currency ? { currency } : {}) });
      expect(page).toMatch(/<select[^>]*name="currency"[\s\S]*?<option value="USD" selected="">/);
      expect(textOf(page)).toContain("Showing gigs budgeted in USD (the default currency) only");
    }
  });
});
