import { expect, test } from "@playwright/test";
import { signUp, uniqueSuffix } from "./support";

for (const javaScriptEnabled of [false, true]) {
  test(`${javaScriptEnabled ? "with" : "without"} JavaScript, a creator fixes a portfolio item in place: a bad link is refused beside the field, the fix shows on the public page`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const id = uniqueSuffix();
    const slug = `edit-${id}`;
    await signUp(page, {
      role: "creator",
      displayName: "Ines Lowe",
      email: `ines-${id}@example.com`,
    });
    await page.goto("/dashboard/profile");
    await page.getByLabel("Display name").fill("Ines Lowe");
    await page.getByLabel("Link name").fill(slug);
    await page.getByRole("button", { name: "Save portfolio" }).click();
    await expect(page.getByRole("status")).toContainText("Saved");

    await page.goto("/dashboard/profile/items");
    await page.getByLabel("Kind").selectOption("link");
    await page.getByLabel("Title").fill("Harbour fesitval");
    await page.getByLabel(/^Link/).fill("https://example.com/harbour");
    await page.getByRole("button", { name: "Add item" }).click();
    await expect(page.getByText("Item added.")).toBeVisible();

    await page.getByRole("link", { name: "Edit Harbour fesitval" }).click();
    await expect(page.getByRole("heading", { name: "Edit “Harbour fesitval”" })).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue("Harbour fesitval");
    await page.getByLabel("Title").fill("Harbour festival");
    await page.getByLabel(/^Link/).fill("ftp://example.com/harbour");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText("Enter a full web address starting with https://")).toBeVisible();
    await expect(page.getByLabel(/^Link/)).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel(/^Link/).fill("https://example.com/harbour-2026");
    await page.getByLabel("Brand worked with").fill("Port Authority");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(/\/dashboard\/profile\/items\?updated=1$/);
    await expect(page.getByText("Item saved.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit Harbour festival" })).toBeVisible();
    await expect(page.getByText("Link · Port Authority")).toBeVisible();
    await expect(page.getByText("Harbour fesitval")).toHaveCount(0);

    const res = await page.goto(`/${slug}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByText("Harbour festival").first()).toBeVisible();
    await expect(page.getByText("Port Authority").first()).toBeVisible();
    await context.close();
  });
}
