import { expect, test } from "@playwright/test";
import { PASSWORD, logIn, signUp, uniqueSuffix } from "./support";

test("a forgotten password is reset through the emailed link", async ({ page }) => {
  const email = `reset-${uniqueSuffix()}@example.com`;
  await signUp(page, { role: "brand", displayName: "Reset Brand", email });
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The login page has an Email field too: wait for the navigation before filling.
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  await page.goto("/dev/outbox");
  const message = page.getByRole("article", { name: `Email to ${email}` }).first();
  await expect(message).toContainText("Reset your Gigfolio password");
  const link = (await message.locator("pre").innerText()).match(
    /https?:\/\/\S+reset-password\?token=\S+/,
  )?.[0];
  expect(link).toBeTruthy();

  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await page.getByLabel("Repeat the new password").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password was changed");

  // The old password no longer works; the new one does; the link cannot be used again.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toContainText("Invalid email or password");
  await logIn(page, email, "a-brand-new-password");
  await expect(page.getByRole("heading", { name: "Welcome, Reset Brand" })).toBeVisible();

  await page.goto(new URL(link!).pathname + new URL(link!).search);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
});

test("log out of all devices ends the session in another browser", async ({ page, browser }) => {
  const email = `devices-${uniqueSuffix()}@example.com`;
  await signUp(page, { role: "creator", displayName: "Two Devices", email });

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await logIn(otherPage, email, PASSWORD);
  await otherPage.goto("/dashboard/settings");
  await expect(otherPage.getByRole("heading", { name: "Account settings" })).toBeVisible();

  await page.goto("/dashboard/settings");
  await page.getByRole("button", { name: "Log out of all devices" }).click();
  await expect(page).toHaveURL(/\/login/);

  await otherPage.goto("/dashboard/settings");
  await expect(otherPage).toHaveURL(/\/login\?redirectTo=%2Fdashboard%2Fsettings/);
  await other.close();

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fdashboard/);
});
