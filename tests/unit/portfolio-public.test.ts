import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { pendingViewCount } from "~/models/analytics/view-queue.server";
import { ImageError, MAX_UPLOAD_BYTES, processUpload } from "~/models/portfolio/images.server";
import { saveProfile } from "~/models/portfolio/profiles.server";
import { setProfileImage } from "~/models/portfolio/public-portfolio.server";
import { loader as slugLoader, meta } from "~/routes/$slug";
import { loader as ogLoader } from "~/routes/$slug_.og[.]png";
import { loader as kitLoader } from "~/routes/$slug_.media-kit";
import { action as mediaAction } from "~/routes/dashboard.profile_.media";
import { loader as mediaLoader } from "~/routes/media.$file";
import { args, dataOf, locationOf, makeRequest, sessionCookie, settle, statusOf } from "../utils";
import { makeCreator, uid } from "./portfolio-helpers";

async function png(width = 64, height = 64) {
  return sharp({ create: { width, height, channels: 3, background: "#3366ff" } })
    .png()
    .toBuffer();
}

function uploadRequest(
  path: string,
  cookie: string,
  file: File,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("image", file);
  return new Request(`http://localhost:3000${path}`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie },
  });
}

describe("visibility", () => {
  it("unlisted pages open by link with noindex; private pages are 404 except for the owner", async () => {
    const { user, slug, input } = await makeCreator({ visibility: "unlisted" });
    const page = await settle(() => slugLoader(args(makeRequest(`/${slug}`), { slug })));
    expect(page.thrown).toBe(false);
    const tags = meta({ data: dataOf(page.value) } as never) as Record<string, string>[];
    expect(tags).toContainEqual({ name: "robots", content: "noindex, nofollow" });
    saveProfile(user.id, { ...input, visibility: "private" });
    const anon = await settle(() => slugLoader(args(makeRequest(`/${slug}`), { slug })));
    expect(statusOf(anon.value)).toBe(404);
    expect(
      statusOf(
        (await settle(() => ogLoader(args(makeRequest(`/${slug}/og.png`), { slug })))).value,
      ),
    ).toBe(404);
    expect(
      statusOf(
        (await settle(() => kitLoader(args(makeRequest(`/${slug}/media-kit`), { slug })))).value,
      ),
    ).toBe(404);
    const { cookie } = await sessionCookie(user.id);
    const owner = await settle(() =>
      slugLoader(args(makeRequest(`/${slug}`, { cookie }), { slug })),
    );
    expect(owner.thrown).toBe(false);
    expect(dataOf<{ isOwner: boolean }>(owner.value).isOwner).toBe(true);
  });

  it("answers an old slug with a 301 to the new one, keeping the rest of the path", async () => {
    const { user, slug, input } = await makeCreator();
    const next = `new-${uid()}`;
    saveProfile(user.id, { ...input, slug: next });
    const old = await settle(() => slugLoader(args(makeRequest(`/${slug}?ref=x`), { slug })));
    expect(statusOf(old.value)).toBe(301);
    expect(locationOf(old.value)).toBe(`/${next}?ref=x`);
    const kit = await settle(() => kitLoader(args(makeRequest(`/${slug}/media-kit`), { slug })));
    expect(statusOf(kit.value)).toBe(301);
    expect(locationOf(kit.value)).toBe(`/${next}/media-kit`);
  });

  it("puts OG, Twitter, canonical and JSON-LD (with aggregateRating once reviewed) on the page", async () => {
    const { user, slug } = await makeCreator({ headline: "Sunset photographer" });
    const first = dataOf<{ jsonLd: string; canonical: string }>(
      (await settle(() => slugLoader(args(makeRequest(`/${slug}`), { slug })))).value,
    );
    expect(JSON.parse(first.jsonLd)).toMatchObject({
      "@type": "ProfilePage",
      mainEntity: { "@type": "Person", name: "Test Creator", jobTitle: "Sunset photographer" },
    });
    expect(JSON.parse(first.jsonLd).mainEntity.aggregateRating).toBeUndefined();
    sqlite
      .prepare("update creator_profiles set rating_avg = 4.5, review_count = 2 where user_id = ?")
      .run(user.id);
    const loaded = dataOf(
      (await settle(() => slugLoader(args(makeRequest(`/${slug}`), { slug })))).value,
    );
    const ld = JSON.parse((loaded as { jsonLd: string }).jsonLd);
    expect(ld.mainEntity.aggregateRating).toMatchObject({ ratingValue: 4.5, reviewCount: 2 });
    const tags = meta({ data: loaded } as never) as Record<string, string>[];
    expect(tags).toContainEqual({
      property: "og:image",
      content: `http://localhost:3000/${slug}/og.png`,
    });
    expect(tags).toContainEqual({ name: "twitter:card", content: "summary_large_image" });
    expect(tags).toContainEqual({
      tagName: "link",
      rel: "canonical",
      href: `http://localhost:3000/${slug}`,
    });
    expect(tags.find((t) => t.name === "robots")).toBeUndefined();
  });

  it("renders the share image as a 1200x630 PNG", async () => {
    const { slug } = await makeCreator({ headline: "Hello <world> & friends" });
    const res = (await ogLoader(args(makeRequest(`/${slug}/og.png`), { slug }))) as Response;
    expect(res.headers.get("Content-Type")).toBe("image/png");
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });

  it("counts a view in memory without writing in the GET", async () => {
    const { slug } = await makeCreator();
    const before = pendingViewCount();
    const rows = () =>
      (sqlite.prepare("select count(*) as n from profile_views").get() as { n: number }).n;
    const written = rows();
    await slugLoader(
      args(
        makeRequest(`/${slug}`, {
          headers: { "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/120" },
        }),
        { slug },
      ),
    );
    expect(pendingViewCount()).toBe(before + 1);
    expect(rows()).toBe(written);
    // Bots are not counted.
    await slugLoader(
      args(makeRequest(`/${slug}`, { headers: { "User-Agent": "Googlebot/2.1" } }), { slug }),
    );
    expect(pendingViewCount()).toBe(before + 1);
  });
});

