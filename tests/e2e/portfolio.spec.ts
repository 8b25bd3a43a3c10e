import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser } from "@playwright/test";
import sharp from "sharp";
import { signUp, uniqueSuffix } from "./support";

async function noJsPage(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test("a creator builds a full portfolio; the public page shows it without JavaScript, passes axe, is found in discovery; the old slug redirects; a brand saves the creator", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const id = uniqueSuffix();
  const word = `quokka${id}`;
  const slug = `e2e-${id}`;
  await signUp(page, {
    role: "creator",
    displayName: "Rosa Field",
    email: `rosa-${id}@example.com`,
  });

  // Basics.
  await page.goto("/dashboard/profile");
  await page.getByLabel("Display name").fill("Rosa Field");
  await page.getByLabel("Link name").fill(slug);
  await page.getByLabel("Headline").fill(`Wildlife ${word} filmmaker`);
  await page.getByLabel("Bio").fill("I film animals at dawn.\nBased by the sea.");
  await page.getByLabel("Location").fill("Perth, Australia");
  await page.getByLabel("Languages").fill("English, Italian");
  await page.getByLabel("Travel").check();
  await page.getByRole("button", { name: "Save portfolio" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  // Social account: a wrong URL for the platform gets a field error first.
  await page.getByRole("link", { name: "Social accounts" }).click();
  await page.getByLabel("Platform").selectOption("instagram");
  await page.getByLabel("Handle").fill("rosafield");
  await page.getByLabel("Followers").fill("48,500");
  await page.getByLabel("Profile link").fill("https://www.tiktok.com/@rosafield");
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByText("Enter a link to your Instagram profile")).toBeVisible();
  await page.getByLabel("Profile link").fill("https://www.instagram.com/rosafield");
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByText("Total reach:")).toContainText("48.5K");

  // Rates.
  await page.getByRole("link", { name: "Rates" }).click();
  await page.getByLabel("Minimum budget").fill("500");
  await page.getByLabel("Maximum budget").fill("4000");
  await page.getByLabel("Spaces this month").fill("2");
  await page.getByRole("button", { name: "Save budget" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  await page.getByLabel("Package name").fill("Dawn shoot");
  await page.getByLabel("Price (USD)").fill("750");
  await page.getByLabel("Delivery (days)").fill("10");
  await page.getByLabel("What is included").fill("Three hours filming\nOne 60s edit");
  await page.getByRole("button", { name: "Add package" }).click();
  await expect(page.getByRole("heading", { name: /Dawn shoot · \$750/ })).toBeVisible();

  // Portfolio item: a featured YouTube link.
  await page.getByRole("link", { name: "Portfolio items" }).click();
  await page.getByLabel("Kind").selectOption("video");
  await page.getByLabel("Title").fill("Penguins at first light");
  await page.getByLabel(/^Link/).fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await page.getByLabel("Brand worked with").fill("Ocean Trust");
  await page.getByLabel("Feature this item").check();
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByText("Item added.")).toBeVisible();

  // Avatar upload: a PNG made here.
  await page.getByRole("link", { name: "Photos" }).click();
  const png = await sharp({
    create: { width: 300, height: 300, channels: 3, background: "#e91e63" },
  })
    .png()
    .toBuffer();
  await page
    .locator("#avatar-file")
    .setInputFiles({ name: "avatar.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Upload avatar" }).click();
  await expect(page.getByText("Your avatar is updated.")).toBeVisible();

  // Share page: the link and a QR code.
  await page.getByRole("link", { name: "Share" }).click();
  await expect(page.getByLabel("Your shareable link")).toHaveValue(new RegExp(`/${slug}$`));
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();

  // The public page without JavaScript.
  const anon = await noJsPage(browser);
  const res = await anon.page.goto(`/${slug}`);
  expect(res?.status()).toBe(200);
  const p = anon.page;
  await expect(p.getByRole("heading", { level: 1, name: "Rosa Field" })).toBeVisible();
  await expect(p.getByText(`Wildlife ${word} filmmaker`)).toBeVisible();
  await expect(p.getByText("Perth, Australia")).toBeVisible();
  await expect(p.getByRole("link", { name: "@rosafield" })).toHaveAttribute(
    "href",
    "https://www.instagram.com/rosafield",
  );
  await expect(p.getByRole("heading", { name: "Dawn shoot" })).toBeVisible();
  await expect(p.getByText("$750")).toBeVisible();
  await expect(p.getByRole("heading", { name: /Penguins at first light/ })).toBeVisible();
  await expect(p.getByAltText("Video thumbnail: Penguins at first light")).toHaveAttribute(
    "src",
    /img\.youtube\.com\/vi\/dQw4w9WgXcQ/,
  );
  const avatar = p.getByRole("img", { name: "Rosa Field", exact: true });
  await expect(avatar).toHaveAttribute("src", /^\/media\/[0-9a-f]{64}\.webp$/);
  const media = await anon.context.request.get((await avatar.getAttribute("src"))!);
  expect(media.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  await expect(p.locator("section#reviews")).toBeVisible();
  await expect(p.getByRole("link", { name: "Request a booking" }).first()).toHaveAttribute(
    "href",
    `/${slug}/book`,
  );
  await expect(p.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    new RegExp(`/${slug}/og\\.png$`),
  );
  const og = await anon.context.request.get(`/${slug}/og.png`);
  expect(og.headers()["content-type"]).toBe("image/png");
  // axe runs as a script, so this scan uses a separate anonymous context with JavaScript on.
  const axeCtx = await browser.newContext();
  const axePage = await axeCtx.newPage();
  await axePage.goto(`/${slug}`);
  const axe = await new AxeBuilder({ page: axePage }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual(
    [],
  );
  await axeCtx.close();

  // Discovery without JavaScript: search, platform filter, and a filter that excludes.
  await p.goto("/creators");
  await p.getByRole("searchbox", { name: "Search" }).fill(word);
  await p.getByLabel("Platform").selectOption("instagram");
  await p.getByRole("button", { name: "Search", exact: true }).click();
  await expect(p).toHaveURL(new RegExp(`q=${word}.*platform=instagram`));
  await expect(p.getByRole("link", { name: "Rosa Field" })).toBeVisible();
  await p.goto(`/creators?q=${word}&platform=youtube`);
  await expect(p.getByText("No creators match")).toBeVisible();
  await p.goto(`/creators?q=${word}&maxPrice=800&category=travel&location=perth`);
  await expect(p.getByRole("link", { name: "Rosa Field" })).toBeVisible();
  // The price range is in one currency: her $750 package is not "up to 800" euros.
  await p.goto(`/creators?q=${word}`);
  await p.getByLabel("Price to").fill("800");
  await p.getByLabel("Currency").selectOption("EUR");
  await p.getByRole("button", { name: "Search", exact: true }).click();
  await expect(p).toHaveURL(/maxPrice=800.*currency=EUR/);
  // The form's empty fields are left out of the address (one address per search).
  await expect(p).not.toHaveURL(/[?&][a-zA-Z]+=(&|$)/);
  await expect(p.getByText("No creators match")).toBeVisible();
  await expect(p.getByLabel("Currency")).toHaveValue("EUR");
  await p.getByLabel("Currency").selectOption("USD");
  await p.getByRole("button", { name: "Search", exact: true }).click();
  await expect(p.getByRole("link", { name: "Rosa Field" })).toBeVisible();
  // Sorting by price keeps to the chosen currency too, and says so.
  await p.goto(`/creators?q=${word}`);
  await p.getByLabel("Sort by").selectOption("price");
  await p.getByLabel("Currency").selectOption("EUR");
  await p.getByRole("button", { name: "Search", exact: true }).click();
  await expect(p.getByRole("status")).toContainText("only creators who quote in EUR");
  await expect(p.getByText("No creators match")).toBeVisible();
  await p.getByLabel("Currency").selectOption("USD");
  await p.getByRole("button", { name: "Search", exact: true }).click();
  await expect(p.getByRole("status")).toContainText("only creators who quote in USD");
  await expect(p.getByRole("link", { name: "Rosa Field" })).toBeVisible();

  // Rename: the old link answers 301 to the new one.
  await page.goto("/dashboard/profile");
  await page.getByLabel("Link name").fill(`${slug}-new`);
  await page.getByRole("button", { name: "Save portfolio" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");
  const old = await anon.context.request.get(`/${slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers()["location"]).toBe(`/${slug}-new`);
  await p.goto(`/${slug}`);
  await expect(p).toHaveURL(new RegExp(`/${slug}-new$`));
  await anon.context.close();

  // A brand saves the creator (JavaScript off) and sees them in the dashboard.
  const brandCtx = await browser.newContext({ javaScriptEnabled: false });
  const brand = await brandCtx.newPage();
  await signUp(brand, { role: "brand", displayName: "Sea Co", email: `sea-${id}@example.com` });
  await brand.goto(`/${slug}-new`);
  await brand.getByRole("button", { name: "☆ Save creator" }).click();
  await expect(brand.getByRole("button", { name: "★ Saved" })).toBeVisible();
  // And into a named list.
  await brand.getByText("Save to a list…").click();
  await brand.getByLabel("List name").fill("Spring shoot");
  await brand.getByRole("button", { name: "Save to list" }).click();
  // The page comes back with the new list offered; only then leave (leaving earlier aborts the POST).
  await expect(brand.locator('#favourite-lists option[value="Spring shoot"]')).toHaveCount(1);
  await brand.goto("/dashboard/favourites");
  await expect(brand.getByRole("heading", { name: "Spring shoot (1)" })).toBeVisible();
  await expect(brand.getByRole("heading", { name: "Saved (1)" })).toBeVisible();
  await expect(brand.getByRole("link", { name: "Rosa Field" })).toHaveCount(2);
  await brandCtx.close();
});
