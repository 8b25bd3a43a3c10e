import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { addFavourite, listFavourites } from "~/models/discovery/favourites.server";
import { parseCreatorSearch } from "~/models/discovery/search-schema";
import {
  buildSearchSql,
  CANDIDATE_CAP,
  ORDER,
  listFeaturedCreators,
  searchCreators,
  setCreatorFeatured,
  toFtsQuery,
} from "~/models/discovery/search.server";
import { loader as homeLoader } from "~/routes/_index";
import { addPackage, saveRates } from "~/models/portfolio/packages.server";
import {
  PackageSchema,
  RatesSchema,
  SocialAccountSchema,
} from "~/models/portfolio/portfolio-schemas";
import { listCategories, saveProfile } from "~/models/portfolio/profiles.server";
import { addSocialAccount } from "~/models/portfolio/socials.server";
import { action as favouriteAction } from "~/routes/creators.$slug.favourite";
import { loader as favouritesLoader } from "~/routes/dashboard.favourites";
import {
  args,
  dataOf,
  locationOf,
  makeRequest,
  makeUser,
  sessionCookie,
  settle,
  statusOf,
} from "../utils";
import { makeCreator, makeCreatorsFast, uid } from "./portfolio-helpers";

const search = (q: Record<string, string>) =>
  searchCreators(parseCreatorSearch(new URLSearchParams(q)));
const slugs = (q: Record<string, string>) => search(q).rows.map((r) => r.slug);

describe("full-text search", () => {
  it("follows inserts, updates, category changes and deletes", async () => {
    const word = `zq${uid()}`;
    const { user, slug, input } = await makeCreator({ headline: `Makes ${word} videos` });
    expect(slugs({ q: word })).toEqual([slug]);
    expect(slugs({ q: word.slice(0, 5) })).toContain(slug); // prefix on the last word
    saveProfile(user.id, { ...input, headline: "Something else" });
    expect(slugs({ q: word })).toEqual([]);
    const bioWord = `bq${uid()}`;
    saveProfile(user.id, { ...input, headline: "x", bio: `I love ${bioWord}` });
    expect(slugs({ q: bioWord })).toEqual([slug]);
    // Categories are searchable by name.
    const music = listCategories().find((c) => c.slug === "music")!;
    saveProfile(user.id, {
      ...input,
      headline: "x",
      bio: `I love ${bioWord}`,
      categoryIds: [music.id],
    });
    expect(slugs({ q: `${bioWord} music` })).toEqual([slug]);
    sqlite.prepare("delete from creator_profiles where user_id = ?").run(user.id);
    expect(slugs({ q: bioWord })).toEqual([]);
    expect(
      (
        sqlite.prepare("select count(*) as n from creators_fts where user_id = ?").get(user.id) as {
          n: number;
        }
      ).n,
    ).toBe(0);
  });

  it("ranks name matches above bio matches and never lists private or unlisted creators", async () => {
    const word = `rk${uid()}`;
    const inBio = await makeCreator({ bio: `I once met ${word}` });
    const inName = await makeCreator({ displayName: `${word} Studio` });
    await makeCreator({ displayName: `${word} Hidden`, visibility: "unlisted" });
    await makeCreator({ displayName: `${word} Secret`, visibility: "private" });
    expect(slugs({ q: word })).toEqual([inName.slug, inBio.slug]);
  });

  it("turns any input into a safe FTS query", () => {
    expect(toFtsQuery('foo" OR bar*')).toBe('"foo" "or" "bar"*');
    expect(toFtsQuery("  ")).toBeNull();
    expect(() => search({ q: 'NEAR( "a' })).not.toThrow();
  });

  it("caps the candidate set for a common word and says so", () => {
    const tag = `cap${uid()}`;
    makeCreatorsFast(CANDIDATE_CAP + 10, tag);
    const common = search({ q: tag });
    expect(common.total).toBe(CANDIDATE_CAP);
    expect(common.capped).toBe(true);
    expect(common.rows).toHaveLength(24);
    // A rarer search below the cap is exact and not flagged.
    const rare = `rare${uid()}`;
    makeCreatorsFast(3, rare);
    expect(search({ q: rare })).toMatchObject({ total: 3, capped: false });
  });
});

