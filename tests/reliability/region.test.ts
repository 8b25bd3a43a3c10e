import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { expect as pwExpect } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, sqlite } from "~/db/client.server";
import { inquiries, users } from "~/db/schema";
import { startApp, workerPort, type AppProcess } from "./support/app-process";
import { creatorWithPage } from "./support/fixtures";
import { startFlyProxy, type FlyProxy } from "./support/fly-proxy";
import { request, sessionFrom } from "./support/http";
import { uniqueEmail } from "../utils";

/**
 * The simulated region (docs/decisions: reliability-region-simulation): a primary on the database
 * file, a replica opening the same file read-only (DATABASE_READONLY=true) whose LITEFS_DIR holds a
 * `.primary` file naming the primary, and a proxy that behaves like Fly + the LiteFS proxy.
 * Sharing the file stands in for LiteFS replication with its read-your-writes `__txid` wait.
 */
let primary: AppProcess;
let replica: AppProcess;
let proxy: FlyProxy;
const PRIMARY = "primary-1";

beforeAll(async () => {
  const dbFile = process.env.DATABASE_PATH!;
  const base = path.join(path.dirname(dbFile), `region-${process.pid}`);
  const primaryFs = path.join(base, "primary");
  const replicaFs = path.join(base, "replica");
  fs.mkdirSync(primaryFs, { recursive: true });
  fs.mkdirSync(replicaFs, { recursive: true });
  // LiteFS writes the primary's hostname into `.primary` on replicas only.
  fs.writeFileSync(path.join(replicaFs, ".primary"), PRIMARY);
  // APP_URL is the public address (the proxy): replicas forward queued view counts there.
  const APP_URL = `http://127.0.0.1:${workerPort(2)}`;
  primary = await startApp({
    port: workerPort(0),
    dbFile,
    env: { LITEFS_DIR: primaryFs, APP_URL },
  });
  replica = await startApp({
    port: workerPort(1),
    dbFile,
    env: { LITEFS_DIR: replicaFs, DATABASE_READONLY: "true", APP_URL },
  });
  proxy = await startFlyProxy({
    port: workerPort(2),
    replicaPort: replica.port,
    instances: { [PRIMARY]: primary.port },
    primaryName: PRIMARY,
  });
});

afterAll(async () => {
  await proxy?.close();
  await Promise.all([primary?.stop(), replica?.stop()]);
});

function replicaNeverWrote() {
  const out = replica.output();
  expect(out).not.toMatch(/SQLITE_READONLY|readonly database|read-only/i);
  expect(out).not.toMatch(/\s5\d\d\s/); // morgan "tiny": METHOD URL STATUS
}

