import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { ProfileSchema, slugSchema } from "~/models/portfolio/profile-schema";
import {
  getProfileForOwner,
  resolveSlugRedirect,
  saveProfile,
  SlugTakenError,
} from "~/models/portfolio/profiles.server";
import {
  isValidPlatformUrl,
  PackageSchema,
  RatesSchema,
  SocialAccountSchema,
} from "~/models/portfolio/portfolio-schemas";
import {
  addSocialAccount,
  deleteSocialAccount,
  DuplicateAccountError,
  updateSocialAccount,
} from "~/models/portfolio/socials.server";
import { addPackage, deletePackage, saveRates } from "~/models/portfolio/packages.server";
import {
  addItem,
  FeaturedLimitError,
  listItems,
  moveItem,
  setFeatured,
} from "~/models/portfolio/items.server";
import { linkPreview } from "~/models/portfolio/embeds";
import { makeCreator, uid } from "./portfolio-helpers";

describe("slugs", () => {
  it("refuses reserved words, bad characters and lengths", () => {
    expect(slugSchema.safeParse("dashboard").success).toBe(false);
    expect(slugSchema.safeParse("creators").success).toBe(false);
    expect(slugSchema.safeParse("ab").success).toBe(false);
    expect(slugSchema.safeParse("a--b").success).toBe(false);
    expect(slugSchema.safeParse("-abc").success).toBe(false);
    expect(slugSchema.parse(" Maya-Lens ")).toBe("maya-lens");
  });

  it("keeps the old slug working as a redirect and reserves it for its owner", async () => {
    const { user, slug, input } = await makeCreator();
    const next = `n-${uid()}`;
    saveProfile(user.id, { ...input, slug: next });
    expect(resolveSlugRedirect(slug)).toBe(next);
    // A second rename: both old slugs point at the current one.
    const third = `t-${uid()}`;
    saveProfile(user.id, { ...input, slug: third });
    expect(resolveSlugRedirect(slug)).toBe(third);
    expect(resolveSlugRedirect(next)).toBe(third);
    // Another creator cannot take the old slug.
    const other = await makeCreator();
    expect(() => saveProfile(other.user.id, { ...other.input, slug })).toThrow(SlugTakenError);
    // The owner can take it back; then it is no longer a redirect.
    saveProfile(user.id, { ...input, slug });
    expect(resolveSlugRedirect(slug)).toBeNull();
    expect(resolveSlugRedirect(third)).toBe(slug);
  });

  it("stores location, time zone, languages and refuses unknown time zones", async () => {
    const bad = ProfileSchema.safeParse({
      displayName: "A",
      slug: `z-${uid()}`,
      timeZone: "Mars/Olympus",
    });
    expect(bad.success).toBe(false);
    const { user } = await makeCreator({
      location: "Stockholm, Sweden",
      timeZone: "Europe/Stockholm",
      languages: "English, Swedish",
    });
    const p = getProfileForOwner(user.id)!;
    expect(p.location).toBe("Stockholm, Sweden");
    expect(p.timeZone).toBe("Europe/Stockholm");
    expect(p.languages).toBe("English, Swedish");
  });
});

describe("social accounts", () => {
  it("validates URLs per platform", () => {
    expect(isValidPlatformUrl("instagram", "https://www.instagram.com/maya")).toBe(true);
    expect(isValidPlatformUrl("instagram", "https://instagram.com")).toBe(false);
    expect(isValidPlatformUrl("instagram", "https://evil.com/instagram.com/maya")).toBe(false);
    expect(isValidPlatformUrl("instagram", "https://instagram.com.evil.com/maya")).toBe(false);
    expect(isValidPlatformUrl("tiktok", "https://www.tiktok.com/@jonah")).toBe(true);
    expect(isValidPlatformUrl("youtube", "https://youtube.com/@priya")).toBe(true);
    expect(isValidPlatformUrl("x", "https://twitter.com/tom")).toBe(true);
    expect(isValidPlatformUrl("twitch", "https://www.twitch.tv/tom")).toBe(true);
    expect(isValidPlatformUrl("website", "javascript:alert(1)")).toBe(false);
    expect(isValidPlatformUrl("website", "https://maya.example")).toBe(true);
    const r = SocialAccountSchema.safeParse({
      platform: "youtube",
      handle: "x",
      url: "https://vimeo.com/x",
      followers: "10",
    });
    expect(r.success).toBe(false);
    expect(r.error?.flatten().fieldErrors.url?.[0]).toMatch(/YouTube/);
    expect(
      SocialAccountSchema.parse({
        platform: "instagram",
        handle: "@m",
        url: "https://instagram.com/m",
        followers: "12,400",
        engagementRate: "3.25",
      }),
    ).toMatchObject({ followers: 12400, engagementRate: 3.25 });
  });

  it("keeps total followers in sync and refuses duplicates", async () => {
    const { user } = await makeCreator();
    const a = addSocialAccount(
      user.id,
      SocialAccountSchema.parse({
        platform: "instagram",
        handle: "m",
        url: "https://instagram.com/m",
        followers: "1000",
      }),
    )!;
    addSocialAccount(
      user.id,
      SocialAccountSchema.parse({
        platform: "tiktok",
        handle: "m",
        url: "https://tiktok.com/@m",
        followers: "500",
        engagementRate: "4.1",
      }),
    );
    expect(getProfileForOwner(user.id)!.totalFollowers).toBe(1500);
    expect(() =>
      addSocialAccount(
        user.id,
        SocialAccountSchema.parse({
          platform: "instagram",
          handle: "m",
          url: "https://instagram.com/m",
          followers: "1",
        }),
      ),
    ).toThrow(DuplicateAccountError);
    // The same handle in another case is the same account.
    expect(() =>
      addSocialAccount(
        user.id,
        SocialAccountSchema.parse({
          platform: "instagram",
          handle: "@M",
          url: "https://instagram.com/M",
          followers: "1",
        }),
      ),
    ).toThrow(DuplicateAccountError);
    expect(getProfileForOwner(user.id)!.totalFollowers).toBe(1500);
    updateSocialAccount(
      user.id,
      a.id,
      SocialAccountSchema.parse({
        platform: "instagram",
        handle: "m",
        url: "https://instagram.com/m",
        followers: "2000",
      }),
    );
    expect(getProfileForOwner(user.id)!.totalFollowers).toBe(2500);
    // Someone else's id changes nothing.
    const other = await makeCreator();
    expect(deleteSocialAccount(other.user.id, a.id)).toBe(false);
    expect(deleteSocialAccount(user.id, a.id)).toBe(true);
    expect(getProfileForOwner(user.id)!.totalFollowers).toBe(500);
  });
});

