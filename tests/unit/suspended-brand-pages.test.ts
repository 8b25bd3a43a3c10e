import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { contentVersion } from "~/db/query-cache.server";
import { reinstateUser, suspendUser } from "~/models/admin/admin-users.server";
import { saveBrandProfile } from "~/models/brands/brands.server";
import { getDealIdForApplication } from "~/models/deals/deals.server";
import { acceptApplication, applyToGig } from "~/models/gigs/applications.server";
import { changeGigStatus, createGig, getGig } from "~/models/gigs/gigs.server";
import { parseGigSearch } from "~/models/gigs/gig-schema";
import { searchGigs } from "~/models/gigs/search.server";
import * as brandPage from "~/routes/brands.$slug";
import * as gigPage from "~/routes/gigs.$gigId";
import { loader as applicationLoader } from "~/routes/dashboard.applications.$applicationId";
import { loader as dealLoader } from "~/routes/dashboard.deals.$dealId";
import { args, makeRequest, makeUser, sessionCookie, settle, statusOf } from "../utils";
import { gigInput } from "./fixtures/gig-input";
import { renderRoute, textOf } from "./render-route";

const applyInput = {
  message: "I review hiking gear every week for 80k subscribers.",
  proposed: 45000,
  portfolioItemIds: [],
};

async function signedIn(role: "creator" | "brand" | "admin") {
  const user = await makeUser(role);
  return { user, cookie: (await sessionCookie(user.id)).cookie };
}

async function brandWithGigs() {
  const brand = await makeUser("brand");
  const slug = `trail-${Math.random().toString(36).slice(2, 10)}`;
  saveBrandProfile(brand.id, { company: "Trail Co", slug, industry: "", description: "" });
  const open = createGig(brand.id, { ...gigInput, title: `Open ${slug}` });
  changeGigStatus(open.id, brand.id, "publish");
  const filled = createGig(brand.id, { ...gigInput, title: `Filled ${slug}` });
  changeGigStatus(filled.id, brand.id, "publish");
  return { brand, slug, open, filled };
}

const brandAt = (slug: string, cookie?: string) =>
  renderRoute(brandPage, "/brands/:slug", makeRequest(`/brands/${slug}`, { cookie }));
const gigAt = (id: string, cookie?: string) =>
  renderRoute(gigPage, "/gigs/:gigId", makeRequest(`/gigs/${id}`, { cookie }));
/** The status of a page's loader alone (a 404 rendered would only print the router's fallback). */
const statusAt = async (
  loader: (a: ReturnType<typeof args>) => unknown,
  path: string,
  params: Record<string, string>,
  cookie?: string,
) =>
  statusOf((await settle(async () => loader(args(makeRequest(path, { cookie }), params)))).value);
const brandStatus = (slug: string, cookie?: string) =>
  statusAt(brandPage.loader, `/brands/${slug}`, { slug }, cookie);
const gigStatus = (gigId: string, cookie?: string) =>
  statusAt(gigPage.loader, `/gigs/${gigId}`, { gigId }, cookie);

