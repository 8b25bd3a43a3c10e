import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUp, uniqueSuffix } from "./support";

/** The creator signs up and sets up a public portfolio through the editor; returns its slug. */
async function creatorWithPortfolio(page: Page, name: string) {
  const id = uniqueSuffix();
  const slug = `e2e-${id}`;
  await signUp(page, { role: "creator", displayName: name, email: `creator-${id}@example.com` });
  await expect(page.getByRole("heading", { name: "Set up your portfolio" })).toBeVisible();
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Link name").fill(slug);
  await page.getByLabel("Headline").fill("Documentary photographer in Lisbon");
  await page.getByLabel("Bio").fill("I photograph people at work.\nAvailable for brand stories.");
  const categories = page.getByRole("group", { name: /Categories/ });
  await categories.getByLabel("Photography", { exact: true }).check();
  await categories.getByLabel("Travel", { exact: true }).check();
  await page.getByRole("button", { name: "Save portfolio" }).click();
  await expect(page.getByRole("status")).toContainText(`/${slug}`);
  return slug;
}

async function visitorPage(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  return { context, page: await context.newPage() };
}

async function fillInquiry(page: Page, { name, email }: { name: string; email: string }) {
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Your email").fill(email);
  await page.getByLabel("Message").fill("We are launching a travel bag in May and need a shoot.");
  await page.getByLabel("Budget (USD, optional)").fill("1500");
}

test("a creator sets up a page; a visitor without JavaScript sends an inquiry; the creator handles it", async ({
  page,
  browser,
}) => {
  const slug = await creatorWithPortfolio(page, "Rita Campos");

  const visitor = await visitorPage(browser, false);
  const v = visitor.page;
  await v.goto(`/${slug}`);
  await expect(v.getByRole("heading", { level: 1, name: "Rita Campos" })).toBeVisible();
  await expect(v.getByText("Documentary photographer in Lisbon")).toBeVisible();
  await expect(v.getByRole("list", { name: "Categories" })).toContainText("Photography");
  await expect(v.getByRole("list", { name: "Categories" })).toContainText("Travel");

  // The browser accepts "name@domain" as an email; the server does not.
  await fillInquiry(v, { name: "Bad Address Co", email: "bea@travelbags" });
  await v.getByRole("button", { name: "Send inquiry" }).click();
  const email = v.getByLabel("Your email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription(/Enter a valid email address/);
  await expect(v.getByRole("status")).toHaveCount(0);

  await fillInquiry(v, { name: "Bea Travelbags", email: "bea@travelbags.example" });
  await v.getByRole("button", { name: "Send inquiry" }).click();
  await expect(v.getByRole("status")).toContainText("Your message was sent to Rita Campos");
  await expect(v).toHaveURL(new RegExp(`/${slug}\\?inquiry=sent`));
  await visitor.context.close();

  // Back as the creator: the good inquiry is in the inbox, the refused one is not.
  await page.goto("/dashboard/inquiries");
  const list = page.getByRole("list", { name: /^\d+ inquir(y|ies)$/ });
  const item = list.getByRole("listitem").filter({ hasText: "Bea Travelbags" });
  await expect(item).toBeVisible();
  await expect(item).toContainText("New");
  await expect(item).toContainText("$1,500.00");
  await expect(page.getByText("Bad Address Co")).toHaveCount(0);

  await item.getByRole("button", { name: "Mark read" }).click();
  await expect(item.getByRole("button", { name: "Mark read" })).toHaveCount(0);
  await expect(item).not.toContainText("New");

  await item.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByText("Bea Travelbags")).toHaveCount(0);
  await page.getByRole("link", { name: "Archived" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Bea Travelbags" })).toBeVisible();

  // The detail page shows who changed what.
  await page.getByRole("link", { name: "Bea Travelbags" }).click();
  await expect(page.getByRole("heading", { name: "Inquiry from Bea Travelbags" })).toBeVisible();
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText("Received, Unread");
  await expect(history).toContainText("Unread → Read");
  await expect(history).toContainText("Read → Archived");
});

test("with JavaScript on, the inquiry form validates in the browser before sending", async ({
  page,
  browser,
}) => {
  const slug = await creatorWithPortfolio(page, "Jo Almeida");

  const visitor = await visitorPage(browser, true);
  const v = visitor.page;
  await v.goto(`/${slug}`);
  // Hydrated: Conform turns native validation off.
  await expect(v.locator("form#inquiry")).toHaveAttribute("novalidate", "");

  const posts: string[] = [];
  v.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await fillInquiry(v, { name: "Quick Typo", email: "not-an-email" });
  await v.getByLabel("Message").focus();
  const email = v.getByLabel("Your email");
  await expect(email).toHaveAccessibleDescription(/Enter a valid email address/);
  await v.getByRole("button", { name: "Send inquiry" }).click();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  expect(posts).toEqual([]);

  await email.fill("quick@typo.example");
  await expect(email).not.toHaveAttribute("aria-invalid", "true");
  await v.getByRole("button", { name: "Send inquiry" }).click();
  await expect(v.getByRole("status")).toContainText("Your message was sent to Jo Almeida");
  expect(posts).toHaveLength(1);
  await visitor.context.close();

  await page.goto("/dashboard/inquiries");
  await expect(page.getByRole("listitem").filter({ hasText: "Quick Typo" })).toContainText(
    "quick@typo.example",
  );
});
