import { expect, test } from "@playwright/test";
import { PASSWORD, logIn, signUp, uniqueSuffix } from "./support";

const ADMIN = "admin@demo.gigfolio.local";
const DEMO_PASSWORD = "demo-password-e2e";

test("without JavaScript, an admin suspends an account with a reason, the account cannot log in, and reinstating it is in the audit log", async ({
  browser,
}) => {
  const brandContext = await browser.newContext({ javaScriptEnabled: false });
  const brandPage = await brandContext.newPage();
  const email = `moderated-${uniqueSuffix()}@example.com`;
  await signUp(brandPage, { role: "brand", displayName: "Spammy Brand", email });

  const adminContext = await browser.newContext({ javaScriptEnabled: false });
  const page = await adminContext.newPage();
  await logIn(page, ADMIN, DEMO_PASSWORD);
  await page
    .getByRole("navigation", { name: "Dashboard" })
    .getByRole("link", { name: "Users" })
    .click();
  await page.getByLabel("Email or name").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 user matches")).toBeVisible();
  await page.getByRole("link", { name: "Spammy Brand" }).click();

  await page.getByLabel(/Why suspend this account/).fill("Sends spam to creators");
  await page.getByRole("button", { name: "Suspend Spammy Brand" }).click();
  await expect(page.getByRole("status")).toContainText("Account suspended");
  await expect(page.getByText("Sends spam to creators")).toBeVisible();

  // The brand's open session is over, and it cannot log in again.
  await brandPage.goto("/dashboard");
  await expect(brandPage).toHaveURL(/\/login/);
  await brandPage.getByLabel("Email").fill(email);
  await brandPage.getByLabel("Password").fill(PASSWORD);
  await brandPage.getByRole("button", { name: "Log in" }).click();
  await expect(brandPage.getByText("This account is suspended")).toBeVisible();

  await page.getByLabel(/Note for the audit log/).fill("Appeal accepted");
  await page.getByRole("button", { name: "Reinstate Spammy Brand" }).click();
  await expect(page.getByRole("status")).toContainText("Account reinstated");

  await page.goto("/dashboard/admin/audit");
  const entries = page.getByRole("list", { name: "Audit log entries" }).getByRole("listitem");
  await expect(entries.nth(0)).toContainText("Reinstated a user");
  await expect(entries.nth(0)).toContainText("Appeal accepted");
  await expect(entries.nth(1)).toContainText("Suspended a user");
  await expect(entries.nth(1)).toContainText("Sends spam to creators");

  await logIn(brandPage, email, PASSWORD);
  await brandContext.close();
  await adminContext.close();
});

test("a creator cannot open the admin pages", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signUp(page, {
    role: "creator",
    displayName: "Curious Creator",
    email: `curious-${uniqueSuffix()}@example.com`,
  });
  const response = await page.goto("/dashboard/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await context.close();
});