describe("a region with a primary and a read-only replica behind a Fly-like proxy", () => {
  it("serves pages from the replica", async () => {
    const before = proxy.stats.replica;
    for (const page of ["/", "/signup", "/login", "/creators"]) {
      expect((await request(proxy.url, page)).status, page).toBe(200);
    }
    expect(proxy.stats.replica - before).toBe(4);
    replicaNeverWrote();
  });

  it("sign up, log out and log in are replayed on the primary and the session works on the replica", async () => {
    const email = uniqueEmail("region");
    const replayed = proxy.stats.replayed;
    const signup = await request(proxy.url, "/signup", {
      form: { email, password: "region-password-1", displayName: "Region Brand", role: "brand" },
    });
    expect(signup.status).toBe(302);
    expect(db.select().from(users).where(eq(users.email, email)).get()).toBeDefined();
    const cookie = sessionFrom(signup)!;
    expect((await request(proxy.url, "/dashboard", { cookie })).status).toBe(200);

    const logout = await request(proxy.url, "/logout", { method: "POST", cookie });
    expect(logout.status).toBe(302);
    expect((await request(proxy.url, "/dashboard", { cookie })).status).toBe(302);

    const login = await request(proxy.url, "/login", {
      form: { email, password: "region-password-1" },
    });
    expect(login.status).toBe(302);
    const again = sessionFrom(login)!;
    const dashboard = await request(proxy.url, "/dashboard", { cookie: again });
    expect(dashboard.status).toBe(200);
    expect(dashboard.text).toContain("Region Brand");
    expect(proxy.stats.replayed - replayed).toBe(3);
    replicaNeverWrote();
  });

  it("an inquiry sent on the replica is written by the primary and shows in the creator's inbox on the replica", async () => {
    const creator = await creatorWithPage({ bio: "Shoots weddings in the region." });
    const page = await request(proxy.url, `/${creator.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("Shoots weddings in the region.");
    const sent = await request(proxy.url, `/${creator.slug}`, {
      form: {
        name: "Regional Client",
        email: "client@example.com",
        message: "Can you shoot our event next month?",
      },
      headers: { Origin: proxy.url },
    });
    expect(sent.status).toBe(302);
    expect(
      db.select().from(inquiries).where(eq(inquiries.creatorId, creator.id)).all(),
    ).toHaveLength(1);
    const inbox = await request(proxy.url, "/dashboard/inquiries", { cookie: creator.cookie });
    expect(inbox.status).toBe(200);
    expect(inbox.text).toContain("Regional Client");
    replicaNeverWrote();
  });

  it("a replica refuses nothing a user can do: failed forms answer 400 from the primary, not a write error", async () => {
    const creator = await creatorWithPage();
    const bad = await request(proxy.url, `/${creator.slug}`, {
      form: { name: "", email: "nope", message: "short" },
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("Enter a valid email address");
    replicaNeverWrote();
  });

  it("profile views counted on the replica reach the primary's database", async () => {
    const creator = await creatorWithPage();
    const total = () =>
      sqlite
        .prepare("select coalesce(sum(count), 0) from profile_views where creator_id = ?")
        .pluck()
        .get(creator.id) as number;
    const browser = {
      "User-Agent":
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
    };
    for (let i = 0; i < 3; i++)
      expect((await request(proxy.url, `/${creator.slug}`, { headers: browser })).status).toBe(200);
    const deadline = Date.now() + 20_000;
    while (total() < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(total()).toBe(3);
    replicaNeverWrote();
  });
});

describe("in a browser, through the replica", () => {
  it("signs up and sends an inquiry with JavaScript on; the replica never writes", async () => {
    const { chromium } = await import("@playwright/test");
    const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) =>
      fs.existsSync(p),
    );
    const browser = await chromium.launch({
      executablePath,
      args: ["--no-sandbox", "--disable-gpu"],
    });
    try {
      const creator = await creatorWithPage({ bio: "Browser flow through the region." });
      const page = await browser.newPage({ baseURL: proxy.url });
      const replayed = proxy.stats.replayed;
      const email = uniqueEmail("browser");
      await page.goto("/signup?role=brand");
      await page.getByLabel("Display name").fill("Browser Brand");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("browser-password-1");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.waitForURL(/\/dashboard/);
      await pwExpect(page.getByText("Browser Brand").first()).toBeVisible();

      await page.goto(`/${creator.slug}`);
      await pwExpect(page.getByText("Browser flow through the region.")).toBeVisible();
      await page.getByLabel("Your name").fill("Browser Client");
      await page.getByLabel("Your email").fill("browser-client@example.com");
      await page.getByLabel("Message").fill("Sent from a real browser through the replica.");
      await page.getByRole("button", { name: "Send inquiry" }).click();
      await page.waitForURL(/inquiry=sent/);
      expect(
        db.select().from(inquiries).where(eq(inquiries.creatorId, creator.id)).all(),
      ).toHaveLength(1);
      expect(proxy.stats.replayed - replayed).toBeGreaterThanOrEqual(2);
      replicaNeverWrote();
    } finally {
      await browser.close();
    }
  });
});

// Last: it makes the replica log a read-only error on purpose.
describe("the simulation itself", () => {
  it("the replica's database really is read-only: a write sent straight to it, bypassing the proxy, fails", async () => {
    const creator = await creatorWithPage();
    const direct = await request(replica.url, `/${creator.slug}`, {
      form: {
        name: "Direct",
        email: "d@example.com",
        message: "Bypassing the LiteFS proxy on purpose.",
      },
    });
    expect(direct.status).toBe(500);
    expect(replica.output()).toMatch(/SQLITE_READONLY|readonly database/i);
    expect(
      db.select().from(inquiries).where(eq(inquiries.creatorId, creator.id)).all(),
    ).toHaveLength(0);
  });
});
