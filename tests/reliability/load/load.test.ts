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
      // Each write carries its own number, so every response can be matched to the row it made.
      const sent = new Set<number>();
      const acknowledgedIds = new Set<number>();
      const refusedIds = new Set<number>();
      let ip = 0;
      const withIp = (
        req: { headers?: Record<string, string>; body?: string },
        context: { writeId?: number },
      ) => {
        ip++;
        sent.add(ip);
        context.writeId = ip;
        // A different client address per write, as many visitors would be (per-IP limits apply otherwise).
        req.headers = {
          ...req.headers,
          "x-forwarded-for": `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`,
        };
        req.body = formBody({
          name: "Load tester",
          email: "load@example.com",
          message: `Load message #${ip}# sent while the server is under load.`,
        }).toString();
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
            onResponse: (status: number, _body: string, context: { writeId?: number }) => {
              const id = context.writeId;
              if (id === undefined) return;
              if (status === 302) acknowledgedIds.add(id);
              else refusedIds.add(id);
            },
          },
          { method: "GET", path: "/healthcheck" },
        ],
      });
      // autocannon stops at the deadline without waiting for requests in flight; let the server finish them.
      await new Promise((r) => setTimeout(r, 2000));
      const after = rows();
      const written = new Set(
        db
          .select({ message: inquiries.message })
          .from(inquiries)
          .where(eq(inquiries.creatorId, creator.id))
          .all()
          .map((r) => Number(/#(\d+)#/.exec(r.message)?.[1] ?? NaN))
          .filter((n) => !Number.isNaN(n)),
      );
      const acknowledged = acknowledgedIds.size;
      // Requests abandoned by the client at the deadline got no answer: neither acknowledged nor refused.
      const unanswered = [...sent].filter((id) => !acknowledgedIds.has(id) && !refusedIds.has(id));
      console.log(
        `load: ${result.requests.total} requests in ${SECONDS} s (${Math.round(result.requests.average)}/s, p99 latency ${result.latency.p99} ms); ` +
          `2xx ${result["2xx"]}, 3xx ${result["3xx"]}, 4xx ${result["4xx"]}, 5xx ${result["5xx"]}, errors ${result.errors}, timeouts ${result.timeouts}; ` +
          `${acknowledged} writes acknowledged, ${after - before} rows written, ${unanswered.length} abandoned in flight at the deadline`,
      );
      expect(result["5xx"]).toBe(0);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(acknowledged).toBeGreaterThan(0);
      // Every acknowledged write is stored; nothing refused is stored; the only other rows are
      // requests the load generator abandoned in flight (at most one per connection).
      for (const id of acknowledgedIds)
        expect(written.has(id), `acknowledged write #${id} is missing`).toBe(true);
      for (const id of refusedIds)
        expect(written.has(id), `refused write #${id} was stored`).toBe(false);
      const extra = [...written].filter((id) => !acknowledgedIds.has(id));
      for (const id of extra)
        expect(unanswered.includes(id), `write #${id} stored without being sent`).toBe(true);
      expect(unanswered.length).toBeLessThanOrEqual(CONNECTIONS);
      expect(after - before).toBe(acknowledged + extra.length);
      expect(app.output()).not.toMatch(/SQLITE_BUSY|database is locked/);
    },
    (SECONDS + 60) * 1000,
  );
});
