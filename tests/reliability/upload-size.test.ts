import http from "node:http";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { creatorProfiles } from "~/db/schema";
import { MAX_UPLOAD_BYTES } from "~/models/portfolio/images.server";
import { addItem, getItem } from "~/models/portfolio/items.server";
import { TOO_LARGE } from "~/models/portfolio/upload.server";
import { UPLOAD_BODY_LIMIT } from "~/utils/origin-check.server";
import { UPLOAD_APP_REFUSAL_LIMIT } from "../../server/request-guards";
import { startApp, workerPort, type AppProcess } from "./support/app-process";
import { changedTables, rowCounts } from "./support/db-state";
import { creatorWithPage } from "./support/fixtures";
import { nextIp } from "./support/http";

/**
 * Too-large photos on the upload pages, through the production server: the browser must be able
 * to finish sending (it reads the answer only then) and get the editor back with the message next
 * to the file field, with JavaScript (Remix's fetch to `.data`) or without (a document POST).
 */

const MB = 1024 * 1024;
/** Just over the app's limit (5 MB image + 256 KB of form), refused from Content-Length. */
const OVER_APP_LIMIT = MAX_UPLOAD_BYTES + 300 * 1024;
/** Just over the 6 MB the server's guard used to answer itself with a bare page. */
const OVER_OLD_GUARD_LIMIT = UPLOAD_BODY_LIMIT + 64 * 1024;
const MESSAGE = TOO_LARGE.replace(/;.*/, "");

let app: AppProcess;

beforeAll(async () => {
  app = await startApp({ port: workerPort(0), dbFile: process.env.DATABASE_PATH! });
});
afterAll(async () => {
  await app?.stop();
});

type Answer = { status: number; type: string; location: string | null; text: string };

async function multipart(fields: Record<string, string>, imageBytes: number) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append(
    "image",
    new File([new Uint8Array(imageBytes)], "IMG_0412.jpg", { type: "image/jpeg" }),
  );
  const prepared = new Request("http://localhost/", { method: "POST", body: form });
  return {
    body: Buffer.from(await prepared.arrayBuffer()),
    type: prepared.headers.get("Content-Type")!,
  };
}

/**
 * POSTs like a browser, which looks at the answer only once it has sent the whole body: the answer
 * counts when the body is sent and the response read. Then asks for /healthcheck on the same
 * connection, which is answered only if the server read the first body to its end (a server that
 * stopped reading leaves the rest in the socket, and a browser sending it for good).
 */
async function upload(
  path: string,
  {
    cookie,
    fields = {},
    imageBytes,
    js = false,
  }: { cookie?: string; fields?: Record<string, string>; imageBytes: number; js?: boolean },
): Promise<Answer & { size: number }> {
  const { body, type } = await multipart(fields, imageBytes);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const ip = nextIp();
  const send = (
    method: string,
    to: string,
    payload?: Buffer,
    headers: Record<string, string> = {},
  ) =>
    new Promise<Answer & { reused: boolean }>((resolve, reject) => {
      const req = http.request(`${app.url}${to}`, {
        method,
        agent,
        headers: { "x-forwarded-for": ip, ...headers },
      });
      const sent = new Promise<void>((done) => req.on("finish", done));
      req.on("error", reject);
      req.setTimeout(20_000, () =>
        req.destroy(new Error(`${method} ${to}: body not sent or no answer in 20 s`)),
      );
      req.on("response", (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("error", reject);
        res.on("end", () =>
          sent.then(() =>
            resolve({
              status: res.statusCode ?? 0,
              type: String(res.headers["content-type"] ?? ""),
              location: res.headers.location ?? null,
              text,
              reused: req.reusedSocket,
            }),
          ),
        );
      });
      req.end(payload);
    });
  try {
    const answer = await send("POST", path, body, {
      "Content-Type": type,
      "Content-Length": String(body.length),
      Origin: app.url,
      "Sec-Fetch-Site": "same-origin",
      Accept: js ? "*/*" : "text/html,application/xhtml+xml",
      ...(cookie ? { Cookie: cookie } : {}),
    });
    const again = await send("GET", "/healthcheck");
    expect(again.status, "the connection is still usable: the body was read to its end").toBe(200);
    expect(again.reused).toBe(true);
    return { ...answer, size: body.length };
  } finally {
    agent.destroy();
  }
}

function profileImages(userId: string) {
  return db
    .select({ avatar: creatorProfiles.avatarImageId, banner: creatorProfiles.bannerImageId })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.userId, userId))
    .get();
}

