import path from "node:path";
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";

export const PASSWORD = "a-long-creator-password";

export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Signs up through the form and lands on the dashboard the role starts in. */
export async function signUp(
  page: Page,
  { role, displayName, email }: { role: "creator" | "brand"; displayName: string; email: string },
) {
  await page.goto("/signup");
  await page.getByLabel(role === "creator" ? "Creator" : "Brand or client").check();
  await page.getByLabel("Display name").fill(displayName);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(role === "creator" ? /\/dashboard\/profile/ : /\/dashboard$/);
}

export async function logIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

/** The e2e server's database, made afresh for each run (scripts/e2e-server.mjs). */
export const E2E_DB = path.resolve(`tests/.tmp/e2e-${process.env.E2E_PORT ?? "3100"}/gigfolio.db`);

/**
 * A running deal between two accounts, written straight into the e2e database: the gig board's own
 * browser test walks the way to a deal; the tests that use this are about what comes after.
 */
export function dealBetween(brandEmail: string, creatorEmail: string, title: string) {
  const db = new Database(E2E_DB);
  try {
    db.pragma("busy_timeout = 5000");
    const idOf = (email: string) =>
      (db.prepare("select id from users where email = ?").get(email) as { id: string }).id;
    const id = randomBytes(12).toString("base64url");
    const now = Date.now();
    db.prepare(
      `insert into deals (id, brand_id, creator_id, title, amount_cents, currency, status, created_at, updated_at)
       values (?, ?, ?, ?, 50000, 'USD', 'active', ?, ?)`,
    ).run(id, idOf(brandEmail), idOf(creatorEmail), title, now, now);
    return id;
  } finally {
    db.close();
  }
}
