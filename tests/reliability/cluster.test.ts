import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { saveProfile } from "~/models/portfolio/profiles.server";
import { startApp, workerPort, type AppProcess } from "./support/app-process";
import { creatorWithPage, failLogins } from "./support/fixtures";
import { request } from "./support/http";
import { makeUser } from "../utils";

/**
 * WEB_CONCURRENCY=2 (server/cluster.ts, docs/decisions 016): a primary and two web processes. Each
 * request below goes out on a fresh connection, and the primary hands connections to the web
 * processes in turn, so consecutive requests are answered by different processes.
 */
let app: AppProcess;

const browser = {
  "User-Agent":
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
};

/** Whether a process exists (signal 0 only checks). */
function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The primary's live web processes, from the pids they print when they start listening. */
function webProcesses(): number[] {
  const pids = [...app.output().matchAll(/web process \d+ \(pid (\d+)\) listening/g)].map((m) =>
    Number(m[1]),
  );
  return pids.filter(alive).sort();
}

async function until<T>(read: () => T | Promise<T>, ok: (v: T) => boolean, ms = 10_000) {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

const viewsOf = (creatorId: string) =>
  sqlite
    .prepare("select coalesce(sum(count), 0) from profile_views where creator_id = ?")
    .pluck()
    .get(creatorId) as number;

beforeAll(async () => {
  app = await startApp({
    port: workerPort(3),
    dbFile: process.env.DATABASE_PATH!,
    env: { WEB_CONCURRENCY: "2" },
  });
});

afterAll(async () => {
  await app?.stop();
});

describe("several web processes", () => {
  it("a primary runs two web processes and replaces one that dies", async () => {
    expect(await until(webProcesses, (p) => p.length === 2)).toHaveLength(2);
    const [victim, survivor] = webProcesses();
    process.kill(victim!, "SIGKILL");
    // Once the primary has seen the exit, the other process answers every new connection. (A
    // connection handed to a worker at the instant it dies is lost with it: Node's cluster cannot
    // take it back, and that client waits for its own timeout.)
    await until(
      () => app.output(),
      (out) => /exited \(SIGKILL\); starting another/.test(out),
    );
    for (let i = 0; i < 4; i++)
      expect((await request(app.url, "/review/thanks", { timeoutMs: 10_000 })).status).toBe(200);
    const after = await until(webProcesses, (p) => p.length === 2 && !p.includes(victim!));
    expect(after).toHaveLength(2);
    expect(after).toContain(survivor);
    await until(
      () => request(app.url, "/healthcheck", { timeoutMs: 10_000 }).then((r) => r.status),
      (s) => s === 200,
    );
  });

  it("rate limits count attempts across processes: the 11th failed login from one address gets 429", async () => {
    const user = await makeUser("creator");
    const ip = "203.0.113.77";
    await failLogins(app.url, user.email, ip, 10);
    // With limits kept per process, each process would have seen only about five attempts.
    for (let i = 0; i < 2; i++) {
      const res = await request(app.url, "/login", {
        form: { email: user.email, password: user.password },
        headers: { "x-forwarded-for": ip },
        timeoutMs: 10_000,
      });
      expect(res.status).toBe(429);
      expect(res.text).toContain("Too many failed attempts");
    }
  });

  it("a write is seen at once by every process, though each keeps its own read cache", async () => {
    const creator = await creatorWithPage();
    const word = `zq${randomBytes(4).toString("hex")}`;
    // Both processes cache the empty answer.
    for (let i = 0; i < 4; i++) {
      const before = await request(app.url, `/creators?q=${word}`, { timeoutMs: 10_000 });
      expect(before.status).toBe(200);
      expect(before.text).toContain("No creators match");
    }
    // Written on another connection, as another web process would.
    saveProfile(creator.id, {
      displayName: creator.displayName,
      slug: creator.slug,
      headline: `Films ${word} for brands`,
      bio: "",
      visibility: "public",
      categoryIds: [],
    } as Parameters<typeof saveProfile>[1]);
    for (let i = 0; i < 4; i++) {
      const after = await request(app.url, `/creators?q=${word}`, { timeoutMs: 10_000 });
      expect(after.text).toContain(`/${creator.slug}`);
    }
  });

  it("views counted by each process are all flushed to the database", async () => {
    const creator = await creatorWithPage();
    for (let i = 0; i < 6; i++)
      expect(
        (await request(app.url, `/${creator.slug}`, { headers: browser, timeoutMs: 10_000 }))
          .status,
      ).toBe(200);
    expect(
      await until(
        () => viewsOf(creator.id),
        (n) => n >= 6,
      ),
    ).toBe(6);
  });

  it("SIGTERM stops every process cleanly, keeping views counted a moment before", async () => {
    const creator = await creatorWithPage();
    const workers = webProcesses();
    expect(workers).toHaveLength(2);
    for (let i = 0; i < 4; i++)
      expect(
        (await request(app.url, `/${creator.slug}`, { headers: browser, timeoutMs: 10_000 }))
          .status,
      ).toBe(200);
    // stop() sends SIGTERM and kills only if the process is still there after 3 seconds.
    await app.stop();
    expect(app.proc.exitCode).toBe(0);
    for (const pid of workers) expect(alive(pid), `web process ${pid}`).toBe(false);
    expect(viewsOf(creator.id)).toBe(4);
  });
});