describe("filters and sorting", () => {
  it("filters by category, platform, location, price, followers and rating, and sorts", async () => {
    const tag = `ft${uid()}`;
    const cats = listCategories();
    const food = cats.find((c) => c.slug === "food")!;
    const a = await makeCreator({
      headline: tag,
      location: "Lisbon, Portugal",
      categoryIds: [food.id],
    });
    const b = await makeCreator({ headline: tag, location: "Berlin, Germany" });
    addSocialAccount(
      a.user.id,
      SocialAccountSchema.parse({
        platform: "tiktok",
        handle: "a",
        url: "https://tiktok.com/@a",
        followers: "50000",
      }),
    );
    addSocialAccount(
      b.user.id,
      SocialAccountSchema.parse({
        platform: "youtube",
        handle: "b",
        url: "https://youtube.com/@b",
        followers: "900000",
      }),
    );
    addPackage(a.user.id, PackageSchema.parse({ name: "Reel", price: "200", deliveryDays: "5" }));
    addPackage(
      b.user.id,
      PackageSchema.parse({ name: "Video", price: "3000", deliveryDays: "14" }),
    );
    sqlite
      .prepare("update creator_profiles set rating_avg = 4.8, review_count = 5 where user_id = ?")
      .run(a.user.id);
    sqlite
      .prepare(
        "update creator_profiles set rating_avg = 3.9, review_count = 2, created_at = created_at + 1000 where user_id = ?",
      )
      .run(b.user.id);

    expect(slugs({ q: tag, category: "food" })).toEqual([a.slug]);
    expect(slugs({ q: tag, platform: "youtube" })).toEqual([b.slug]);
    expect(slugs({ q: tag, location: "lisbon" })).toEqual([a.slug]);
    expect(slugs({ q: tag, minPrice: "1000" })).toEqual([b.slug]);
    expect(slugs({ q: tag, maxPrice: "500" })).toEqual([a.slug]);
    expect(slugs({ q: tag, minFollowers: "100000" })).toEqual([b.slug]);
    expect(slugs({ q: tag, minRating: "4.5" })).toEqual([a.slug]);
    expect(slugs({ q: tag, sort: "followers" })).toEqual([b.slug, a.slug]);
    expect(slugs({ q: tag, sort: "rating" })).toEqual([a.slug, b.slug]);
    expect(slugs({ q: tag, sort: "price" })).toEqual([a.slug, b.slug]);
    expect(slugs({ q: tag, sort: "newest" })).toEqual([b.slug, a.slug]);
    // A price range is in one currency: a creator pricing in another does not match it.
    const c = await makeCreator({ headline: tag });
    saveRates(c.user.id, RatesSchema.parse({ currency: "SEK" }));
    addPackage(c.user.id, PackageSchema.parse({ name: "Foto", price: "300", deliveryDays: "3" }));
    expect(slugs({ q: tag, maxPrice: "500" })).toEqual([a.slug]);
    expect(slugs({ q: tag, maxPrice: "500", currency: "SEK" })).toEqual([c.slug]);
    expect(slugs({ q: tag, minPrice: "100", currency: "SEK" })).toEqual([c.slug]);
    expect(slugs({ q: tag, maxPrice: "500", currency: "XXX" })).toEqual([a.slug]);
    // Sorting by price is in one currency too: SEK 300 is not cheaper than USD 3,000.
    expect(slugs({ q: tag, sort: "price" })).toEqual([a.slug, b.slug]);
    expect(slugs({ q: tag, sort: "price", currency: "SEK" })).toEqual([c.slug]);
    expect(new Set(slugs({ q: tag }))).toEqual(new Set([a.slug, b.slug, c.slug]));
    // Garbage in the query string is ignored, not a 500.
    expect(() =>
      search({ q: tag, minPrice: "abc", sort: "nope", page: "-4", platform: "myspace" }),
    ).not.toThrow();
  });

  it("reads every sort from an index that fits it (no sorting of the match set) and filters through indexes", () => {
    const plan = (q: Record<string, string>) => {
      const { withClause, from, whereSql, params, sort } = buildSearchSql(
        parseCreatorSearch(new URLSearchParams(q)),
      );
      return (
        sqlite
          .prepare(
            `explain query plan ${withClause}select p.user_id from ${from} where ${whereSql} order by ${ORDER[sort]} limit 24 offset 1176`,
          )
          .all(...params) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join("\n");
    };
    const sorts = {
      followers: "creator_profiles_followers_idx",
      rating: "creator_profiles_rating_idx",
      newest: "creator_profiles_newest_idx",
      price: "creator_profiles_price_idx",
    };
    for (const [sort, index] of Object.entries(sorts)) {
      const filters: Record<string, string>[] = [{}, { category: "food" }, { platform: "tiktok" }];
      for (const filter of filters) {
        const p = plan({ sort, ...filter });
        expect(p, `${sort} ${JSON.stringify(filter)}`).toMatch(new RegExp(index));
        expect(p, `${sort} ${JSON.stringify(filter)}`).not.toMatch(/TEMP B-TREE/);
      }
    }
    expect(plan({ category: "food" })).toMatch(/creator_categories_category_idx/);
    expect(plan({ platform: "tiktok" })).toMatch(/social_accounts_platform_idx/);
    expect(plan({ q: "photo" })).toMatch(/VIRTUAL TABLE INDEX/);
  });

  it("paginates", async () => {
    const tag = `pg${uid()}`;
    makeCreatorsFast(26, tag);
    const p1 = search({ q: tag });
    expect(p1.total).toBe(26);
    expect(p1.pageCount).toBe(2);
    expect(search({ q: tag, page: "2" }).rows).toHaveLength(2);
  });
});

describe("featured creators", () => {
  it("an admin-featured public creator shows on the home page and the discovery strip; private ones never", async () => {
    const shown = await makeCreator({ displayName: "Featured Star" });
    const hidden = await makeCreator({ visibility: "private" });
    setCreatorFeatured(shown.user.id, true);
    setCreatorFeatured(hidden.user.id, true);
    expect(listFeaturedCreators(50).map((c) => c.slug)).toContain(shown.slug);
    expect(listFeaturedCreators(50).map((c) => c.slug)).not.toContain(hidden.slug);
    const home = dataOf<{ featured: boolean; creators: { slug: string }[] }>(
      await homeLoader(args(makeRequest("/"))),
    );
    expect(home.featured).toBe(true);
    expect(home.creators[0]!.slug).toBe(shown.slug);
    setCreatorFeatured(shown.user.id, false);
    expect(listFeaturedCreators(50).map((c) => c.slug)).not.toContain(shown.slug);
  });
});

describe("favourites", () => {
  it("a logged-in user saves a creator by POST and sees it in the dashboard; lists are per user", async () => {
    const creator = await makeCreator({ displayName: "Saved Person" });
    const brand = await makeUser("brand");
    const { cookie } = await sessionCookie(brand.id);
    const res = await favouriteAction(
      args(
        makeRequest(`/creators/${creator.slug}/favourite`, {
          cookie,
          form: { intent: "add", redirectTo: `/${creator.slug}` },
        }),
        { slug: creator.slug },
      ),
    );
    expect(locationOf(res)).toBe(`/${creator.slug}`);
    const mine = dataOf<{ lists: { name: string; creators: { slug: string }[] }[] }>(
      await favouritesLoader(args(makeRequest("/dashboard/favourites", { cookie }))),
    );
    expect(mine.lists).toEqual([
      { name: "Saved", creators: [expect.objectContaining({ slug: creator.slug })] },
    ]);
    const other = await makeUser("brand");
    const theirs = dataOf<{ lists: unknown[] }>(
      await favouritesLoader(
        args(
          makeRequest("/dashboard/favourites", { cookie: (await sessionCookie(other.id)).cookie }),
        ),
      ),
    );
    expect(theirs.lists).toEqual([]);
    // Named lists.
    addFavourite(brand.id, creator.slug, "Spring campaign");
    expect(listFavourites(brand.id).map((l) => l.name)).toEqual(["Saved", "Spring campaign"]);
    await favouriteAction(
      args(
        makeRequest(`/creators/${creator.slug}/favourite`, { cookie, form: { intent: "remove" } }),
        { slug: creator.slug },
      ),
    );
    expect(listFavourites(brand.id)).toEqual([]);
  });

  it("anonymous visitors are sent to log in; private creators cannot be saved (404)", async () => {
    const creator = await makeCreator({ visibility: "private" });
    const anon = await settle(() =>
      favouriteAction(
        args(makeRequest(`/creators/${creator.slug}/favourite`, { form: { intent: "add" } }), {
          slug: creator.slug,
        }),
      ),
    );
    expect(statusOf(anon.value)).toBe(302);
    expect(locationOf(anon.value)).toMatch(/^\/login\?redirectTo=/);
    const brand = await makeUser("brand");
    const { cookie } = await sessionCookie(brand.id);
    const res = await settle(() =>
      favouriteAction(
        args(
          makeRequest(`/creators/${creator.slug}/favourite`, { cookie, form: { intent: "add" } }),
          { slug: creator.slug },
        ),
      ),
    );
    expect(statusOf(res.value)).toBe(404);
    expect(listFavourites(brand.id)).toEqual([]);
  });
});
