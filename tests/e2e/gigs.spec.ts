import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueSuffix } from "./support";

async function setUpBrand(page: Page, suffix: string) {
  await signUp(page, {
    role: "brand",
    displayName: "Trailhead Gear",
    email: `brand-${suffix}@example.com`,
  });
  await page.goto("/dashboard/brand-profile");
  await page.getByLabel("Company").fill("Trailhead Gear");
  await page.getByLabel("Link name").fill(`trailhead-${suffix}`);
  await page.getByLabel("Industry").fill("Outdoor");
  await page.getByLabel("Website").fill("https://trailhead.example");
  await page.getByRole("button", { name: "Save brand profile" }).click();
  await expect(page.getByRole("status")).toContainText("Brand profile saved");
}

test("brand posts a gig, creator finds and applies (no JS), negotiation, deliverable with a revision, mutual ratings", async ({
  page: brand,
  browser,
}) => {
  const suffix = uniqueSuffix();
  const word = `glacier${suffix}`;
  await setUpBrand(brand, suffix);

  // Post a draft and publish it.
  await brand.goto("/dashboard/gigs/new");
  await brand.getByLabel("Title").fill(`Hike ${word} reel`);
  await brand
    .getByLabel("Description")
    .fill("Film our new shell jacket on a real mountain hike, honest and outdoors.");
  await brand.getByLabel("Budget from").fill("500");
  await brand.getByLabel("Budget up to").fill("1200");
  await brand.getByLabel("Remote is fine").check();
  await brand.getByLabel("Apply by (deadline)").fill("2099-06-30");
  await brand.getByLabel("Deliverables", { exact: true }).fill("One 45-second TikTok video");
  await brand.getByLabel("Fitness").check();
  await brand.getByLabel("TikTok").check();
  await brand.getByRole("button", { name: "Save draft" }).click();
  await expect(brand.getByRole("status")).toContainText("Draft saved");
  const gigUrl = brand.url();
  const gigId = gigUrl.split("/").pop()!.split("?")[0]!;

  // Edit the draft: the form opens filled in, and the change shows on the gig's page.
  await brand.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(brand.getByRole("heading", { name: "Edit gig" })).toBeVisible();
  await expect(brand.getByLabel("Title")).toHaveValue(`Hike ${word} reel`);
  await expect(brand.getByLabel("Remote is fine")).toBeChecked();
  await brand.getByLabel("Budget up to").fill("1300");
  await brand.getByRole("button", { name: "Save changes" }).click();
  await expect(brand.getByRole("status")).toContainText("Changes saved");
  await expect(brand.getByText("$500.00–$1,300.00")).toBeVisible();
  await brand.getByRole("button", { name: "Publish" }).click();
  await expect(brand.getByRole("status")).toContainText("now published");

  // The creator browses without JavaScript.
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const creator = await ctx.newPage();
  await signUp(creator, {
    role: "creator",
    displayName: "Rosa Vale",
    email: `creator-${suffix}@example.com`,
  });
  await creator.goto("/gigs");
  await creator.getByLabel("Search").fill(word);
  await creator.getByLabel("Platform").selectOption("tiktok");
  await creator.getByLabel("Category").selectOption("fitness");
  await creator.getByRole("button", { name: "Show gigs" }).click();
  await expect(creator).toHaveURL(/platform=tiktok/);
  await expect(creator.getByRole("status")).toHaveText("1 gig");
  await creator.getByLabel("Platform").selectOption("youtube");
  await creator.getByRole("button", { name: "Show gigs" }).click();
  await expect(creator.getByRole("status")).toHaveText("No gigs match these filters.");
  await creator.getByLabel("Platform").selectOption("tiktok");
  await creator.getByRole("button", { name: "Show gigs" }).click();
  await creator.getByRole("link", { name: `Hike ${word} reel` }).click();
  await expect(creator.getByRole("heading", { name: `Hike ${word} reel` })).toBeVisible();
  await expect(creator.getByText("Trailhead Gear").first()).toBeVisible();
  await expect(creator.getByTestId("reputation")).toContainText("No ratings yet");

  // Bad input with JS off: the server answers with a message next to the field.
  await creator
    .getByLabel("Message to the brand")
    .fill("I film mountain hikes every weekend in 4K with a small crew.");
  await creator.getByLabel("Your price (USD)").fill("lots");
  await creator.getByRole("button", { name: "Send application" }).click();
  await expect(creator.getByText("Your price: enter an amount like 250 or 250.50")).toBeVisible();
  await creator.getByLabel("Your price (USD)").fill("1000");
  await creator.getByRole("button", { name: "Send application" }).click();
  await expect(creator.getByRole("status")).toContainText("Application sent");

  // The creator proposes terms (offer form, JS off): a bad amount comes back beside its field.
  await creator.getByLabel("Amount (USD)").fill("-4");
  await creator.getByLabel("Days to deliver").fill("10");
  await creator.getByRole("button", { name: "Send offer" }).click();
  await expect(creator.getByLabel("Amount (USD)")).toHaveAccessibleDescription(/Amount: /);
  await expect(creator.getByTestId("offer")).toHaveCount(0);
  await creator.getByLabel("Amount (USD)").fill("950");
  await creator.getByLabel("Days to deliver").fill("10");
  await creator.getByRole("button", { name: "Send offer" }).click();
  await expect(creator.getByTestId("offer")).toHaveAttribute("data-offer-status", "pending");

  // The brand sees the applicant and counters.
  await brand.goto(`/dashboard/gigs/${gigId}`);
  await expect(brand.getByTestId("applicant")).toContainText("Rosa Vale");
  await brand.getByRole("link", { name: "Open / negotiate" }).click();
  const counter = brand.getByRole("form", { name: "Counter with new terms" });
  await counter.getByLabel("Amount (USD)").fill("800");
  await counter.getByLabel("Message").fill("We can do 800 with a 10 day turnaround.");
  await brand.getByRole("button", { name: "Send counter-offer" }).click();
  await expect(brand.getByTestId("offer").first()).toHaveAttribute(
    "data-offer-status",
    "countered",
  );
  await expect(brand.getByTestId("offer").nth(1)).toHaveAttribute("data-offer-status", "pending");

  // The creator accepts the counter (JS off): a deal starts with those terms.
  await creator.reload();
  await creator.getByRole("button", { name: "Accept offer" }).click();
  await expect(creator.getByRole("status")).toContainText("The deal has started");
  await expect(creator.getByText("$800.00")).toBeVisible();
  const dealUrl = new URL(creator.url()).pathname;

  // Deliverable: a link that is not a web page is refused beside the field and kept (no JS), then
  // submit, revision requested, resubmit, approve.
  const link = creator.getByLabel("Link to the work");
  await link.fill("ftp://video.example/v1");
  await creator.getByRole("button", { name: "Submit deliverable" }).click();
  await expect(link).toHaveValue("ftp://video.example/v1");
  await expect(link).toHaveAttribute("aria-invalid", "true");
  await expect(link).toHaveAccessibleDescription(/\S/);
  await expect(creator.getByTestId("deliverable")).toHaveAttribute("data-status", "pending");
  await creator.getByLabel("Link to the work").fill("https://video.example/v1");
  await creator.getByRole("button", { name: "Submit deliverable" }).click();
  await expect(creator.getByTestId("deliverable")).toHaveAttribute("data-status", "submitted");
  await brand.goto(dealUrl);
  await brand.getByLabel("What should change?").fill("Please add the hood shot at the summit.");
  await brand.getByRole("button", { name: "Request revision" }).click();
  await expect(brand.getByTestId("deliverable")).toHaveAttribute(
    "data-status",
    "revision_requested",
  );
  await expect(brand.getByTestId("deliverable")).toContainText("1 revision requested");
  await creator.reload();
  await creator.getByLabel("Link to the work").fill("https://video.example/v2");
  await creator.getByRole("button", { name: "Resubmit" }).click();
  await expect(creator.getByTestId("deliverable")).toHaveAttribute("data-status", "submitted");
  await brand.reload();
  await brand.getByRole("button", { name: "Approve" }).click();
  await expect(brand.getByTestId("deliverable")).toHaveAttribute("data-status", "approved");
  await expect(brand.getByText("Completed", { exact: true }).first()).toBeVisible();
  await expect(brand.getByTestId("deal-history")).toContainText("Revision requested");

  // Both rate each other.
  await brand.getByRole("group", { name: "Rating" }).getByRole("radio", { name: "5" }).check();
  await brand
    .getByLabel("Your review")
    .fill("Rosa delivered a beautiful video and took feedback well.");
  await brand.getByRole("button", { name: "Publish review" }).click();
  await expect(brand.getByText("You reviewed this creator")).toBeVisible();

  await creator.reload();
  for (const group of ["Overall", "Payment speed", "Communication", "Professionalism"]) {
    await creator.getByRole("group", { name: group }).getByRole("radio", { name: "4" }).check();
  }
  await creator.getByLabel("Comment").fill("Clear brief and quick payment.");
  await creator.getByRole("button", { name: "Submit rating" }).click();
  await expect(creator.getByText("You rated this brand")).toBeVisible();

  // The rating shows as the brand's reputation on its page.
  await creator.goto(`/brands/trailhead-${suffix}`);
  await expect(creator.getByTestId("reputation")).toContainText("4.0");
  await expect(creator.getByTestId("reputation")).toContainText("1 rating");
  await ctx.close();
});

