import { expect, test, type Browser } from "@playwright/test";
import { dealBetween, signUp, uniqueSuffix } from "./support";

async function signedUp(browser: Browser, role: "brand" | "creator", name: string, js: boolean) {
  const context = await browser.newContext({ javaScriptEnabled: js });
  const page = await context.newPage();
  const email = `${role}-note-${uniqueSuffix()}@example.com`;
  await signUp(page, { role, displayName: name, email });
  return { context, page, email };
}

test("without JavaScript, a creator opens a notification from the menu, then turns that type off", async ({
  browser,
}) => {
  const brand = await signedUp(browser, "brand", "Acme Outdoors", false);
  const creator = await signedUp(browser, "creator", "Rina Creator", false);
  const dealId = dealBetween(brand.email, creator.email, "Trail video");

  const write = async (text: string) => {
    await brand.page.goto(`/dashboard/deals/${dealId}/messages`);
    await brand.page.getByLabel("Write a message").fill(text);
    await brand.page.getByRole("button", { name: "Send message" }).click();
    await expect(brand.page.getByText(text)).toBeVisible();
  };
  await write("Hi Rina, can you film on Friday?");

  const nav = creator.page.getByRole("navigation", { name: "Dashboard" });
  await creator.page.goto("/dashboard");
  await nav.getByRole("link", { name: /Notifications\s*1 unread/ }).click();
  await expect(creator.page.getByRole("heading", { name: "Notifications" })).toBeVisible();
  await expect(creator.page.getByText("1 unread, newest first.")).toBeVisible();
  const list = creator.page.getByRole("list", { name: "Notifications" });
  await expect(list.getByText("Hi Rina, can you film on Friday?")).toBeVisible();
  // Opening it is a form post: it marks it read and leads to the conversation.
  await list.getByRole("button", { name: "New message about “Trail video”" }).click();
  await expect(creator.page).toHaveURL(new RegExp(`/dashboard/deals/${dealId}/messages$`));
  await expect(nav.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await creator.page.getByLabel("Write a message").fill("Friday works.");
  await creator.page.getByRole("button", { name: "Send message" }).click();
  await expect(creator.page.getByText("Friday works.")).toBeVisible();

  // Messages: off in the app, still by email.
  await creator.page.goto("/dashboard/settings");
  await creator.page.getByRole("link", { name: "Notification settings" }).click();
  await expect(creator.page.getByRole("heading", { name: "Notification settings" })).toBeVisible();
  const inApp = creator.page.getByLabel("Messages: in the app");
  await expect(inApp).toBeChecked();
  await inApp.uncheck();
  await creator.page.getByRole("button", { name: "Save notification settings" }).click();
  await expect(creator.page.getByText("Your notification settings are saved.")).toBeVisible();
  await expect(creator.page.getByLabel("Messages: in the app")).not.toBeChecked();
  await expect(creator.page.getByLabel("Messages: by email")).toBeChecked();

  await write("One more thing about the light.");
  await creator.page.goto("/dashboard/notifications");
  await expect(creator.page.getByText("All caught up.")).toBeVisible();
  await expect(nav.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: /Messages\s*1 unread/ })).toBeVisible();
  await brand.context.close();
  await creator.context.close();
});

test("with JavaScript, mark all as read clears the list's unread marks and the badge", async ({
  browser,
}) => {
  const brand = await signedUp(browser, "brand", "Acme Outdoors", true);
  const creator = await signedUp(browser, "creator", "Rina Creator", true);
  const first = dealBetween(brand.email, creator.email, "First video");
  const second = dealBetween(brand.email, creator.email, "Second video");
  for (const [dealId, text] of [
    [first, "About the first one."],
    [second, "About the second one."],
  ] as const) {
    await brand.page.goto(`/dashboard/deals/${dealId}/messages`);
    await brand.page.getByLabel("Write a message").fill(text);
    await brand.page.getByRole("button", { name: "Send message" }).click();
    await expect(brand.page.getByLabel("Write a message")).toHaveValue("");
  }

  const nav = creator.page.getByRole("navigation", { name: "Dashboard" });
  await creator.page.goto("/dashboard/notifications");
  await expect(nav.getByRole("link", { name: /Notifications\s*2 unread/ })).toBeVisible();
  const list = creator.page.getByRole("list", { name: "Notifications" });
  await expect(list.getByText("New", { exact: true })).toHaveCount(2);
  await creator.page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(creator.page.getByText("All caught up.")).toBeVisible();
  await expect(list.getByText("New", { exact: true })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  // Read ones are plain links now.
  await list.getByRole("link", { name: "New message about “First video”" }).click();
  await expect(creator.page).toHaveURL(new RegExp(`/dashboard/deals/${first}/messages$`));
  await brand.context.close();
  await creator.context.close();
});
