import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp, uniqueSuffix } from "./support";

async function withoutJavaScript(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

async function creatorWithPortfolio(page: Page, name: string) {
  const id = uniqueSuffix();
  const slug = `iq-${id}`;
  await signUp(page, { role: "creator", displayName: name, email: `creator-${id}@example.com` });
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Link name").fill(slug);
  await page.getByLabel("Headline").fill("Travel photographer");
  await page.getByRole("button", { name: "Save portfolio" }).click();
  await expect(page.getByRole("status")).toContainText(`/${slug}`);
  return slug;
}

/** The private link in the latest email of this kind to the visitor, as the dev outbox shows it. */
async function linkInEmail(page: Page, to: string, kind: string) {
  await page.goto("/dev/outbox");
  const mail = page
    .getByRole("article", { name: `Email to ${to}` })
    .filter({ hasText: kind })
    .first();
  const text = await mail.textContent();
  return text!.match(/\/inquiry\/[A-Za-z0-9_-]{43}/)![0];
}

test("without JavaScript, a visitor sends an inquiry, the creator answers in its conversation, and the visitor writes back from the link in their email", async ({
  browser,
}) => {
  const creator = await withoutJavaScript(browser);
  const c = creator.page;
  const slug = await creatorWithPortfolio(c, "Lina Lens");

  // The visitor writes from the creator's page and is told a link is on its way.
  const visitor = await withoutJavaScript(browser);
  const v = visitor.page;
  const email = `visitor-${uniqueSuffix()}@example.com`;
  await v.goto(`/${slug}`);
  await v.getByLabel("Your name").fill("Vera Visitor");
  await v.getByLabel("Your email").fill(email);
  await v.getByLabel("Message").fill("Are you free for a shoot in Lisbon in May?");
  await v.getByRole("button", { name: "Send inquiry" }).click();
  await expect(v.getByRole("status")).toContainText("We emailed you a private link");
  const firstLink = await linkInEmail(v, email, "inquiry-sent");

  // The creator answers from the inquiry's page.
  await c.goto("/dashboard/inquiries");
  await c.getByRole("link", { name: "Vera Visitor" }).click();
  await c.getByRole("link", { name: "Messages with Vera Visitor" }).click();
  await expect(c.getByRole("heading", { name: "Messages with Vera Visitor" })).toBeVisible();
  await expect(c.getByText("No messages yet.")).toBeVisible();
  await c.getByLabel("Write a message").fill("   ");
  await c.getByRole("button", { name: "Send message" }).click();
  await expect(c.getByText("Write a message.")).toBeVisible();
  await c.getByLabel("Write a message").fill("Hi Vera, May works. Which week?");
  await c.getByRole("button", { name: "Send message" }).click();
  const creatorSees = c.getByRole("list", { name: "Messages" }).getByRole("listitem");
  await expect(creatorSees).toHaveCount(1);
  await expect(creatorSees.first()).toContainText("Hi Vera, May works. Which week?");

  // The visitor opens the link from the email about the answer, reads it and writes back.
  const link = await linkInEmail(v, email, "inquiry_message");
  expect(link).not.toBe(firstLink);
  await v.goto(link);
  await expect(v.getByRole("heading", { name: "Your inquiry to Lina Lens" })).toBeVisible();
  await expect(v.getByText("Are you free for a shoot in Lisbon in May?")).toBeVisible();
  await expect(v.getByText("Hi Vera, May works. Which week?")).toBeVisible();
  await expect(v.getByText("New", { exact: true })).toBeVisible();
  await v.getByRole("button", { name: "Mark as read" }).click();
  await expect(v.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await v.getByLabel("Write a message").fill("The second week, please.");
  await v.getByRole("button", { name: "Send message" }).click();
  const visitorSees = v.getByRole("list", { name: "Messages" }).getByRole("listitem");
  await expect(visitorSees).toHaveCount(2);
  await expect(visitorSees.last()).toContainText("You");
  await expect(visitorSees.last()).toContainText("The second week, please.");
  // The first email's link leads to the same conversation.
  await v.goto(firstLink);
  await expect(v.getByText("The second week, please.")).toBeVisible();

  // The creator sees the answer as new: on the inquiry's page and in the messages inbox.
  await c.goto("/dashboard/inquiries");
  await c.getByRole("link", { name: "Vera Visitor" }).click();
  await expect(c.getByRole("link", { name: "Messages with Vera Visitor (1 new)" })).toBeVisible();
  await c.goto("/dashboard/messages");
  const row = c.getByRole("list", { name: "Conversations" }).getByRole("listitem").first();
  await expect(row).toContainText("Vera Visitor");
  await expect(row).toContainText("1 new");
  await expect(row).toContainText("The second week, please.");
  await row.getByRole("link", { name: "Vera Visitor" }).click();
  await expect(c.getByText("The second week, please.")).toBeVisible();
  await creator.context.close();
  await visitor.context.close();
});
