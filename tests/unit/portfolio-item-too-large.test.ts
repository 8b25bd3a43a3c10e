import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "~/models/portfolio/images.server";
import { listItems } from "~/models/portfolio/items.server";
import * as itemsPage from "~/routes/dashboard.profile_.items";
import * as editPage from "~/routes/dashboard.profile_.items_.$itemId";
import { addItem } from "~/models/portfolio/items.server";
import { sessionCookie } from "../utils";
import { makeCreator } from "./portfolio-helpers";
import { renderRoute, textOf } from "./render-route";

const MB = 1024 * 1024;

const typed = {
  kind: "image",
  title: "Autumn lookbook",
  url: "",
  brand: "Fjord & Co",
  itemDate: "2025-10-01",
  description: "Twelve looks shot in one afternoon by the lake",
};

/**
 * The add-item form as a browser sends it, the image in the middle (where the form has it) and
 * Content-Length set, as it always is for a form post.
 */
async function post(path: string, cookie: string, imageBytes: number) {
  const form = new FormData();
  const { kind, title, url, brand, itemDate, description } = typed;
  for (const [k, v] of Object.entries({ kind, title, url })) form.append(k, v);
  form.append(
    "image",
    new File([new Uint8Array(imageBytes)], "IMG_0412.jpg", { type: "image/jpeg" }),
  );
  for (const [k, v] of Object.entries({ brand, itemDate, description })) form.append(k, v);
  const prepared = new Request("http://localhost/", { method: "POST", body: form });
  const bytes = new Uint8Array(await prepared.arrayBuffer());
  return new Request(`http://localhost:3000${path}`, {
    method: "POST",
    body: bytes,
    headers: {
      Cookie: cookie,
      "Content-Type": prepared.headers.get("Content-Type")!,
      "Content-Length": String(bytes.length),
    },
  });
}

function attribute(html: string, name: string, attr: string) {
  const tag = new RegExp(`<(input|textarea)[^>]*name="${name}"[^>]*>([^<]*)`).exec(html);
  if (!tag) return undefined;
  if (tag[1] === "textarea") return tag[2];
  return new RegExp(`${attr}="([^"]*)"`).exec(tag[0])?.[1];
}

describe("a portfolio item with an image over 5 MB", () => {
  // Just over the image limit (a part that overflows as it is read), and a phone photo of 9 MB (a
  // body over the limit by its Content-Length).
  for (const size of [MAX_UPLOAD_BYTES + 10 * 1024, 9 * MB]) {
    it(`keeps what was typed and says why beside the image (${(size / MB).toFixed(2)} MB)`, async () => {
      const { user } = await makeCreator();
      const { cookie } = await sessionCookie(user.id);
      const before = listItems(user.id).length;
      const page = await renderRoute(
        itemsPage,
        "/dashboard/profile/items",
        await post("/dashboard/profile/items", cookie, size),
      );
      expect(page.status).toBe(413);
      expect(listItems(user.id)).toHaveLength(before);
      // The message is next to the file field, which is marked invalid.
      expect(page.html).toMatch(
        /<input id="item-image" name="image" type="file"[^>]*aria-invalid="true"[^>]*aria-describedby="item-image-error"/,
      );
      expect(page.html).toMatch(
        /<ul id="item-image-error"[^>]*><li[^>]*>The image is larger than 5 MB/,
      );
      // The other fields come back as they were typed.
      expect(attribute(page.html, "title", "value")).toBe(typed.title);
      expect(textOf(attribute(page.html, "brand", "value") ?? "")).toBe(typed.brand);
      expect(attribute(page.html, "itemDate", "value")).toBe(typed.itemDate);
      expect(attribute(page.html, "description", "value")).toBe(typed.description);
    });
  }

  it("on the edit page too: the changes typed come back, not the saved values", async () => {
    const { user } = await makeCreator();
    const { cookie } = await sessionCookie(user.id);
    const item = addItem(user.id, {
      kind: "link",
      title: "Old title",
      url: "https://example.com/old",
      description: "",
      brand: "",
      featured: false,
    });
    if (!item || item === "limit") throw new Error("item not created");
    const path = `/dashboard/profile/items/${item.id}`;
    const page = await renderRoute(
      editPage,
      "/dashboard/profile/items/:itemId",
      await post(path, cookie, 7 * MB),
    );
    expect(page.status).toBe(413);
    expect(page.html).toMatch(
      /<ul id="item-image-error"[^>]*><li[^>]*>The image is larger than 5 MB/,
    );
    expect(attribute(page.html, "title", "value")).toBe(typed.title);
    expect(listItems(user.id).find((i) => i.id === item.id)?.title).toBe("Old title");
  });
});
