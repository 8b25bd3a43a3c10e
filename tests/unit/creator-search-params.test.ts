import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { listFavourites } from "~/models/discovery/favourites.server";
import { MAX_QUERY_LENGTH, parseCreatorSearch } from "~/models/discovery/search-schema";
import { listCategories } from "~/models/portfolio/profiles.server";
import * as creatorsPage from "~/routes/creators._index";
import { action as favouriteAction } from "~/routes/creators.$slug.favourite";
import { args, dataOf, makeRequest, makeUser, sessionCookie, settle, statusOf } from "../utils";
import { makeCreator, uid } from "./portfolio-helpers";
import { renderRoute, textOf } from "./render-route";

type Found = { rows: { slug: string }[]; total: number; search: { q: string } };

const find = async (query: string) =>
  dataOf<Found>(await creatorsPage.loader(args(makeRequest(`/creators?${query}`))));

const render = (query: string) =>
  renderRoute(creatorsPage, "/creators", makeRequest(`/creators?${query}`)).then((r) => r.html);

describe("a search longer than the limit", () => {
  it("searches its first characters instead of listing everyone, and shows what was searched", async () => {
    const word = `long${uid()}`;
    const { slug } = await makeCreator({ headline: `Makes ${word} films` });
    const q = `${word} ${"x".repeat(MAX_QUERY_LENGTH + 20)}`;
    expect(parseCreatorSearch(new URLSearchParams({ q })).q).toBe(q.slice(0, MAX_QUERY_LENGTH));
    // Cut, it still searches (nothing matches these words) rather than listing every creator.
    const shortQ = `${word} ${"y".repeat(MAX_QUERY_LENGTH)}`;
    const shortFound = await find(new URLSearchParams({ q: shortQ }).toString());
    expect(shortFound.search.q).toBe(shortQ.slice(0, MAX_QUERY_LENGTH));
    expect(shortFound.total).toBe(0);
    // Trailing spaces past the limit leave just the word, which finds its creator.
    const exact = await find(
      new URLSearchParams({ q: `${word}${" ".repeat(MAX_QUERY_LENGTH)}tail` }).toString(),
    );
    expect(exact.search.q).toBe(word);
    expect(exact.rows.map((r) => r.slug)).toEqual([slug]);

    const html = await render(new URLSearchParams({ q }).toString());
    expect(html).toContain(`value="${q.slice(0, MAX_QUERY_LENGTH)}"`);
    expect(html).toContain(`maxLength="${MAX_QUERY_LENGTH}"`);
    const text = textOf(html);
    expect(text).toContain(`matching “${q.slice(0, MAX_QUERY_LENGTH)}”`);
    expect(text).toContain(`searches use the first ${MAX_QUERY_LENGTH} characters`);
  });
});

describe("choice-like filters in another case", () => {
  it("reads category, platform, currency and sort whatever their case", async () => {
    const tag = `case${uid()}`;
    const photo = listCategories()[0]!;
    const inCategory = await makeCreator({ headline: tag, categoryIds: [photo.id] });
    await makeCreator({ headline: tag });
    const upper = await find(`q=${tag}&category=${photo.slug.toUpperCase()}`);
    expect(upper.rows.map((r) => r.slug)).toEqual([inCategory.slug]);
    expect(
      parseCreatorSearch(
        new URLSearchParams({ platform: "TikTok", currency: "eur", sort: "Rating" }),
      ),
    ).toMatchObject({ platform: "tiktok", currency: "EUR", sort: "rating" });
    const html = await render(`q=${tag}&category=${photo.slug.toUpperCase()}`);
    expect(html).toMatch(new RegExp(`<option value="${photo.slug}" selected="">`));
  });

  it("treats a category nobody has as no category, as its select shows", async () => {
    const tag = `nocat${uid()}`;
    await makeCreator({ headline: tag });
    const found = await find(`q=${tag}&category=no-such-category`);
    expect(found.total).toBe(1);
    expect(await render(`q=${tag}&category=no-such-category`)).toMatch(
      /<option value="" selected="">All categories<\/option>/,
    );
  });
});

describe("the rating select", () => {
  it("shows the minimum rating that was applied, also one it does not offer", async () => {
    const tag = `rate${uid()}`;
    const good = await makeCreator({ headline: tag });
    const fair = await makeCreator({ headline: tag });
    sqlite
      .prepare("update creator_profiles set rating_avg = ?, review_count = 3 where user_id = ?")
      .run(3.7, good.user.id);
    sqlite
      .prepare("update creator_profiles set rating_avg = ?, review_count = 3 where user_id = ?")
      .run(3.2, fair.user.id);
    const found = await find(`q=${tag}&minRating=3.5`);
    expect(found.rows.map((r) => r.slug)).toEqual([good.slug]);
    const html = await render(`q=${tag}&minRating=3.5`);
    expect(html).toMatch(/<option value="3.5" selected="">3.5/);
    expect(html).not.toMatch(/<option value="" selected="">Any rating/);
    // An offered value is selected once, and no rating leaves "Any rating".
    const offered = await render(`q=${tag}&minRating=4`);
    expect(offered.match(/value="4"/g)).toHaveLength(1);
    expect(offered).toMatch(/<option value="4" selected="">/);
    expect(await render(`q=${tag}`)).toMatch(/<option value="" selected="">Any rating/);
  });
});

describe("the search box's hint", () => {
  it("does not promise cities (they are not in the text index) and points to Location", async () => {
    const html = await render("");
    expect(html).not.toMatch(/placeholder="[^"]*city/i);
    const hint = /<p id="q-hint"[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? "";
    expect(hint).toMatch(/Location/);
    expect(html).toMatch(/aria-describedby="q-hint"/);
  });
});

describe("saving a creator", () => {
  it("refuses a creator's own page, writing nothing", async () => {
    const creator = await makeCreator({ displayName: "Self Saver" });
    const { cookie } = await sessionCookie(creator.user.id);
    const res = await settle(() =>
      favouriteAction(
        args(
          makeRequest(`/creators/${creator.slug}/favourite`, {
            cookie,
            form: { intent: "add", redirectTo: `/${creator.slug}` },
          }),
          { slug: creator.slug },
        ),
      ),
    );
    expect(statusOf(res.value)).toBe(403);
    expect(await (res.value as Response).text()).toMatch(/your own page/);
    expect(listFavourites(creator.user.id)).toEqual([]);
    // Someone else still can.
    const brand = await makeUser("brand");
    const other = await sessionCookie(brand.id);
    const saved = await settle(() =>
      favouriteAction(
        args(
          makeRequest(`/creators/${creator.slug}/favourite`, {
            cookie: other.cookie,
            form: { intent: "add" },
          }),
          { slug: creator.slug },
        ),
      ),
    );
    expect(statusOf(saved.value)).toBe(302);
    expect(listFavourites(brand.id)).toHaveLength(1);
  });
});
