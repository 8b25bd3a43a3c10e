import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, logIn, signUp, uniqueSuffix } from "./support";

async function emailedLink(page: Page, to: string, subject: string) {
  await page.goto("/dev/outbox");
  const message = page
    .getByRole("article", { name: `Email to ${to}` })
    .filter({ hasText: subject })
    .first();
  const text = await message.locator("pre").innerText();
  const link = text.match(/https?:\/\/\S+verify-email\?token=\S+/)?.[0];
  expect(link).toBeTruthy();
  const url = new URL(link!);
  return url.pathname + url.search;
}

test("without JavaScript, a user renames the account, changes the password, moves to a new email, downloads the data and deletes the account", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = `settings-${uniqueSuffix()}@example.com`;
  const newEmail = `moved-${uniqueSuffix()}@example.com`;
  await signUp(page, { role: "brand", displayName: "Settings Brand", email });

  await page.goto("/dashboard/settings");
  await expect(page.getByText("Not confirmed")).toBeVisible();

  // The name: an empty one is refused beside the field, then a new one is saved.
  await page.getByLabel("Name", { exact: true }).fill(" ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Display name is required")).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Renamed Brand");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Name saved." })).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Renamed Brand");

  // The password: a wrong current one is refused beside its field; then it changes.
  const passwordForm = page.locator("#settings-password");
  await passwordForm.getByLabel("Current password").fill("not-the-password");
  await passwordForm.getByLabel("New password", { exact: true }).fill("a-changed-password");
  await passwordForm.getByLabel("Repeat the new password").fill("a-changed-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByText("The current password is not right")).toBeVisible();
  await passwordForm.getByLabel("Current password").fill(PASSWORD);
  await passwordForm.getByLabel("New password", { exact: true }).fill("a-changed-password");
  await passwordForm.getByLabel("Repeat the new password").fill("a-changed-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toBeVisible();

  // The email: it changes once the link sent to the new address is used.
  const emailForm = page.locator("#settings-email");
  await emailForm.getByLabel("New email").fill(newEmail);
  await emailForm.getByLabel("Current password").fill("a-changed-password");
  await page.getByRole("button", { name: "Send a confirmation link" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `We sent a link to ${newEmail}` }),
  ).toBeVisible();
  const link = await emailedLink(page, newEmail, "Confirm your new email");
  await page.goto(link);
  await expect(page.getByText(`Use ${newEmail} as your Gigfolio email from now on.`)).toBeVisible();
  await page.getByRole("button", { name: "Confirm email" }).click();
  await expect(page.getByRole("heading", { name: "Your email is confirmed" })).toBeVisible();
  await page.goto("/dashboard/settings");
  await expect(page.getByText(newEmail)).toBeVisible();
  await expect(page.getByText("Confirmed", { exact: true })).toBeVisible();

  // The old email and the old password no longer log in; the new pair does.
  await page.getByRole("button", { name: "Log out", exact: true }).click();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-changed-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toContainText("Invalid email or password");
  await logIn(page, newEmail, "a-changed-password");
  await expect(page.getByRole("heading", { name: "Welcome, Renamed Brand" })).toBeVisible();

  // The data export downloads the account as JSON.
  const response = await page.request.get("/dashboard/settings/export");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { account: { email: string; display_name: string } };
  expect(body.account.email).toBe(newEmail);
  expect(body.account.display_name).toBe("Renamed Brand");

  // Deleting the account: the password and the box, then the login page says so.
  await page.goto("/dashboard/settings");
  const deleteForm = page.locator("#settings-delete");
  await deleteForm.getByLabel("Current password").fill("a-changed-password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(
    deleteForm.getByText("Tick the box to confirm that everything is deleted"),
  ).toBeVisible();
  await deleteForm.getByLabel("Current password").fill("a-changed-password");
  await deleteForm.getByLabel("I understand that this cannot be undone.").check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("status")).toContainText("Your account was deleted");
  await page.getByLabel("Email").fill(newEmail);
  await page.getByLabel("Password").fill("a-changed-password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toContainText("Invalid email or password");
  await context.close();
});
