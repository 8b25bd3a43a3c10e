import { count, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";

// Its own database, seeded with the demo data: other test files share the worker's database, and the
// demo seed only runs on an empty one.
await vi.hoisted(async () => {
  const { copyFileSync } = await import("node:fs");
  const { dirname, join } = await import("node:path");
  const shared = process.env.DATABASE_PATH!;
  const own = shared.replace(/\.db$/, "-statement-reuse.db");
  copyFileSync(join(dirname(shared), "template.db"), own);
  process.env.DATABASE_PATH = own;
});

import { db, sqlite } from "~/db/client.server";
import { bookings, inquiries, portfolioItems, users } from "~/db/schema";
import { brandProfiles } from "~/db/schema/brands";
import { gigs } from "~/db/schema/gigs";
import { seedDemo } from "~/db/seed.server";
import { checkDate } from "~/models/bookings/availability.server";
import { DateUnavailableError, requestBooking } from "~/models/bookings/bookings.server";
import { OfferSchema } from "~/models/deals/deal-schema";
import { makeOffer } from "~/models/deals/offers.server";
import { ApplySchema } from "~/models/gigs/gig-schema";
import { acceptApplication, applyToGig } from "~/models/gigs/applications.server";
import { changeGigStatus, createGig } from "~/models/gigs/gigs.server";
import { saveGig } from "~/models/gigs/saved.server";
import { loader as rootLoader } from "~/root";
import { action as bookAction, loader as bookLoader } from "~/routes/$slug_.book";
import { loader as mediaKitLoader } from "~/routes/$slug_.media-kit";
import { action as portfolioAction, loader as portfolioLoader } from "~/routes/$slug";
import { loader as homeLoader } from "~/routes/_index";
import { loader as clientBookingLoader } from "~/routes/booking.$token";
import { loader as brandPageLoader } from "~/routes/brands.$slug";
import { loader as creatorsLoader } from "~/routes/creators._index";
import { loader as dashboardLayoutLoader } from "~/routes/dashboard";
import { loader as dashboardLoader } from "~/routes/dashboard._index";
import { loader as applicationLoader } from "~/routes/dashboard.applications.$applicationId";
import { loader as applicationsLoader } from "~/routes/dashboard.applications._index";
import { loader as availabilityLoader } from "~/routes/dashboard.availability";
import { loader as bookingLoader } from "~/routes/dashboard.bookings.$bookingId";
import { loader as bookingsLoader } from "~/routes/dashboard.bookings._index";
import { loader as brandProfileLoader } from "~/routes/dashboard.brand-profile";
import { loader as dayLoader } from "~/routes/dashboard.calendar.$date";
import { loader as calendarLoader } from "~/routes/dashboard.calendar._index";
import { loader as dealLoader } from "~/routes/dashboard.deals.$dealId";
import { loader as dealsLoader } from "~/routes/dashboard.deals._index";
import { loader as favouritesLoader } from "~/routes/dashboard.favourites";
import { loader as featuredLoader } from "~/routes/dashboard.featured";
import { loader as gigEditLoader } from "~/routes/dashboard.gigs.$gigId_.edit";
import { loader as brandGigLoader } from "~/routes/dashboard.gigs.$gigId";
import { loader as brandGigsLoader } from "~/routes/dashboard.gigs._index";
import { loader as inquiryLoader } from "~/routes/dashboard.inquiries.$inquiryId";
import { loader as inquiriesLoader } from "~/routes/dashboard.inquiries._index";
import { loader as profileLoader } from "~/routes/dashboard.profile";
import { loader as itemsLoader } from "~/routes/dashboard.profile_.items";
import { loader as itemLoader } from "~/routes/dashboard.profile_.items_.$itemId";
import { loader as ratesLoader } from "~/routes/dashboard.profile_.rates";
import { loader as shareLoader } from "~/routes/dashboard.profile_.share";
import { loader as socialLoader } from "~/routes/dashboard.profile_.social";
import { loader as reviewsLoader } from "~/routes/dashboard.reviews";
import { loader as savedGigsLoader } from "~/routes/dashboard.saved-gigs._index";
import { loader as analyticsLoader } from "~/routes/dashboard.analytics";
import { loader as settingsLoader } from "~/routes/dashboard.settings";
import { loader as loginLoader } from "~/routes/login";
import { loader as thanksLoader } from "~/routes/review.thanks";
import { loader as signupLoader } from "~/routes/signup";
import { loader as mediaLoader } from "~/routes/dashboard.profile_.media";
import { loader as newGigLoader } from "~/routes/dashboard.gigs.new";
import { loader as compareLoader } from "~/routes/dashboard.saved-gigs.compare";
import { loader as gigLoader } from "~/routes/gigs.$gigId";
import { loader as gigsLoader } from "~/routes/gigs._index";
import { resetRateLimitsForTests } from "~/utils/rate-limit.server";
import { args, makeRequest, sessionCookie, statusOf } from "../utils";
import { gigInput } from "./fixtures/gig-input";

type Loader = (a: ReturnType<typeof args>) => Promise<unknown>;
type Visit = { path: string; loader: Loader; params?: Record<string, string> };

const byEmail = (email: string) =>
  db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;

let cookies: Record<"creator" | "brand" | "admin", string>;
let pages: Record<"creator" | "brand" | "admin" | "anonymous", Visit[]>;

beforeAll(async () => {
  await seedDemo();
  const maya = { id: byEmail("maya@demo.gigfolio.local") };
  // The demo brand with the most gigs.
  const brandId = db
    .select({ id: gigs.brandId, n: count() })
    .from(gigs)
    .groupBy(gigs.brandId)
    .orderBy(desc(count()))
    .get()!.id;
  const creator = db
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, maya.id))
    .get()!;
  const gigA = db.select({ id: gigs.id }).from(gigs).where(eq(gigs.brandId, brandId)).get()!.id;
  const gigB = createGig(brandId, gigInput).id;
  changeGigStatus(gigB, brandId, "publish");
  const brandSlug = db
    .select({ slug: brandProfiles.slug })
    .from(brandProfiles)
    .where(eq(brandProfiles.userId, brandId))
    .get()!.slug;
  // An application the brand accepted (a deal), and one still negotiating (an offer).
  const apply = (proposed: string) =>
    ApplySchema.parse({ message: "I film outdoor gear every week for 80k people.", proposed });
  const accepted = applyToGig(maya.id, gigA, apply("400"));
  const deal = acceptApplication(accepted.id, brandId)!;
  const open = applyToGig(maya.id, gigB, apply("600"));
  makeOffer(
    open.id,
    { id: brandId, role: "brand" },
    OfferSchema.parse({ amount: "500", deliverables: "1 YouTube video", timelineDays: "14" }),
  );
  saveGig(maya.id, gigB);
  // A booking request on the first day Maya takes one, about two months ahead.
  let booked: { token: string; date: string } | undefined;
  for (let day = 60; !booked && day < 90; day++) {
    const date = new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10);
    try {
      const { token } = requestBooking(
        creator,
        {
          date,
          name: "Client",
          email: "client@example.com",
          message: "A day of product photos, please.",
          customRequest: "Product photos",
        },
        "http://localhost:3000",
      );
      booked = { token, date };
    } catch (error) {
      if (!(error instanceof DateUnavailableError)) throw error;
    }
  }
  const { token, date } = booked!;
  const one = <T>(q: { get: () => T | undefined }) => q.get()!;
  const booking = one(
    db.select({ id: bookings.id }).from(bookings).where(eq(bookings.creatorId, maya.id)),
  ).id;
  const inquiry = one(
    db.select({ id: inquiries.id }).from(inquiries).where(eq(inquiries.creatorId, maya.id)),
  ).id;
  const item = one(
    db
      .select({ id: portfolioItems.id })
      .from(portfolioItems)
      .where(eq(portfolioItems.creatorId, maya.id)),
  ).id;
  cookies = {
    creator: (await sessionCookie(maya.id)).cookie,
    brand: (await sessionCookie(brandId)).cookie,
    admin: (await sessionCookie(byEmail("admin@demo.gigfolio.local"))).cookie,
  };
  const layout = (path: string, loader: Loader, params?: Record<string, string>): Visit[] => [
    { path, loader: rootLoader as Loader },
    { path, loader: dashboardLayoutLoader as Loader },
    { path, loader, params },
  ];
  pages = {
    creator: [
      ...layout("/dashboard", dashboardLoader as Loader),
      ...layout("/dashboard/bookings", bookingsLoader as Loader),
      ...layout(`/dashboard/bookings/${booking}`, bookingLoader as Loader, { bookingId: booking }),
      ...layout("/dashboard/inquiries", inquiriesLoader as Loader),
      ...layout(`/dashboard/inquiries/${inquiry}`, inquiryLoader as Loader, { inquiryId: inquiry }),
      ...layout("/dashboard/calendar", calendarLoader as Loader),
      ...layout(`/dashboard/calendar/${date}`, dayLoader as Loader, { date }),
      ...layout("/dashboard/reviews", reviewsLoader as Loader),
      ...layout("/dashboard/applications", applicationsLoader as Loader),
      ...layout(`/dashboard/applications/${open.id}`, applicationLoader as Loader, {
        applicationId: open.id,
      }),
      ...layout("/dashboard/deals", dealsLoader as Loader),
      ...layout(`/dashboard/deals/${deal.id}`, dealLoader as Loader, { dealId: deal.id }),
      ...layout("/dashboard/profile", profileLoader as Loader),
      ...layout("/dashboard/profile/items", itemsLoader as Loader),
      ...layout(`/dashboard/profile/items/${item}`, itemLoader as Loader, { itemId: item }),
      ...layout("/dashboard/profile/rates", ratesLoader as Loader),
      ...layout("/dashboard/profile/social", socialLoader as Loader),
      ...layout("/dashboard/profile/share", shareLoader as Loader),
      ...layout("/dashboard/availability", availabilityLoader as Loader),
      ...layout("/dashboard/settings", settingsLoader as Loader),
      ...layout("/dashboard/analytics?days=90", analyticsLoader as Loader),
      ...layout("/dashboard/saved-gigs", savedGigsLoader as Loader),
      ...layout(`/dashboard/saved-gigs/compare?ids=${gigB}`, compareLoader as Loader),
      ...layout("/dashboard/profile/media", mediaLoader as Loader),
    ],
    brand: [
      ...layout("/dashboard", dashboardLoader as Loader),
      ...layout("/dashboard/gigs", brandGigsLoader as Loader),
      ...layout(`/dashboard/gigs/${gigB}`, brandGigLoader as Loader, { gigId: gigB }),
      ...layout(`/dashboard/gigs/${gigB}/edit`, gigEditLoader as Loader, { gigId: gigB }),
      ...layout("/dashboard/deals", dealsLoader as Loader),
      ...layout(`/dashboard/deals/${deal.id}`, dealLoader as Loader, { dealId: deal.id }),
      ...layout("/dashboard/favourites", favouritesLoader as Loader),
      ...layout("/dashboard/brand-profile", brandProfileLoader as Loader),
      ...layout("/dashboard/gigs/new", newGigLoader as Loader),
      ...layout(`/dashboard/applications/${open.id}`, applicationLoader as Loader, {
        applicationId: open.id,
      }),
    ],
    admin: [...layout("/dashboard/featured", featuredLoader as Loader)],
    anonymous: [
      { path: "/", loader: homeLoader as Loader },
      { path: "/login", loader: loginLoader as Loader },
      { path: "/signup", loader: signupLoader as Loader },
      { path: "/review/thanks?creator=maya", loader: thanksLoader as Loader },
      { path: "/creators?sort=rating", loader: creatorsLoader as Loader },
      { path: "/gigs", loader: gigsLoader as Loader },
      {
        path: "/maya",
        loader: portfolioLoader as Loader,
        params: { slug: "maya" },
      },
      {
        path: "/maya/book",
        loader: bookLoader as Loader,
        params: { slug: "maya" },
      },
      {
        path: "/maya/media-kit",
        loader: mediaKitLoader as Loader,
        params: { slug: "maya" },
      },
      {
        path: `/brands/${brandSlug}`,
        loader: brandPageLoader as Loader,
        params: { slug: brandSlug },
      },
      { path: `/gigs/${gigB}`, loader: gigLoader as Loader, params: { gigId: gigB } },
      { path: `/booking/${token}`, loader: clientBookingLoader as Loader, params: { token } },
    ],
  };
});

