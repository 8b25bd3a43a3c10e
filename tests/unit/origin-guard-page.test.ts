import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequest } from "@remix-run/node-fetch-server";
import connect from "connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REFUSED_PAGE_PATH } from "~/utils/origin-check.server";
import { bodySizeGuard, originGuard } from "../../server/request-guards";

/**
 * The origin guard in front of an app that, like Remix, wraps each request in a Fetch Request: a
 * form posted from another site is answered with the app's own page for it (a GET of
 * REFUSED_PAGE_PATH, which the app answers 403 in the site's layout), never with the POST.
 */
describe("originGuard", () => {
  let server: http.Server;
  let base: string;
  const seenByApp: { method?: string; url?: string; length?: string }[] = [];

  beforeAll(async () => {
    const app = connect();
    app.use(originGuard(undefined));
    app.use(bodySizeGuard());
    app.use((req: http.IncomingMessage, res: http.ServerResponse) => {
      createRequest(req, res, { protocol: "http:", host: "localhost" });
      seenByApp.push({
        method: req.method,
        url: req.url,
        length: req.headers["content-length"],
      });
      // The app's page for the refusal: here, its address back with the status it would give.
      res.statusCode = req.url?.startsWith(REFUSED_PAGE_PATH) ? 403 : 302;
      res.setHeader("Content-Type", "text/html");
      res.end(`<h1>page</h1><p>${req.url}</p>`);
    });
    server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends one request and then a GET on the same connection (answered only if the body was read). */
  async function sendThenAgain(path: string, headers: Record<string, string>, body: string) {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, extra: Record<string, string>, payload?: string) =>
      new Promise<{
        status: number;
        text: string;
        headers: http.IncomingHttpHeaders;
        reused: boolean;
      }>((resolve, reject) => {
        const req = http.request(`${base}${path}`, { method, agent, headers: extra });
        req.on("error", reject);
        req.setTimeout(10_000, () => req.destroy(new Error("not answered in 10 s")));
        req.on("response", (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (text += c));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              text,
              headers: res.headers,
              reused: req.reusedSocket,
            }),
          );
        });
        req.end(payload);
      });
    try {
      const first = await send("POST", headers, body);
      const second = await send("GET", {});
      return { first, second };
    } finally {
      agent.destroy();
    }
  }

  const form = "name=Mallory&message=" + "x".repeat(5000);
  const formHeaders = {
    "Content-Type": "application/x-www-form-urlencoded",
    "Content-Length": String(form.length),
  };

  it("hands a cross-site form post on to the app's 403 page as a GET without its body", async () => {
    seenByApp.length = 0;
    const { first, second } = await sendThenAgain(
      "/maya-lee",
      { ...formHeaders, Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
      form,
    );
    expect(first.status).toBe(403);
    expect(first.text).toContain(`${REFUSED_PAGE_PATH}?reason=cross-site`);
    expect(first.headers["cache-control"]).toBe("no-store");
    // The app was asked for its page, never for the POST; the connection goes on.
    expect(seenByApp[0]).toEqual({
      method: "GET",
      url: `${REFUSED_PAGE_PATH}?reason=cross-site`,
      length: undefined,
    });
    expect(second).toMatchObject({ status: 302, reused: true });
  });

  it("answers Remix's data requests (JavaScript on) with its own plain 403 page, as before", async () => {
    seenByApp.length = 0;
    const { first } = await sendThenAgain(
      "/maya-lee.data",
      { ...formHeaders, Origin: "https://evil.example" },
      form,
    );
    expect(first.status).toBe(403);
    expect(first.text).toContain("This form came from another site");
    expect(first.text).toContain('<a href="/">');
    // The app saw only the GET sent after it.
    expect(seenByApp).toEqual([{ method: "GET", url: "/maya-lee.data", length: undefined }]);
  });

  it("lets the site's own posts through untouched", async () => {
    seenByApp.length = 0;
    const { first } = await sendThenAgain(
      "/maya-lee",
      { ...formHeaders, Origin: base, "Sec-Fetch-Site": "same-origin" },
      form,
    );
    expect(first.status).toBe(302);
    expect(seenByApp[0]).toEqual({ method: "POST", url: "/maya-lee", length: String(form.length) });
  });
});
