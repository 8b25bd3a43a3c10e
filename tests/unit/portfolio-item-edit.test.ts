import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { MAX_UPLOAD_BYTES } from "~/models/portfolio/images.server";
import { addItem, listItems, setFeatured } from "~/models/portfolio/items.server";
import {
  action as editAction,
  loader as editLoader,
} from "~/routes/dashboard.profile_.items_.$itemId";
import { loader as itemsLoader } from "~/routes/dashboard.profile_.items";
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

async function creatorWithItem() {
  const c = await makeCreator();
  const cookie = (await sessionCookie(c.user.id)).cookie;
  const item = addItem(c.user.id, {
    kind: "link",
    title: "Sprng campaign",
    url: "https://example.com/spring",
    description: "Three reels",
    brand: "Acme",
    featured: false,
  });
  if (!item || item === "limit") throw new Error("item not created");
  return { ...c, cookie, item };
}

/** Three other featured items: the most a creator may feature. */
function featureThreeOthers(userId: string) {
  for (const title of ["a", "b", "c"]) {
    const other = addItem(userId, {
      kind: "link",
      title,
      url: "https://example.com/x",
      description: "",
      brand: "",
      featured: false,
    });
    if (!other || other === "limit") throw new Error("item not created");
    setFeatured(userId, other.id, true);
  }
}

type Reply = { result: { error?: Record<string, string[]> } };
const path = (id: string) => `/dashboard/profile/items/${id}`;
const form = (over: Record<string, string> = {}) => ({
  kind: "link",
  title: "Spring campaign",
  url: "https://example.com/spring",
  description: "Three reels for the spring launch",
  brand: "Acme",
  ...over,
});