/** Statements compiled while the loader answers a request it has answered before. */
async function compiledOnSecondVisit(visit: Visit, cookie?: string) {
  const call = () =>
    visit.loader(args(makeRequest(visit.path, cookie ? { cookie } : {}), visit.params ?? {}));
  const first = await call();
  expect(statusOf(first), visit.path).toBe(200);
  const prepare = vi.spyOn(sqlite, "prepare");
  try {
    await call();
    return prepare.mock.calls.map(([source]) => String(source).replace(/\s+/g, " ").slice(0, 90));
  } finally {
    prepare.mockRestore();
  }
}

describe("pages compile their SQL once (issue #6: prepared statements, not rebuilt per call)", () => {
  it.each(["creator", "brand", "admin", "anonymous"] as const)(
    "every %s page's loaders compile no statement on a second visit",
    async (who) => {
      const compiled: Record<string, string[]> = {};
      for (const visit of pages[who]) {
        const sources = await compiledOnSecondVisit(
          visit,
          who === "anonymous" ? undefined : cookies[who],
        );
        if (sources.length) compiled[visit.path] = [...(compiled[visit.path] ?? []), ...sources];
      }
      expect(compiled).toEqual({});
    },
  );
});

describe("the public forms compile their SQL once", () => {
  /** Statements compiled by the second of two posts that each succeed (a redirect). */
  async function compiledOnSecondPost(send: (n: number) => Promise<unknown>) {
    resetRateLimitsForTests();
    expect(statusOf(await send(1))).toBe(302);
    const prepare = vi.spyOn(sqlite, "prepare");
    try {
      expect(statusOf(await send(2))).toBe(302);
      return prepare.mock.calls.map(([source]) => String(source).replace(/\s+/g, " ").slice(0, 90));
    } finally {
      prepare.mockRestore();
    }
  }

  it("an inquiry from a creator's page", async () => {
    const compiled = await compiledOnSecondPost((n) =>
      portfolioAction(
        args(
          makeRequest("/maya", {
            form: {
              name: `Visitor ${n}`,
              email: `visitor${n}@example.com`,
              message: "Are you free for a shoot in May?",
            },
          }),
          { slug: "maya" },
        ),
      ).catch((thrown: unknown) => thrown),
    );
    expect(compiled).toEqual([]);
  });

  it("a booking request", async () => {
    const maya = byEmail("maya@demo.gigfolio.local");
    const free: string[] = [];
    for (let day = 100; free.length < 2 && day < 200; day++) {
      const date = new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10);
      if (!checkDate(maya, date)) free.push(date);
    }
    const compiled = await compiledOnSecondPost((n) =>
      bookAction(
        args(
          makeRequest("/maya/book", {
            form: {
              date: free[n - 1]!,
              name: `Client ${n}`,
              email: `client${n}@example.com`,
              message: "A day of product photos, please.",
              customRequest: "Product photos",
            },
          }),
          { slug: "maya" },
        ),
      ).catch((thrown: unknown) => thrown),
    );
    expect(compiled).toEqual([]);
  });
});