test("drafts are not public and the gig list filters live in the URL", async ({ page }) => {
  const suffix = uniqueSuffix();
  await setUpBrand(page, suffix);
  await page.goto("/dashboard/gigs/new");
  await page.getByLabel("Title").fill(`Draft ${suffix}`);
  await page
    .getByLabel("Description")
    .fill("A draft gig that nobody else should be able to open yet.");
  await page.getByLabel("Budget from").fill("100");
  await page.getByLabel("Budget up to").fill("50");
  await page.getByLabel("Apply by (deadline)").fill("2099-06-30");
  await page.getByLabel("Deliverables", { exact: true }).fill("One photo");
  await page.getByLabel("Remote is fine").check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("The maximum must be at least the minimum")).toBeVisible();
  await page.getByLabel("Budget up to").fill("200");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Draft saved");
  const id = new URL(page.url()).pathname.split("/").pop();
  const ctx = await page.context().browser()!.newContext();
  const anon = await ctx.newPage();
  const res = await anon.goto(`/gigs/${id}`);
  expect(res?.status()).toBe(404);
  await ctx.close();
});

test("with JavaScript on: the apply and offer forms show field errors, then submit", async ({
  page: brand,
  browser,
}) => {
  const suffix = uniqueSuffix();
  await setUpBrand(brand, suffix);
  await brand.goto("/dashboard/gigs/new");
  await brand.getByLabel("Title").fill(`Recipe ${suffix}`);
  await brand
    .getByLabel("Description")
    .fill("Cook a weeknight dinner with our spice blend and share the recipe.");
  await brand.getByLabel("Budget from").fill("200");
  await brand.getByLabel("Budget up to").fill("400");
  await brand.getByLabel("Remote is fine").check();
  await brand.getByLabel("Apply by (deadline)").fill("2099-06-30");
  await brand.getByLabel("Deliverables", { exact: true }).fill("1 recipe video");
  await brand.getByRole("button", { name: "Save draft" }).click();
  await expect(brand.getByRole("status")).toContainText("Draft saved");
  const gigId = new URL(brand.url()).pathname.split("/").pop()!;
  await brand.getByRole("button", { name: "Publish" }).click();
  await expect(brand.getByRole("status")).toContainText("now published");

  const ctx = await browser.newContext();
  const creator = await ctx.newPage();
  await signUp(creator, {
    role: "creator",
    displayName: "Ines Cook",
    email: `cook-${suffix}@example.com`,
  });
  await creator.goto(`/gigs/${gigId}`);
  await creator.getByLabel("Message to the brand").fill("too short");
  await creator.getByLabel("Your price (USD)").fill("300");
  await creator.getByRole("button", { name: "Send application" }).click();
  await expect(creator.getByText("At least 20 characters")).toBeVisible();
  await expect(creator).toHaveURL(new RegExp(`/gigs/${gigId}$`));
  await creator
    .getByLabel("Message to the brand")
    .fill("I cook weeknight dinners on camera for 50k followers.");
  await creator.getByRole("button", { name: "Send application" }).click();
  await expect(creator.getByRole("status")).toContainText("Application sent");

  await creator.getByLabel("Amount (USD)").fill("");
  await creator.getByRole("button", { name: "Send offer" }).click();
  await expect(creator.getByText("Amount is required")).toBeVisible();
  await creator.getByLabel("Amount (USD)").fill("350");
  await creator.getByRole("button", { name: "Send offer" }).click();
  await expect(creator.getByTestId("offer")).toHaveAttribute("data-offer-status", "pending");
  await expect(creator.getByRole("button", { name: "Withdraw offer" })).toBeVisible();
  await ctx.close();
});
