import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueSuffix } from "./support";

/** Uncaught errors and console errors (React reports a hydration mismatch as one). */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  return errors;
}

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

test("pages carry an enforced CSP that allows exactly their own scripts, and the other security headers", async ({
  page,
}) => {
  for (const path of ["/", "/signup", "/maya"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = response!.headers();
    expect(headers["content-security-policy-report-only"], path).toBeUndefined();
    const policy = headers["content-security-policy"] ?? "";
    const nonce = policy.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("same-origin");
    expect(headers["x-frame-options"] ?? policy, path).toMatch(
      /frame-ancestors 'none'|SAMEORIGIN|DENY/,
    );
    const scripts = await page.locator("script").evaluateAll((elements) =>
      (elements as HTMLScriptElement[])
        // Data blocks such as JSON-LD are never executed, so CSP does not apply to them.
        .filter((s) => ["", "module", "text/javascript"].includes(s.type))
        .map((s) => ({ nonce: s.nonce, src: s.src, text: s.textContent ?? "" })),
    );
    expect(scripts.length, path).toBeGreaterThan(0);
    if (path === "/maya" || path === "/") {
      // What anonymous visitors see of a creator's page or the home page may be served again from
      // the page cache (decisions 021, 022): no nonce to reuse; each inline script is allowed by its hash.
      expect(nonce, path).toBeUndefined();
      for (const script of scripts.filter((s) => !s.src)) {
        const hash = createHash("sha256").update(script.text, "utf8").digest("base64");
        expect(policy, path).toContain(`'sha256-${hash}'`);
      }
    } else {
      expect(nonce, path).toBeTruthy();
      for (const script of scripts) expect(script.nonce, path).toBe(nonce);
    }
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
  // Compressed at build time: Brotli or gzip as the client prefers, the same bytes once decoded.
  // From the served HTML: Remix drops its modulepreload links from the DOM once it has hydrated.
  const loginHtml = await (await request.get("/login")).text();
  const script = loginHtml.match(/<link rel="modulepreload" href="(\/assets\/[^"]+\.js)"/)?.[1];
  expect(script).toBeTruthy();
  const plain = await request.get(script!, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  for (const [accept, encoding] of [
    ["gzip, deflate, br", "br"],
    ["gzip", "gzip"],
  ] as const) {
    const res = await request.get(script!, { headers: { "accept-encoding": accept } });
    expect(res.headers()["content-encoding"], accept).toBe(encoding);
    // A file sent as it is has a length; compressing per request would stream it in chunks.
    const length = Number(res.headers()["content-length"]);
    expect(length, accept).toBeGreaterThan(0);
    expect(length, accept).toBeLessThan(Number(plain.headers()["content-length"]));
    expect(res.headers()["vary"], accept).toContain("Accept-Encoding");
    expect(res.headers()["cache-control"], accept).toMatch(/max-age=31536000.*immutable/);
    expect(await res.text(), accept).toBe(await plain.text());
  }
  // A page is rendered by the app, never looked up on disk.
  expect((await request.get("/login")).headers()["content-type"]).toContain("text/html");
});

test("server-rendered pages hydrate without a mismatch, and their links navigate in the browser", async ({
  page,
}) => {
  const errors = collectErrors(page);
  // Pages full of links (cards, pagers, header and footer), rendered by the server's plain links
  // (app/components/link.tsx) and hydrated by Remix's Link.
  // "/maya" and "/gigs" twice: the second visit is answered from the page cache, under its
  // hash-based CSP (decisions 021, 022).
  const cacheStates: Record<string, (string | undefined)[]> = { "/maya": [], "/gigs": [] };
  for (const path of ["/", "/creators", "/gigs", "/gigs", "/maya", "/maya", "/review/thanks"]) {
    const response = await page.goto(path);
    cacheStates[path]?.push(response?.headers()["x-page-cache"]);
    await page.waitForFunction(() => (window as { __remixRouter?: unknown }).__remixRouter);
    // React reports a hydration mismatch as an error (production: "Minified React error #418").
    await page.waitForTimeout(200);
    expect(errors, path).toEqual([]);
  }
  expect(cacheStates["/maya"]!.at(-1)).toBe("hit");
  expect(cacheStates["/gigs"]!.at(-1)).toBe("hit");
  // A client-side navigation: the document is not reloaded.
  await page.goto("/creators");
  await page.waitForFunction(() => (window as { __remixRouter?: unknown }).__remixRouter);
  await page.evaluate(() => ((window as { __marker?: boolean }).__marker = true));
  const firstCard = page.locator("main a[data-discover]").filter({ hasNotText: /^$/ }).first();
  const href = await firstCard.getAttribute("href");
  await firstCard.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?]/g, "\\?")}$`));
  expect(await page.evaluate(() => (window as { __marker?: boolean }).__marker)).toBe(true);
  expect(errors).toEqual([]);
});

test("dashboard pages hydrate without a mismatch and their navigation marks where you are", async ({
  page,
}) => {
  const errors = collectErrors(page);
  const suffix = uniqueSuffix();
  await signUp(page, {
    role: "creator",
    displayName: `Nav ${suffix}`,
    email: `nav-${suffix}@example.com`,
  });
  const nav = page.getByRole("navigation", { name: "Dashboard" });
  const current = () => nav.locator('[aria-current="page"]');
  // Server-rendered (the cheap NavLink) and then hydrated (Remix's NavLink): the same markup.
  for (const [path, section] of [
    ["/dashboard", "Overview"],
    ["/dashboard/bookings", "Bookings"],
    ["/dashboard/bookings?status=all", "Bookings"],
    ["/dashboard/inquiries", "Inquiries"],
    ["/dashboard/calendar", "Calendar"],
  ] as const) {
    await page.goto(path);
    await page.waitForFunction(() => (window as { __remixRouter?: unknown }).__remixRouter);
    await page.waitForTimeout(200);
    await expect(current(), path).toHaveCount(1);
    await expect(current(), path).toHaveText(section);
    expect(errors, path).toEqual([]);
    // The overview's inquiry count comes from the layout's loader.
    if (path === "/dashboard") await expect(page.getByText("No unread inquiries.")).toBeVisible();
  }
  // In the browser the mark follows client-side navigation.
  await nav.getByRole("link", { name: "Availability" }).click();
  await expect(page).toHaveURL(/\/dashboard\/availability$/);
  await expect(current()).toHaveText("Availability");
  // The filters are links to the same page with a query.
  await page.goto("/dashboard/bookings");
  await page.getByRole("link", { name: "Cancelled" }).click();
  await expect(page).toHaveURL(/\/dashboard\/bookings\?status=cancelled$/);
  await expect(page.getByRole("link", { name: "Cancelled" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  expect(errors).toEqual([]);
});
