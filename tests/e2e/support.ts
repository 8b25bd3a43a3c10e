import { expect, type Page } from "@playwright/test";

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