describe("rates", () => {
  it("validates packages and budgets in cents", () => {
    expect(PackageSchema.parse({ name: "Reel", price: "1,250.50", deliveryDays: "7" }).price).toBe(
      125050,
    );
    expect(PackageSchema.safeParse({ name: "Reel", price: "-1", deliveryDays: "7" }).success).toBe(
      false,
    );
    expect(
      PackageSchema.safeParse({ name: "Reel", price: "10.123", deliveryDays: "7" }).success,
    ).toBe(false);
    expect(PackageSchema.safeParse({ name: "Reel", price: "10", deliveryDays: "0" }).success).toBe(
      false,
    );
    const bad = RatesSchema.safeParse({ currency: "EUR", budgetMin: "500", budgetMax: "100" });
    expect(bad.error?.flatten().fieldErrors.budgetMax?.[0]).toMatch(/at least the minimum/);
    expect(
      RatesSchema.parse({ currency: "EUR", budgetMin: "100", budgetMax: "500" }),
    ).toMatchObject({ budgetMin: 10000, budgetMax: 50000 });
  });

  it("keeps the starting price in sync and the database refuses min > max", async () => {
    const { user } = await makeCreator();
    saveRates(
      user.id,
      RatesSchema.parse({
        currency: "EUR",
        budgetMin: "100",
        budgetMax: "900",
        spacesThisMonth: "2",
      }),
    );
    const p1 = addPackage(
      user.id,
      PackageSchema.parse({ name: "Story", price: "300", deliveryDays: "3" }),
    );
    const p2 = addPackage(
      user.id,
      PackageSchema.parse({ name: "Reel", price: "150", deliveryDays: "5" }),
    );
    expect(p1 && p1 !== "limit" && p1.currency).toBe("EUR");
    expect(getProfileForOwner(user.id)!.minPackageCents).toBe(15000);
    if (p2 && p2 !== "limit") deletePackage(user.id, p2.id);
    expect(getProfileForOwner(user.id)!.minPackageCents).toBe(30000);
    expect(() =>
      sqlite
        .prepare(
          "update creator_profiles set budget_min_cents = 5, budget_max_cents = 1 where user_id = ?",
        )
        .run(user.id),
    ).toThrow(/CHECK/);
    expect(() =>
      sqlite.prepare("update packages set price_cents = -1 where creator_id = ?").run(user.id),
    ).toThrow(/CHECK/);
  });
});

describe("portfolio items", () => {
  const item = (title: string, featured = false) => ({
    kind: "link" as const,
    title,
    url: "https://example.com/x",
    description: "",
    brand: "",
    featured,
  });

  it("features at most three, in the model and in the database", async () => {
    const { user } = await makeCreator();
    for (const t of ["a", "b", "c"]) addItem(user.id, item(t, true));
    expect(() => addItem(user.id, item("d", true))).toThrow(FeaturedLimitError);
    const d = addItem(user.id, item("d"));
    if (!d || d === "limit") throw new Error("no item");
    expect(() => setFeatured(user.id, d.id, true)).toThrow(FeaturedLimitError);
    expect(() =>
      sqlite.prepare("update portfolio_items set featured = 1 where id = ?").run(d.id),
    ).toThrow(/featured_max/);
    const first = listItems(user.id)[0]!;
    setFeatured(user.id, first.id, false);
    expect(setFeatured(user.id, d.id, true)).toBe(true);
  });

  it("reorders with move up/down and ignores other creators' items", async () => {
    const { user } = await makeCreator();
    for (const t of ["one", "two", "three"]) addItem(user.id, item(t));
    const [one, two] = listItems(user.id);
    moveItem(user.id, two!.id, "up");
    expect(listItems(user.id).map((i) => i.title)).toEqual(["two", "one", "three"]);
    moveItem(user.id, one!.id, "down");
    expect(listItems(user.id).map((i) => i.title)).toEqual(["two", "three", "one"]);
    const other = await makeCreator();
    expect(moveItem(other.user.id, one!.id, "up")).toBe(false);
  });

  it("shows YouTube links as a thumbnail and others as a card", () => {
    expect(linkPreview("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).toMatchObject({
      provider: "youtube",
      thumbnailUrl: "https://img.youtube.com/vi/dQw4w9WgXcQ/hqdefault.jpg",
    });
    expect(linkPreview("https://youtu.be/dQw4w9WgXcQ").thumbnailUrl).toContain("dQw4w9WgXcQ");
    expect(linkPreview("https://vimeo.com/123")).toMatchObject({
      provider: "vimeo",
      thumbnailUrl: null,
    });
    expect(linkPreview("https://www.tiktok.com/@a/video/1").provider).toBe("tiktok");
  });
});
