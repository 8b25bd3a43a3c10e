import { describe, expect, it } from "vitest";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { errorPageTitle, errorStatus } from "~/components/error-boundary";
import * as entryServer from "~/entry.server";
import * as root from "~/root";
import * as dashboard from "~/routes/dashboard";
import * as inquiry from "~/routes/dashboard.inquiries.$inquiryId";
import * as settings from "~/routes/dashboard.settings";
import * as notFound from "~/routes/$";
import * as tooLarge from "~/routes/resources.too-large";
import * as refused from "~/routes/resources.refused";
import {
  REFUSED_PAGE_PATH,
  TOO_LARGE_PAGE_PATH,
  UPLOAD_BODY_LIMIT,
} from "~/utils/origin-check.server";
import { makeRequest, makeUser, sessionCookie } from "../utils";

type Module = Record<string, unknown>;
const routes: { id: string; parentId?: string; path?: string; module: Module }[] = [
  { id: "root", path: "", module: root },
  { id: "routes/dashboard", parentId: "root", path: "dashboard", module: dashboard },
  {
    id: "routes/dashboard.inquiries.$inquiryId",
    parentId: "routes/dashboard",
    path: "inquiries/:inquiryId",
    module: inquiry,
  },
  {
    id: "routes/dashboard.settings",
    parentId: "routes/dashboard",
    path: "settings",
    module: settings,
  },
  {
    id: "routes/resources.too-large",
    parentId: "root",
    path: "resources/too-large",
    module: tooLarge,
  },
  {
    id: "routes/resources.refused",
    parentId: "root",
    path: "resources/refused",
    module: refused,
  },
  { id: "routes/$", parentId: "root", path: "*", module: notFound },
];

/**
 * The app's document renderer (entry.server, root with its Layout) over a few real route modules,
 * as the built server runs them: what a browser without JavaScript receives.
 */
const build = {
  mode: "production",
  entry: { module: entryServer },
  routes: Object.fromEntries(
    routes.map((r) => [r.id, { ...r, index: undefined, caseSensitive: undefined }]),
  ),
  assets: {
    version: "test",
    url: "/assets/manifest-test.js",
    entry: { module: "/assets/entry.client.js", imports: [] },
    routes: Object.fromEntries(
      routes.map((r) => [
        r.id,
        {
          id: r.id,
          parentId: r.parentId,
          path: r.path,
          module: `/assets/${r.id}.js`,
          imports: [],
          hasLoader: "loader" in r.module,
          hasAction: "action" in r.module,
          hasClientLoader: false,
          hasClientAction: false,
          hasErrorBoundary: "ErrorBoundary" in r.module,
        },
      ]),
    ),
  },
  publicPath: "/",
  assetsBuildDirectory: "build/client",
  basename: "/",
  isSpaMode: false,
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
    v3_routeConfig: false,
  },
} as unknown as ServerBuild;

const handle = createRequestHandler(build, "production");

async function page(path: string, cookie?: string) {
  const response = await handle(makeRequest(path, { cookie }));
  const html = await response.text();
  const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
  return { status: response.status, html, titles };
}

describe("an error page's title", () => {
  it("says the page was not found, not the title of the page it replaced", async () => {
    const creator = await makeUser("creator");
    const { cookie } = await sessionCookie(creator.id);
    const missing = await page("/dashboard/inquiries/no-such-inquiry", cookie);
    expect(missing.status).toBe(404);
    expect(missing.html).toContain("Page not found");
    expect(missing.titles).toEqual(["Page not found · Gigfolio"]);
  });

  it("names an unknown address a missing page too", async () => {
    const missing = await page("/no/such/page/here");
    expect(missing.status).toBe(404);
    expect(missing.titles).toEqual(["Page not found · Gigfolio"]);
  });

  it("says a page that is not the visitor's to open is not allowed", async () => {
    const brand = await makeUser("brand");
    const { cookie } = await sessionCookie(brand.id);
    const refused = await page("/dashboard/inquiries/no-such-inquiry", cookie);
    expect(refused.status).toBe(403);
    expect(refused.titles).toEqual(["Not allowed · Gigfolio"]);
  });

  it("says something went wrong for a failure on our side", () => {
    expect(errorPageTitle(errorStatus(new Error("boom")))).toBe("Something went wrong · Gigfolio");
  });

  it("keeps the route's own title on a page that worked", async () => {
    const creator = await makeUser("creator");
    const { cookie } = await sessionCookie(creator.id);
    const ok = await page("/dashboard/settings", cookie);
    expect(ok.status).toBe(200);
    expect(ok.titles).toEqual(["Account settings · Gigfolio"]);
  });
});

describe("the page for a body over a page's limit", () => {
  it("is an error page in the site's layout, with the limit and what to do", async () => {
    const creator = await makeUser("creator");
    const { cookie } = await sessionCookie(creator.id);
    const refused = await page(`${TOO_LARGE_PAGE_PATH}?limit=${UPLOAD_BODY_LIMIT}`, cookie);
    expect(refused.status).toBe(413);
    expect(refused.titles).toEqual(["Too large · Gigfolio"]);
    expect(refused.html).toContain("That is too large");
    expect(refused.html).toContain("bigger than the 6 MB this page accepts");
    // The layout: the skip link, the header with the signed-in account's menu, the footer.
    expect(refused.html).toContain("Skip to content");
    expect(refused.html).toContain(creator.displayName);
    expect(refused.html).toMatch(/<footer/);
  });

  it("says no number it was not given", async () => {
    const refused = await page(`${TOO_LARGE_PAGE_PATH}?limit=lots`);
    expect(refused.status).toBe(413);
    expect(refused.html).toContain("bigger than what this page accepts");
  });
});

describe("the page the origin and token-guess guards answer with", () => {
  it("says a form from another site was refused, as a 403 page in the site's layout titled by its status", async () => {
    const refusedPage = await page(`${REFUSED_PAGE_PATH}?reason=cross-site`);
    expect(refusedPage.status).toBe(403);
    expect(refusedPage.titles).toEqual(["Not allowed · Gigfolio"]);
    expect(refusedPage.html).toContain("This form came from another site.");
    expect(refusedPage.html).toContain("only accepts changes sent from its own pages");
    expect(refusedPage.html).toContain("Skip to content");
    expect(refusedPage.html).toMatch(/<footer/);
    expect(refusedPage.html).toContain('href="/"');
  });

  it("says too many dead links were tried, as a 429 page titled by its status", async () => {
    const refusedPage = await page(`${REFUSED_PAGE_PATH}?reason=link-guesses`);
    expect(refusedPage.status).toBe(429);
    expect(refusedPage.titles).toEqual(["Too many requests · Gigfolio"]);
    expect(refusedPage.html).toContain("Slow down a little");
    expect(refusedPage.html).toContain("Too many links from your network did not work.");
    expect(refusedPage.html).toContain("Skip to content");
  });

  it("is not found for a reason it does not know", async () => {
    for (const reason of ["", "toString", "nonsense"]) {
      const unknown = await page(`${REFUSED_PAGE_PATH}?reason=${reason}`);
      expect(unknown.status).toBe(404);
    }
    expect((await page(REFUSED_PAGE_PATH)).status).toBe(404);
  });
});
