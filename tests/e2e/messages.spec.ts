import { expect, test, type Browser } from "@playwright/test";
import { dealBetween, signUp, uniqueSuffix } from "./support";

async function signedUp(browser: Browser, role: "brand" | "creator", name: string, js: boolean) {
  const context = await browser.newContext({ javaScriptEnabled: js });
  const page = await context.newPage();
  const email = `${role}-msg-${uniqueSuffix()}@example.com`;
  await signUp(page, { role, displayName: name, email });
  return { context, page, email };
}

test("a brand and a creator write to each other about a deal, without JavaScript, and the unread badge follows", async ({
  browser,
}) => {
  const brand = await signedUp(browser, "brand", "Acme Outdoors", false);
  const creator = await signedUp(browser, "creator", "Rina Creator", false);
  const dealId = dealBetween(brand.email, creator.email, "Trail video");

  await brand.page.goto(`/dashboard/deals/${dealId}`);
  await brand.page.getByRole("link", { name: "Messages", exact: true }).last().click();
  await expect(
    brand.page.getByRole("heading", { name: "Messages with Rina Creator" }),
  ).toBeVisible();
  await expect(brand.page.getByText("No messages yet.")).toBeVisible();
  // An empty message is refused beside the box (past the browser's own check, which needs JS off too).
  await brand.page.getByLabel("Write a message").fill("   ");
  await brand.page.getByRole("button", { name: "Send message" }).click();
  await expect(brand.page.getByText("Write a message.")).toBeVisible();
  await brand.page.getByLabel("Write a message").fill("Hi Rina, can you film on Friday?");
  await brand.page.getByRole("button", { name: "Send message" }).click();
  const sent = brand.page.getByRole("list", { name: "Messages" }).getByRole("listitem");
  await expect(sent).toHaveCount(1);
  await expect(sent.first()).toContainText("You");
  await expect(sent.first()).toContainText("Hi Rina, can you film on Friday?");

  const nav = creator.page.getByRole("navigation", { name: "Dashboard" });
  await creator.page.goto("/dashboard");
  await expect(nav.getByRole("link", { name: /Messages\s*1 unread/ })).toBeVisible();
  await nav.getByRole("link", { name: /Messages/ }).click();
  await creator.page.getByRole("link", { name: "Acme Outdoors" }).click();
  await expect(creator.page.getByText("Hi Rina, can you film on Friday?")).toBeVisible();
  await expect(creator.page.getByText("New", { exact: true })).toBeVisible();
  await creator.page.getByRole("button", { name: "Mark as read" }).click();
  await expect(nav.getByRole("link", { name: "Messages", exact: true })).toBeVisible();
  await creator.page.getByLabel("Write a message").fill("Friday works, see you at 9.");
  await creator.page.getByRole("button", { name: "Send message" }).click();
  await expect(
    creator.page.getByRole("list", { name: "Messages" }).getByRole("listitem"),
  ).toHaveCount(2);

  await brand.page.goto("/dashboard/messages");
  await expect(brand.page.getByText("1 new")).toBeVisible();
  await expect(brand.page.getByText("Friday works, see you at 9.")).toBeVisible();
  await brand.context.close();
  await creator.context.close();
});

test("with JavaScript, opening a conversation marks it read by itself", async ({ browser }) => {
  const brand = await signedUp(browser, "brand", "Acme Outdoors", true);
  const creator = await signedUp(browser, "creator", "Rina Creator", true);
  const dealId = dealBetween(brand.email, creator.email, "Second video");
  await brand.page.goto(`/dashboard/deals/${dealId}/messages`);
  await brand.page.getByLabel("Write a message").fill("Quick question about the edit.");
  await brand.page.getByRole("button", { name: "Send message" }).click();
  await expect(brand.page.getByLabel("Write a message")).toHaveValue("");
  await expect(brand.page.getByText("Quick question about the edit.")).toBeVisible();

  const nav = creator.page.getByRole("navigation", { name: "Dashboard" });
  await creator.page.goto(`/dashboard/deals/${dealId}/messages`);
  await expect(creator.page.getByText("Quick question about the edit.")).toBeVisible();
  await expect(nav.getByRole("link", { name: "Messages", exact: true })).toBeVisible();
  await expect(creator.page.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await brand.context.close();
  await creator.context.close();
});