describe("editing a portfolio item", () => {
  it("shows the creator their item, filled in", async () => {
    const { item, cookie } = await creatorWithItem();
    const res = await editLoader(args(makeRequest(path(item.id), { cookie }), { itemId: item.id }));
    const { item: shown } = dataOf<{ item: { title: string; url: string; brand: string } }>(res);
    expect(shown).toMatchObject({ title: "Sprng campaign", url: "https://example.com/spring" });
  });

  it("saves the changes in place and says so on the list", async () => {
    const { user, item, cookie } = await creatorWithItem();
    const second = addItem(user.id, {
      kind: "link",
      title: "Second",
      url: "https://example.com/2",
      description: "",
      brand: "",
      featured: false,
    });
    expect(second).toBeTruthy();
    const res = await editAction(
      args(makeRequest(path(item.id), { cookie, form: form({ featured: "on" }) }), {
        itemId: item.id,
      }),
    );
    expect(locationOf(res)).toBe("/dashboard/profile/items?updated=1");
    const items = listItems(user.id);
    expect(items.map((i) => i.title)).toEqual(["Spring campaign", "Second"]);
    expect(items[0]).toMatchObject({
      id: item.id,
      description: "Three reels for the spring launch",
      featured: true,
      position: item.position,
    });
    const list = dataOf<{ items: { title: string }[] }>(
      await itemsLoader(args(makeRequest("/dashboard/profile/items?updated=1", { cookie }))),
    );
    expect(list.items[0]!.title).toBe("Spring campaign");
  });

  it("bad input is a 400 with the message on the field, and nothing changes", async () => {
    const { user, item, cookie } = await creatorWithItem();
    const badUrl = await editAction(
      args(makeRequest(path(item.id), { cookie, form: form({ title: "", url: "ftp://x" }) }), {
        itemId: item.id,
      }),
    );
    expect(statusOf(badUrl)).toBe(400);
    const errors = dataOf<Reply>(badUrl).result.error!;
    expect(errors.title?.[0]).toMatch(/Title is required/);
    expect(errors.url?.[0]).toMatch(/https:\/\//);
    // Without a link, an item with no image would have nothing to show.
    const noMedia = await editAction(
      args(makeRequest(path(item.id), { cookie, form: form({ url: "" }) }), { itemId: item.id }),
    );
    expect(statusOf(noMedia)).toBe(400);
    expect(dataOf<Reply>(noMedia).result.error?.url?.[0]).toMatch(/link or keep an image/);
    expect(listItems(user.id)[0]).toMatchObject({
      title: "Sprng campaign",
      url: "https://example.com/spring",
    });
  });

  it("featuring a fourth item while editing is refused with the limit on the field", async () => {
    const { user, item, cookie } = await creatorWithItem();
    featureThreeOthers(user.id);
    const res = await editAction(
      args(makeRequest(path(item.id), { cookie, form: form({ featured: "on" }) }), {
        itemId: item.id,
      }),
    );
    expect(statusOf(res)).toBe(400);
    expect(dataOf<Reply>(res).result.error?.featured?.[0]).toMatch(/at most 3/);
    expect(listItems(user.id).find((i) => i.id === item.id)).toMatchObject({
      featured: false,
      title: "Sprng campaign",
    });
  });

  it("someone else's item, or none, is a 404 for loader and action; nothing is written", async () => {
    const { user, item } = await creatorWithItem();
    const other = await makeCreator();
    const otherCookie = (await sessionCookie(other.user.id)).cookie;
    for (const id of [item.id, "no-such-item"]) {
      const get = await settle(() =>
        editLoader(args(makeRequest(path(id), { cookie: otherCookie }), { itemId: id })),
      );
      expect(statusOf(get.value)).toBe(404);
      const post = await settle(() =>
        editAction(
          args(makeRequest(path(id), { cookie: otherCookie, form: form({ title: "Mine now" }) }), {
            itemId: id,
          }),
        ),
      );
      expect(statusOf(post.value)).toBe(404);
    }
    expect(listItems(user.id)[0]!.title).toBe("Sprng campaign");
  });

  it("anonymous visitors are sent to log in; brands are refused", async () => {
    const { item } = await creatorWithItem();
    const anon = await settle(() =>
      editLoader(args(makeRequest(path(item.id)), { itemId: item.id })),
    );
    expect(locationOf(anon.value)).toMatch(/^\/login\?redirectTo=/);
    const brand = await makeUser("brand");
    const brandCookie = (await sessionCookie(brand.id)).cookie;
    const asBrand = await settle(() =>
      editAction(
        args(makeRequest(path(item.id), { cookie: brandCookie, form: form() }), {
          itemId: item.id,
        }),
      ),
    );
    expect(statusOf(asBrand.value)).toBe(403);
  });

  it("an unreadable image is a 400 and an oversized one a 413, both on the image field; the item is unchanged", async () => {
    const { user, item, cookie } = await creatorWithItem();
    const post = (file: File) => {
      const body = new FormData();
      for (const [k, v] of Object.entries(form({ title: "Changed" }))) body.set(k, v);
      body.set("image", file);
      return editAction(
        args(
          new Request(`http://localhost:3000${path(item.id)}`, {
            method: "POST",
            body,
            headers: { Cookie: cookie },
          }),
          {
            itemId: item.id,
          },
        ),
      );
    };
    const bad = await post(new File(["hello"], "x.png", { type: "image/png" }));
    expect(statusOf(bad)).toBe(400);
    expect(dataOf<Reply>(bad).result.error?.image?.[0]).toMatch(/not a readable image/);
    const huge = await post(
      new File([new Uint8Array(MAX_UPLOAD_BYTES + 10)], "x.png", { type: "image/png" }),
    );
    expect(statusOf(huge)).toBe(413);
    expect(dataOf<Reply>(huge).result.error?.image?.[0]).toMatch(/5 MB/);
    expect(listItems(user.id)[0]).toMatchObject({ title: "Sprng campaign", imageId: null });
  });

  it("an image uploaded with a save that is then refused (the featured limit) is not kept", async () => {
    const { user, item, cookie } = await creatorWithItem();
    featureThreeOthers(user.id);
    const stored = () =>
      sqlite.prepare(`select count(*) from images where owner_id = ?`).pluck().get(user.id);
    const png = await sharp({
      create: { width: 320, height: 200, channels: 3, background: "#2a9d8f" },
    })
      .png()
      .toBuffer();
    const body = new FormData();
    for (const [k, v] of Object.entries(form({ featured: "on" }))) body.set(k, v);
    body.set("image", new File([png], "new.png", { type: "image/png" }));
    const res = await editAction(
      args(
        new Request(`http://localhost:3000${path(item.id)}`, {
          method: "POST",
          body,
          headers: { Cookie: cookie },
        }),
        { itemId: item.id },
      ),
    );
    expect(statusOf(res)).toBe(400);
    expect(dataOf<Reply>(res).result.error?.featured?.[0]).toMatch(/at most 3/);
    expect(listItems(user.id).find((i) => i.id === item.id)?.imageId).toBeNull();
    expect(stored()).toBe(0);
  });
});