describe("a suspended brand's public pages", () => {
  it("its brand page is a 404 for everyone but admins, who see it marked suspended", async () => {
    const { brand, slug } = await brandWithGigs();
    const admin = await signedIn("admin");
    const creator = await signedIn("creator");
    expect((await brandAt(slug)).status).toBe(200);

    suspendUser({ adminId: admin.user.id, userId: brand.id, reason: "Fake brand" });

    expect(await brandStatus(slug)).toBe(404);
    expect(await brandStatus(slug, creator.cookie)).toBe(404);
    expect(await brandStatus(slug, (await signedIn("brand")).cookie)).toBe(404);
    const asAdmin = await brandAt(slug, admin.cookie);
    expect(asAdmin.status).toBe(200);
    expect(textOf(asAdmin.html)).toContain("This brand is suspended: only admins see this page.");

    // Reinstated: the page is public again (its gigs stay paused until the brand publishes them).
    reinstateUser({ adminId: admin.user.id, userId: brand.id });
    const back = await brandAt(slug);
    expect(back.status).toBe(200);
    expect(textOf(back.html)).not.toContain("suspended");
  });

  it("its gigs are a 404 except for admins and the creators who applied, whose application and deal go on", async () => {
    const { brand, open, filled } = await brandWithGigs();
    const admin = await signedIn("admin");
    const applicant = await signedIn("creator");
    const hired = await signedIn("creator");
    const stranger = await signedIn("creator");
    const application = applyToGig(applicant.user.id, open.id, applyInput);
    const hire = applyToGig(hired.user.id, filled.id, applyInput);
    acceptApplication(hire.id, brand.id);
    const dealId = getDealIdForApplication(hire.id)!;
    expect(dealId).toBeTruthy();
    expect((await gigAt(open.id)).status).toBe(200);

    suspendUser({ adminId: admin.user.id, userId: brand.id, reason: "Fake brand" });
    expect(getGig(open.id)?.status).toBe("paused");

    for (const gig of [open, filled]) {
      expect(await gigStatus(gig.id)).toBe(404);
      expect(await gigStatus(gig.id, stranger.cookie)).toBe(404);
      expect(await gigStatus(gig.id, (await signedIn("brand")).cookie)).toBe(404);
      expect(await gigStatus(gig.id, admin.cookie)).toBe(200);
    }
    const seen = await gigAt(open.id, applicant.cookie);
    expect(seen.status).toBe(200);
    const text = textOf(seen.html);
    expect(text).toContain("You still see this gig because you applied to it.");
    expect(text).toContain("You applied to this gig");
    // No link to the brand's page, which is gone for them.
    expect(seen.html).not.toContain('href="/brands/');
    expect((await gigAt(filled.id, hired.cookie)).status).toBe(200);
    const asAdmin = await gigAt(open.id, admin.cookie);
    expect(textOf(asAdmin.html)).toContain(
      "This brand is suspended: only admins and the creators who applied see this gig.",
    );
    expect(asAdmin.html).toContain('href="/brands/');

    // Their application and deal pages are as before.
    const app = await settle(async () =>
      applicationLoader(
        args(
          makeRequest(`/dashboard/applications/${application.id}`, { cookie: applicant.cookie }),
          {
            applicationId: application.id,
          },
        ),
      ),
    );
    expect(statusOf(app.value)).toBe(200);
    const deal = await settle(async () =>
      dealLoader(
        args(makeRequest(`/dashboard/deals/${dealId}`, { cookie: hired.cookie }), { dealId }),
      ),
    );
    expect(statusOf(deal.value)).toBe(200);

    // Nobody new applies: the page's form posts to a 404, writing nothing.
    const count = () =>
      sqlite.prepare("select count(*) from applications where gig_id = ?").pluck().get(open.id);
    const before = count();
    const post = await settle(async () =>
      gigPage.action(
        args(
          makeRequest(`/gigs/${open.id}`, {
            cookie: stranger.cookie,
            form: { intent: "apply", message: applyInput.message, proposed: "450" },
          }),
          { gigId: open.id },
        ),
      ),
    );
    expect(statusOf(post.value)).toBe(404);
    expect(count()).toBe(before);
  });

  it("leaves the gig board at once: the suspension moves the content version the cached lists are kept by", async () => {
    const { brand, open } = await brandWithGigs();
    const admin = await signedIn("admin");
    const search = parseGigSearch(new URLSearchParams());
    const ids = () => searchGigs({ ...search, q: open.title }).rows.map((r) => r.id);
    expect(ids()).toContain(open.id);
    const version = contentVersion();

    suspendUser({ adminId: admin.user.id, userId: brand.id, reason: "Fake brand" });

    // The stored /, /creators and /gigs pages and the cached queries are valid only at the version
    // they were made at (decisions 022, 023).
    expect(contentVersion()).not.toBe(version);
    expect(ids()).not.toContain(open.id);
  });

  it("moves the content version for a brand with nothing published too (its page leaves)", async () => {
    const brand = await makeUser("brand");
    const admin = await makeUser("admin");
    const version = contentVersion();
    suspendUser({ adminId: admin.id, userId: brand.id, reason: "Fake brand" });
    expect(contentVersion()).not.toBe(version);
  });
});

describe("a paused gig's public page", () => {
  it("stays readable, says it is paused, and takes no applications", async () => {
    const { brand, open } = await brandWithGigs();
    changeGigStatus(open.id, brand.id, "pause");
    const creator = await signedIn("creator");
    for (const cookie of [undefined, creator.cookie]) {
      const page = await gigAt(open.id, cookie);
      expect(page.status).toBe(200);
      expect(textOf(page.html)).toContain(
        "This gig is paused: it is not taking applications right now.",
      );
      expect(page.html).not.toContain('value="apply"');
      expect(textOf(page.html)).not.toContain("to apply.");
    }
    const post = await settle(async () =>
      gigPage.action(
        args(
          makeRequest(`/gigs/${open.id}`, {
            cookie: creator.cookie,
            form: { intent: "apply", message: applyInput.message, proposed: "450" },
          }),
          { gigId: open.id },
        ),
      ),
    );
    expect(statusOf(post.value)).toBe(400);
    expect(
      sqlite.prepare("select count(*) from applications where gig_id = ?").pluck().get(open.id),
    ).toBe(0);
  });
});