describe("a too-large photo on the photos page", () => {
  it.each([
    ["just over the app's limit", OVER_APP_LIMIT],
    ["an image part just over 5 MB in a body under the limit", MAX_UPLOAD_BYTES + 16 * 1024],
    ["just over the old 6 MB guard limit", OVER_OLD_GUARD_LIMIT],
    ["a 20 MB phone photo", 20 * MB],
  ])(
    "without JavaScript, %s: the page back with the message next to the field, nothing written",
    async (_label, imageBytes) => {
      const owner = await creatorWithPage();
      const before = rowCounts();
      const res = await upload("/dashboard/profile/media?which=banner", {
        cookie: owner.cookie,
        fields: { which: "banner" },
        imageBytes,
      });
      expect(res.status).toBe(413);
      expect(res.type).toMatch(/text\/html/);
      expect(res.text).toContain("<h1");
      expect(res.text).toMatch(new RegExp(`id="banner-file-error"[^>]*><li[^>]*>${MESSAGE}`));
      expect(res.text).not.toContain("That is too large");
      expect(changedTables(before, rowCounts())).toEqual([]);
      expect(profileImages(owner.id)).toEqual({ avatar: null, banner: null });
    },
  );

  it.each([
    ["just over the app's limit", OVER_APP_LIMIT],
    ["just over the old 6 MB guard limit", OVER_OLD_GUARD_LIMIT],
  ])(
    "with JavaScript (Remix's fetch), %s: a 413 Remix reads, with the message",
    async (_label, imageBytes) => {
      const owner = await creatorWithPage();
      const before = rowCounts();
      const res = await upload("/dashboard/profile/media.data?which=avatar", {
        cookie: owner.cookie,
        fields: { which: "avatar" },
        imageBytes,
        js: true,
      });
      expect(res.status).toBe(413);
      // Single fetch's turbo-stream, not an HTML page.
      expect(res.type).toMatch(/text\/x-script/);
      expect(res.text).toContain(MESSAGE);
      expect(res.text).toContain("avatar");
      expect(changedTables(before, rowCounts())).toEqual([]);
      expect(profileImages(owner.id)).toEqual({ avatar: null, banner: null });
    },
  );
});

describe("a too-large image on the portfolio item forms", () => {
  const fields = { kind: "image", title: "Spring campaign", description: "" };

  it.each([
    ["just over the app's limit", OVER_APP_LIMIT, false],
    ["just over the old 6 MB guard limit", OVER_OLD_GUARD_LIMIT, false],
    ["just over the old 6 MB guard limit, with JavaScript", OVER_OLD_GUARD_LIMIT, true],
  ])("adding an item, %s: 413 with the message on the image field", async (_l, size, js) => {
    const owner = await creatorWithPage();
    const before = rowCounts();
    const res = await upload(js ? "/dashboard/profile/items.data" : "/dashboard/profile/items", {
      cookie: owner.cookie,
      fields,
      imageBytes: size,
      js,
    });
    expect(res.status).toBe(413);
    if (js) expect(res.text).toContain(MESSAGE);
    else expect(res.text).toMatch(new RegExp(`id="item-image-error"[^>]*><li[^>]*>${MESSAGE}`));
    expect(changedTables(before, rowCounts())).toEqual([]);
  });

  it("editing an item, just over the old 6 MB guard limit: 413 on the image field, the item unchanged", async () => {
    const owner = await creatorWithPage();
    const item = addItem(owner.id, {
      kind: "link",
      title: "Before",
      url: "https://example.com/work",
      description: "",
      brand: "",
      featured: false,
    });
    if (!item || item === "limit") throw new Error("fixture item not created");
    const before = rowCounts();
    const res = await upload(`/dashboard/profile/items/${item.id}`, {
      cookie: owner.cookie,
      fields: { ...fields, title: "After", url: "https://example.com/work" },
      imageBytes: OVER_OLD_GUARD_LIMIT,
    });
    expect(res.status).toBe(413);
    expect(res.text).toMatch(new RegExp(`id="item-image-error"[^>]*><li[^>]*>${MESSAGE}`));
    expect(changedTables(before, rowCounts())).toEqual([]);
    expect(getItem(owner.id, item.id)).toMatchObject({ title: "Before", imageId: null });
  });
});

describe("answers given before the body is read still reach the browser", () => {
  it("signed out: the redirect to the login page", async () => {
    const res = await upload("/dashboard/profile/media?which=avatar", {
      fields: { which: "avatar" },
      imageBytes: 10 * MB,
    });
    expect(res.status).toBe(302);
    expect(res.location).toMatch(/^\/login/);
  });

  it("an item that is not the creator's: 404", async () => {
    const owner = await creatorWithPage();
    const res = await upload("/dashboard/profile/items/no-such-item", {
      cookie: owner.cookie,
      fields: { kind: "image", title: "x" },
      imageBytes: 3 * MB,
    });
    expect(res.status).toBe(404);
  });

  it("over 25 MB the server's guard refuses (413) without the app, after reading the body", async () => {
    const owner = await creatorWithPage();
    const before = rowCounts();
    const res = await upload("/dashboard/profile/media?which=avatar", {
      cookie: owner.cookie,
      fields: { which: "avatar" },
      imageBytes: UPLOAD_APP_REFUSAL_LIMIT + 64 * 1024,
    });
    expect(res.status).toBe(413);
    expect(res.text).toContain("That is too large");
    expect(changedTables(before, rowCounts())).toEqual([]);
  });
});
