import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequest } from "@remix-run/node-fetch-server";
import connect from "connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "~/models/portfolio/images.server";
import { readUploadForm, TOO_LARGE, UploadTooLargeError } from "~/models/portfolio/upload.server";
import { TOO_LARGE_PAGE_PATH, UPLOAD_BODY_LIMIT } from "~/utils/origin-check.server";
import { bodySizeGuard, UPLOAD_APP_REFUSAL_LIMIT } from "../../server/request-guards";

const MB = 1024 * 1024;

/** A multipart body as a browser sends it: its bytes and its Content-Type. */
async function multipart(fields: Record<string, string>, imageBytes: number) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("image", new File([new Uint8Array(imageBytes)], "photo.jpg", { type: "image/jpeg" }));
  const prepared = new Request("http://localhost/x", { method: "POST", body: form });
  return {
    bytes: new Uint8Array(await prepared.arrayBuffer()),
    type: prepared.headers.get("Content-Type")!,
  };
}

/** A request whose body is handed out 64 KB at a time, counting what was read of it. */
function countingRequest(bytes: Uint8Array, type: string, contentLength = bytes.length) {
  let offset = 0;
  const read = { bytes: 0, done: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= bytes.length) {
          read.done = true;
          return controller.close();
        }
        const chunk = bytes.subarray(offset, offset + 64 * 1024);
        offset += chunk.length;
        read.bytes += chunk.length;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://localhost/dashboard/profile/media?which=avatar", {
    method: "POST",
    body,
    headers: { "Content-Type": type, "Content-Length": String(contentLength) },
    duplex: "half",
  } as RequestInit);
  return { request, read };
}

describe("readUploadForm reads a refused body to its end before refusing", () => {
  it("a body over the limit by Content-Length: refused, the image not kept, the fields beside it read, every byte read", async () => {
    const { bytes, type } = await multipart({ which: "avatar" }, MAX_UPLOAD_BYTES + 512 * 1024);
    const { request, read } = countingRequest(bytes, type);
    const error = await readUploadForm(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadTooLargeError);
    const fields = (error as UploadTooLargeError).fields!;
    expect(fields.get("which")).toBe("avatar");
    expect(fields.has("image")).toBe(false);
    expect(read).toEqual({ bytes: bytes.length, done: true });
  });

  it("a body that is not multipart and over the limit by Content-Length: refused unparsed, every byte read", async () => {
    const bytes = new TextEncoder().encode(`about=${"a".repeat(MAX_UPLOAD_BYTES + 512 * 1024)}`);
    const { request, read } = countingRequest(bytes, "application/x-www-form-urlencoded");
    const error = await readUploadForm(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadTooLargeError);
    expect((error as UploadTooLargeError).fields).toBeUndefined();
    expect(read).toEqual({ bytes: bytes.length, done: true });
  });

  it("an image part over 5 MB in a body under the limit: refused once the part passes it, the rest read", async () => {
    const { bytes, type } = await multipart({ which: "avatar" }, MAX_UPLOAD_BYTES + 10 * 1024);
    expect(bytes.length).toBeLessThan(MAX_UPLOAD_BYTES + 256 * 1024);
    const { request, read } = countingRequest(bytes, type);
    const error = await readUploadForm(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadTooLargeError);
    expect((error as Error).message).toBe(TOO_LARGE);
    expect((error as UploadTooLargeError).fields?.get("which")).toBe("avatar");
    expect(read).toEqual({ bytes: bytes.length, done: true });
  });

  it("a malformed body: the parser's error, and the rest read", async () => {
    const bytes = new TextEncoder().encode(`--xyz\r\nno-colon-here\r\n\r\n${"a".repeat(300_000)}`);
    const { request, read } = countingRequest(bytes, "multipart/form-data; boundary=xyz");
    await expect(readUploadForm(request)).rejects.toThrow(/malformed/);
    expect(read).toEqual({ bytes: bytes.length, done: true });
  });

  it("an image within the limit is read whole, with the fields beside it", async () => {
    const { bytes, type } = await multipart({ which: "banner", intent: "upload" }, 2 * MB);
    const { request, read } = countingRequest(bytes, type);
    const form = await readUploadForm(request);
    expect(form.get("which")).toBe("banner");
    expect((form.get("image") as File).size).toBe(2 * MB);
    expect(read.done).toBe(true);
  });

  it("an urlencoded form is read as before", async () => {
    const request = new Request("http://localhost/dashboard/profile/items", {
      method: "POST",
      body: new URLSearchParams({ intent: "delete", id: "abc" }),
    });
    const form = await readUploadForm(request);
    expect(form.get("intent")).toBe("delete");
  });
});

