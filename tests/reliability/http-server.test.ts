import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, workerPort, type AppProcess } from "./support/app-process";
import { creatorWithPage } from "./support/fixtures";
import { request } from "./support/http";

/** The HTTP server in front of Remix (server/web.ts, server/remix-handler.ts; decision 025). */
let app: AppProcess;

beforeAll(async () => {
  // No APP_URL: links are built from the URL the request was made to.
  app = await startApp({
    port: workerPort(0),
    dbFile: process.env.DATABASE_PATH!,
    env: { APP_URL: undefined },
  });
});
afterAll(async () => {
  await app?.stop();
});

/** A GET with a Host header of our choosing, which fetch would not send. */
function getWithHost(host: string, path: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: app.port, path, headers: { host }, setHost: false, agent: false },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

describe("the HTTP server", () => {
  it("builds the page's URL from the proxy's forwarded protocol and host, else from Host", async () => {
    const creator = await creatorWithPage();
    const forwarded = await request(app.url, `/${creator.slug}`, {
      headers: { "x-forwarded-proto": "https", "x-forwarded-host": "gigfolio.example" },
    });
    expect(forwarded.status).toBe(200);
    expect(canonicalOf(forwarded.text)).toBe(`https://gigfolio.example/${creator.slug}`);

    const direct = await request(app.url, `/${creator.slug}`);
    expect(canonicalOf(direct.text)).toBe(`http://127.0.0.1:${app.port}/${creator.slug}`);
  });

  it("answers a Host that makes no URL with 400, not a server error", async () => {
    const res = await getWithHost("not a host", "/creators");
    expect(res.status).toBe(400);
    expect(res.text).toContain("Bad request");
    // The server is fine afterwards.
    expect((await getWithHost(`127.0.0.1:${app.port}`, "/creators")).status).toBe(200);
  });

  it("sends a page whole, with its length and the standard status line", async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get(`${app.url}/login`, { agent: false }, resolve).on("error", reject),
    );
    res.resume();
    expect(res.statusCode).toBe(200);
    expect(res.statusMessage).toBe("OK");
    expect(Number(res.headers["content-length"])).toBeGreaterThan(1000);
    expect(res.headers["transfer-encoding"]).toBeUndefined();
  });
});
