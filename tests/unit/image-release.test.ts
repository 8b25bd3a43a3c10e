import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { processUpload, RELEASE_UPLOAD_SQL } from "~/models/portfolio/images.server";
import { addItem, deleteItem, updateItem } from "~/models/portfolio/items.server";
import { setProfileImage } from "~/models/portfolio/public-portfolio.server";
import { makeCreator } from "./portfolio-helpers";

async function upload(ownerId: string, purpose: "avatar" | "item", colour: string) {
  const bytes = await sharp({
    create: { width: 300, height: 200, channels: 3, background: colour },
  })
    .png()
    .toBuffer();
  return processUpload(ownerId, new File([bytes], "x.png", { type: "image/png" }), purpose);
}

const variants = (uploadId: string) =>
  sqlite.prepare(`select count(*) from images where upload_id = ?`).pluck().get(uploadId) as number;

const itemInput = {
  kind: "image" as const,
  title: "Harbour at dawn",
  description: "",
  brand: "",
  featured: false,
};

describe("stored images follow what shows them", () => {
  it("an item's replaced image is deleted; the new one and other uploads stay", async () => {
    const { user } = await makeCreator();
    const first = await upload(user.id, "item", "#ff0000");
    const second = await upload(user.id, "item", "#00ff00");
    const unrelated = await upload(user.id, "item", "#0000ff");
    expect(variants(first)).toBeGreaterThan(0);
    const item = addItem(user.id, { ...itemInput, imageId: first });
    if (!item || item === "limit") throw new Error("no item");

    updateItem(user.id, item.id, { ...itemInput, title: "Renamed" }); // image kept
    expect(variants(first)).toBeGreaterThan(0);

    updateItem(user.id, item.id, { ...itemInput, imageId: second });
    expect(variants(first)).toBe(0);
    expect(variants(second)).toBeGreaterThan(0);
    // Never shown anywhere, but not let go by this write either: left alone.
    expect(variants(unrelated)).toBeGreaterThan(0);

    deleteItem(user.id, item.id);
    expect(variants(second)).toBe(0);
  });

  it("an image still shown elsewhere is kept when one place lets go of it", async () => {
    const { user } = await makeCreator();
    const shared = await upload(user.id, "item", "#123456");
    const a = addItem(user.id, { ...itemInput, imageId: shared });
    const b = addItem(user.id, { ...itemInput, title: "Second", imageId: shared });
    if (!a || a === "limit" || !b || b === "limit") throw new Error("no items");
    deleteItem(user.id, a.id);
    expect(variants(shared)).toBeGreaterThan(0);
    // Removing the image needs a link in its place.
    updateItem(user.id, b.id, { ...itemInput, url: "https://example.com/b", imageId: null });
    expect(variants(shared)).toBe(0);
  });

  it("a replaced or removed avatar is deleted", async () => {
    const { user } = await makeCreator();
    const old = await upload(user.id, "avatar", "#abcdef");
    const next = await upload(user.id, "avatar", "#fedcba");
    expect(setProfileImage(user.id, "avatar", old)).toBe(true);
    expect(setProfileImage(user.id, "avatar", old)).toBe(true); // the same again: kept
    expect(variants(old)).toBeGreaterThan(0);
    expect(setProfileImage(user.id, "avatar", next)).toBe(true);
    expect(variants(old)).toBe(0);
    expect(setProfileImage(user.id, "avatar", null)).toBe(true);
    expect(variants(next)).toBe(0);
  });

  it("finds what still shows an upload through indexes, never a scan of items or profiles", () => {
    const plan = sqlite
      .prepare(`explain query plan ${RELEASE_UPLOAD_SQL}`)
      .all({ uploadId: "x" })
      .map((r) => (r as { detail: string }).detail);
    expect(plan.filter((d) => d.startsWith("SCAN"))).toEqual([]);
    expect(plan.join("\n")).toMatch(/portfolio_items_image_idx/);
    expect(plan.join("\n")).toMatch(/creator_profiles_avatar_idx/);
    expect(plan.join("\n")).toMatch(/creator_profiles_banner_idx/);
  });
});
