import { expect, test } from "@playwright/test";

test("an unknown URL returns the 404 page with status 404 and the security headers", async ({
  page,
}) => {
  const response = await page.goto("/this/does/not/exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(
    /script-src 'strict-dynamic' 'nonce-[A-Za-z0-9+/=]+'/,
  );
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
});

test("pages carry an enforced CSP whose nonce is on every script, and the other security headers", async ({
  page,
}) => {
  for (const path of ["/", "/signup", "/maya"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = response!.headers();
    expect(headers["content-security-policy-report-only"], path).toBeUndefined();
    const nonce = headers["content-security-policy"]?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    expect(nonce, path).toBeTruthy();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
    expect(headers["x-frame-options"] ?? headers["content-security-policy"], path).toMatch(
      /frame-ancestors 'none'|SAMEORIGIN|DENY/,
    );
    const scriptNonces = await page.locator("script").evaluateAll((scripts) =>
      (scripts as HTMLScriptElement[])
        // Data blocks such as JSON-LD are never executed, so CSP does not apply to them.
        .filter((s) => ["", "module", "text/javascript"].includes(s.type))
        .map((s) => s.nonce),
    );
    expect(scriptNonces.length, path).toBeGreaterThan(0);
    for (const n of scriptNonces) expect(n, path).toBe(nonce);
    // A full document (standards mode) that carries the loader data it hydrates from.
    expect(await page.evaluate(() => document.compatMode), path).toBe("CSS1Compat");
    const html = await response!.text();
    expect(html.startsWith("<!DOCTYPE html>"), path).toBe(true);
    expect(html, path).toContain("window.__remixContext.streamController.close()");
  }
});

test("static files: hashed assets are immutable for a year, the favicon is served, pages are not files", async ({
  request,
  page,
}) => {
  const favicon = await request.get("/favicon.svg");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/login");
  const asset = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
  expect(asset).toMatch(/^\/assets\//);
  const css = await request.get(asset!);
  expect(css.status()).toBe(200);
  expect(css.headers()["cache-control"]).toMatch(/max-age=31536000.*immutable/);
  // A page is rendered by the app, never looked up on disk.
  expect((await request.get("/login")).headers()["content-type"]).toContain("text/html");
});