describe("images", () => {
  it("resizes an upload into variants served by content hash with immutable caching", async () => {
    const { user, slug } = await makeCreator();
    const id = await processUpload(
      user.id,
      new File([await png(800, 600)], "me.png", { type: "image/png" }),
      "avatar",
    );
    setProfileImage(user.id, "avatar", id);
    const page = dataOf<{ profile: { avatar: string } }>(
      (await settle(() => slugLoader(args(makeRequest(`/${slug}`), { slug })))).value,
    );
    expect(page.profile.avatar).toMatch(/^\/media\/[0-9a-f]{64}\.webp$/);
    const file = page.profile.avatar.slice("/media/".length);
    const res = (await mediaLoader(args(makeRequest(page.profile.avatar), { file }))) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([256, 256]);
    expect(
      ((await mediaLoader(args(makeRequest("/media/x.webp"), { file: "x.webp" }))) as Response)
        .status,
    ).toBe(404);
  });

  it("refuses the wrong type, a fake image and oversized files with clear messages", async () => {
    const { user } = await makeCreator();
    await expect(
      processUpload(user.id, new File(["GIF89a"], "a.gif", { type: "image/gif" }), "avatar"),
    ).rejects.toThrow(/JPEG, PNG or WebP/);
    await expect(
      processUpload(user.id, new File(["not an image"], "a.png", { type: "image/png" }), "avatar"),
    ).rejects.toThrow(ImageError);
    const big = new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], "big.png", { type: "image/png" });
    await expect(processUpload(user.id, big, "avatar")).rejects.toThrow(/larger than 5 MB/);
  });

  it("the photos page answers 400 next to the field for a bad file and 413 for an oversized body", async () => {
    const { user } = await makeCreator();
    const { cookie } = await sessionCookie(user.id);
    const bad = await mediaAction(
      args(
        uploadRequest(
          "/dashboard/profile/media?which=avatar",
          cookie,
          new File(["hello"], "x.png", { type: "image/png" }),
          { which: "avatar", intent: "upload" },
        ),
      ),
    );
    expect(statusOf(bad)).toBe(400);
    expect(dataOf<{ error: string }>(bad).error).toMatch(/not a readable image/);
    const huge = new File([new Uint8Array(MAX_UPLOAD_BYTES + 10)], "x.png", { type: "image/png" });
    const big = await mediaAction(
      args(
        uploadRequest("/dashboard/profile/media?which=banner", cookie, huge, {
          which: "banner",
          intent: "upload",
        }),
      ),
    );
    expect(statusOf(big)).toBe(413);
    expect(dataOf<{ which: string; error: string }>(big)).toMatchObject({
      which: "banner",
      error: expect.stringMatching(/5 MB/),
    });
    const ok = await mediaAction(
      args(
        uploadRequest(
          "/dashboard/profile/media?which=banner",
          cookie,
          new File([await png(1600, 900)], "b.png", { type: "image/png" }),
          { which: "banner", intent: "upload" },
        ),
      ),
    );
    expect(locationOf(ok)).toBe("/dashboard/profile/media?saved=banner");
  });
});
