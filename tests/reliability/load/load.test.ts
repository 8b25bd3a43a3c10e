import autocannon from "autocannon";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { inquiries } from "~/db/schema";
import { startApp, workerPort, type AppProcess } from "../support/app-process";
import { creatorWithPage } from "../support/fixtures";
import { formBody } from "../support/http";

/** `npm run test:load`: mixed reads and writes at 50 connections for 60 s (LOAD_SECONDS, LOAD_CONNECTIONS). */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);

let app: AppProcess;
let creator: Awaited<ReturnType<typeof creatorWithPage>>;

beforeAll(async () => {
  app = await startApp({ port: workerPort(0), dbFile: process.env.DATABASE_PATH! });
  creator = await creatorWithPage({ bio: "Under load." });
});
afterAll(() => app?.stop());

describe("load", () => {
  it(
    `${CONNECTIONS} connections for ${SECONDS} s of mixed reads and writes: no 5xx, every acknowledged write stored`,
    async () => {
      const rows = () =>
        db.select({ n: count() }).from(inquiries).where(eq(inquiries.creatorId, creator.id)).get()!
          .n;
      const before = rows();
      let acknowledged = 0;
      let ip = 0;
      const withIp = (req: { headers?: Record<string, string> }) => {
        ip++;
        // A different client address per write, as many visitors would be (per-IP limits apply otherwise).
        req.headers = {
          ...req.headers,
          "x-forwarded-for": `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
        };
        return req;
      };
      const result = await autocannon({
        url: app.url,
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 20,
        requests: [
          { method: "GET", path: "/" },
          { method: "GET", path: `/${creator.slug}` },
          { method: "GET", path: "/creators" },
          {
            method: "POST",
            path: `/${creator.slug}`,
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: formBody({
              name: "Load tester",
              email: "load@example.com",
              message: "A message sent while the server is under load.",
            }).toString(),
            setupRequest: withIp as never,
            onResponse: (status: number) => {
              if (status === 302) acknowledged++;
            },
          },
          { method: "GET", path: "/healthcheck" },
        ],
      });
      const after = rows();
      console.log(
        `load: ${result.requests.total} requests in ${SECONDS} s (${Math.round(result.requests.average)}/s, p99 latency ${result.latency.p99} ms); ` +
          `2xx ${result["2xx"]}, 3xx ${result["3xx"]}, 4xx ${result["4xx"]}, 5xx ${result["5xx"]}, errors ${result.errors}, timeouts ${result.timeouts}; ` +
          `${acknowledged} writes acknowledged, ${after - before} rows written`,
      );
      expect(result["5xx"]).toBe(0);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(acknowledged).toBeGreaterThan(0);
      expect(after - before).toBe(acknowledged);
      expect(app.output()).not.toMatch(/SQLITE_BUSY|database is locked/);
    },
    (SECONDS + 60) * 1000,
  );
});
