import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { listItems } from "~/models/portfolio/items.server";
import { listPackages } from "~/models/portfolio/packages.server";
import { listSocialAccounts } from "~/models/portfolio/socials.server";
import { action as profileAction } from "~/routes/dashboard.profile";
import { action as itemsAction } from "~/routes/dashboard.profile_.items";
import { action as ratesAction, loader as ratesLoader } from "~/routes/dashboard.profile_.rates";
import { action as socialAction, loader as socialLoader } from "~/routes/dashboard.profile_.social";
import { loader as shareLoader } from "~/routes/dashboard.profile_.share";
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
import { makeCreator } from "./portfolio-helpers";

async function creatorSession() {
  const c = await makeCreator();
  return { ...c, cookie: (await sessionCookie(c.user.id)).cookie };
}

type Reply = { result: { error?: Record<string, string[]> } };

describe("editor pages", () => {
  it("do not let an admin publish a page of their own: only creators have one", async () => {
    const admin = await makeUser("admin");
    const cookie = (await sessionCookie(admin.id)).cookie;
    const form = {
      displayName: "Site Admin",
      slug: `site-admin-${admin.id
        .slice(0, 6)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, "a")}`,
      headline: "",
      bio: "",
      visibility: "public",
    };
    const { value } = await settle(() =>
      profileAction(args(makeRequest("/dashboard/profile", { cookie, form }))),
    );
    // Refused at the door since session 16: the editor is a creator's page, not an admin's.
    expect(statusOf(value)).toBe(403);
    expect(await (value as Response).text()).toBe("This page is for creators.");
    const pages = sqlite
      .prepare("select count(*) from creator_profiles where user_id = ?")
      .pluck()
      .get(admin.id);
    expect(pages).toBe(0);
  });

  it("send anonymous visitors to log in, refuse brands with 403, and send creators without a profile to the basics", async () => {
    const anon = await settle(() => socialLoader(args(makeRequest("/dashboard/profile/social"))));
    expect(locationOf(anon.value)).toMatch(/^\/login\?redirectTo=/);
    const brand = await makeUser("brand");
    const brandCookie = (await sessionCookie(brand.id)).cookie;
    const asBrand = await settle(() =>
      ratesLoader(args(makeRequest("/dashboard/profile/rates", { cookie: brandCookie }))),
    );
    expect(statusOf(asBrand.value)).toBe(403);
    const fresh = await makeUser("creator");
    const freshCookie = (await sessionCookie(fresh.id)).cookie;
    const noProfile = await settle(() =>
      socialLoader(args(makeRequest("/dashboard/profile/social", { cookie: freshCookie }))),
    );
    expect(locationOf(noProfile.value)).toBe("/dashboard/profile?setup=1");
  });

  it("social: a URL for the wrong platform is a 400 with the message on the field, and nothing is written", async () => {
    const { user, cookie } = await creatorSession();
    const res = await socialAction(
      args(
        makeRequest("/dashboard/profile/social", {
          cookie,
          form: {
            intent: "add",
            platform: "tiktok",
            handle: "me",
            url: "https://instagram.com/me",
            followers: "10",
          },
        }),
      ),
    );
    expect(statusOf(res)).toBe(400);
    expect(dataOf<Reply>(res).result.error?.url?.[0]).toMatch(/TikTok/);
    expect(listSocialAccounts(user.id)).toEqual([]);
    const ok = await socialAction(
      args(
        makeRequest("/dashboard/profile/social", {
          cookie,
          form: {
            intent: "add",
            platform: "tiktok",
            handle: "me",
            url: "https://tiktok.com/@me",
            followers: "10",
          },
        }),
      ),
    );
    expect(locationOf(ok)).toBe("/dashboard/profile/social?saved=1");
  });

  it("social and rates: another creator's ids are 404 and untouched", async () => {
    const owner = await creatorSession();
    await socialAction(
      args(
        makeRequest("/dashboard/profile/social", {
          cookie: owner.cookie,
          form: {
            intent: "add",
            platform: "x",
            handle: "o",
            url: "https://x.com/o",
            followers: "5",
          },
        }),
      ),
    );
    const account = listSocialAccounts(owner.user.id)[0]!;
    await ratesAction(
      args(
        makeRequest("/dashboard/profile/rates", {
          cookie: owner.cookie,
          form: { intent: "add", name: "Post", price: "100", deliveryDays: "3" },
        }),
      ),
    );
    const pkg = listPackages(owner.user.id)[0]!;
    const other = await creatorSession();
    const del = await settle(() =>
      socialAction(
        args(
          makeRequest("/dashboard/profile/social", {
            cookie: other.cookie,
            form: { intent: "delete", id: account.id },
          }),
        ),
      ),
    );
    expect(statusOf(del.value)).toBe(404);
    const upd = await settle(() =>
      ratesAction(
        args(
          makeRequest("/dashboard/profile/rates", {
            cookie: other.cookie,
            form: { intent: "update", id: pkg.id, name: "Hijack", price: "1", deliveryDays: "1" },
          }),
        ),
      ),
    );
    expect(statusOf(upd.value)).toBe(404);
    expect(listSocialAccounts(owner.user.id)).toHaveLength(1);
    expect(listPackages(owner.user.id)[0]!.name).toBe("Post");
  });

  it("rates: min above max is a 400 next to the maximum; nothing saved", async () => {
    const { user, cookie } = await creatorSession();
    const res = await ratesAction(
      args(
        makeRequest("/dashboard/profile/rates", {
          cookie,
          form: { intent: "rates", currency: "EUR", budgetMin: "900", budgetMax: "100" },
        }),
      ),
    );
    expect(statusOf(res)).toBe(400);
    expect(dataOf<Reply>(res).result.error?.budgetMax?.[0]).toMatch(/at least the minimum/);
    const row = sqlite
      .prepare("select budget_min_cents as min, currency from creator_profiles where user_id = ?")
      .get(user.id);
    expect(row).toEqual({ min: null, currency: "USD" });
  });

  it("items: a fourth featured item is a 400 with a clear message", async () => {
    const { user, cookie } = await creatorSession();
    const add = (title: string) =>
      itemsAction(
        args(
          makeRequest("/dashboard/profile/items", {
            cookie,
            form: {
              intent: "add",
              kind: "link",
              title,
              url: "https://example.com/w",
              featured: "on",
            },
          }),
        ),
      );
    for (const t of ["a", "b", "c"])
      expect(locationOf(await add(t))).toBe("/dashboard/profile/items?saved=1");
    const fourth = await add("d");
    expect(statusOf(fourth)).toBe(400);
    expect(dataOf<Reply>(fourth).result.error?.featured?.[0]).toMatch(/at most 3/);
    expect(listItems(user.id)).toHaveLength(3);
    const noSource = await itemsAction(
      args(
        makeRequest("/dashboard/profile/items", {
          cookie,
          form: { intent: "add", kind: "image", title: "x" },
        }),
      ),
    );
    expect(statusOf(noSource)).toBe(400);
    expect(dataOf<Reply>(noSource).result.error?.url?.[0]).toMatch(/link or upload an image/);
  });

  it("share: the link and a server-rendered QR code SVG", async () => {
    const { slug, cookie } = await creatorSession();
    const data = dataOf<{ url: string; qr: string }>(
      await shareLoader(args(makeRequest("/dashboard/profile/share", { cookie }))),
    );
    expect(data.url).toBe(`http://localhost:3000/${slug}`);
    expect(data.qr).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});