/**
 * The guard in front of an app that, like Remix, wraps the body in a Fetch stream and may answer
 * without reading it: here it always answers at once, unread.
 */
describe("bodySizeGuard", () => {
  let server: http.Server;
  let base: string;
  const seenByApp: number[] = [];
  const pagesAsked: { method?: string; url?: string; length?: string; type?: string }[] = [];

  beforeAll(async () => {
    const app = connect();
    app.use(bodySizeGuard());
    app.use((req: http.IncomingMessage, res: http.ServerResponse) => {
      createRequest(req, res, { protocol: "http:", host: "localhost" });
      if (req.url?.startsWith(TOO_LARGE_PAGE_PATH)) {
        // The app's page for it: here, its address back.
        pagesAsked.push({
          method: req.method,
          url: req.url,
          length: req.headers["content-length"],
          type: req.headers["content-type"],
        });
        res.statusCode = 413;
        res.setHeader("Content-Type", "text/html");
        return res.end(`<h1>That is too large</h1><p>${req.url}</p>`);
      }
      if (req.method === "POST") seenByApp.push(Number(req.headers["content-length"]));
      res.statusCode = 302;
      res.setHeader("Location", "/login");
      res.setHeader("Content-Length", "0");
      res.end();
    });
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /**
   * POSTs `size` bytes, then asks again on the same connection: the second answer comes only if
   * the server read the first body to its end.
   */
  async function postThenAgain(path: string, size: number) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, body?: Buffer) =>
      new Promise<{ status: number; text: string; sentAll: boolean; reused: boolean }>(
        (resolve, reject) => {
          // Like a browser, done once it has sent everything and read the whole answer.
          const req = http.request(`${base}${path}`, {
            method,
            agent,
            headers: body ? { "Content-Length": String(body.length) } : {},
          });
          const sent = new Promise<void>((done) => req.on("finish", done));
          req.on("error", reject);
          req.setTimeout(15_000, () =>
            req.destroy(new Error(`${method} ${path}: not sent or not answered in 15 s`)),
          );
          req.on("response", (res) => {
            let text = "";
            res.setEncoding("utf8");
            res.on("data", (c: string) => (text += c));
            res.on("end", () =>
              sent.then(() =>
                resolve({
                  status: res.statusCode ?? 0,
                  text,
                  sentAll: true,
                  reused: req.reusedSocket,
                }),
              ),
            );
          });
          req.end(body);
        },
      );
    try {
      const first = await send("POST", Buffer.alloc(size));
      const second = await send("GET");
      return { first, second };
    } finally {
      agent.destroy();
    }
  }

  it("lets the upload routes' bodies up to 25 MB through to the app, and reads what the app left", async () => {
    expect(UPLOAD_APP_REFUSAL_LIMIT).toBe(25 * MB);
    for (const size of [UPLOAD_BODY_LIMIT + 64 * 1024, 20 * MB]) {
      seenByApp.length = 0;
      const { first, second } = await postThenAgain("/dashboard/profile/media.data", size);
      expect(first).toMatchObject({ status: 302, sentAll: true });
      expect(seenByApp).toEqual([size]);
      expect(second).toMatchObject({ status: 302, reused: true });
    }
  });

  it("refuses bodies over 25 MB on the upload routes and over 1 MB elsewhere with the app's page, after reading them", async () => {
    for (const [path, size, limit] of [
      ["/dashboard/profile/items", 26 * MB, UPLOAD_BODY_LIMIT],
      ["/signup", 1 * MB + 1, 1 * MB],
    ] as const) {
      seenByApp.length = 0;
      pagesAsked.length = 0;
      const { first, second } = await postThenAgain(path, size);
      expect(first.status).toBe(413);
      expect(first.sentAll).toBe(true);
      // The app was asked for its "too large" page, as a GET without a body; never for the POST.
      expect(pagesAsked).toEqual([{ method: "GET", url: `${TOO_LARGE_PAGE_PATH}?limit=${limit}` }]);
      expect(first.text).toContain(`${TOO_LARGE_PAGE_PATH}?limit=${limit}`);
      expect(seenByApp).toEqual([]);
      expect(second.reused).toBe(true);
    }
  });

  it("answers Remix's data requests (JavaScript on) with its own plain page, as before", async () => {
    seenByApp.length = 0;
    pagesAsked.length = 0;
    const { first, second } = await postThenAgain("/dashboard/profile/items.data", 26 * MB);
    expect(first.status).toBe(413);
    expect(first.text).toContain("bigger than the 6 MB this page accepts");
    expect(pagesAsked).toEqual([]);
    expect(seenByApp).toEqual([]);
    expect(second.reused).toBe(true);
  });
});
