import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "~/db/client.server";
import { emailOutbox } from "~/db/schema/accounts";
import { brandProfiles } from "~/db/schema/brands";
import { applications, savedGigs } from "~/db/schema/gigs";
import { offers } from "~/db/schema/deals";
import { saveBrandProfile } from "~/models/brands/brands.server";
import { makeOffer } from "~/models/deals/offers.server";
import { OfferSchema } from "~/models/deals/deal-schema";
import { applyToGig, withdrawApplication } from "~/models/gigs/applications.server";
import { changeGigStatus, createGig } from "~/models/gigs/gigs.server";
import { compareSavedGigs, saveGig } from "~/models/gigs/saved.server";
import { action as applicationAction } from "~/routes/dashboard.applications.$applicationId";
import { action as brandProfileAction } from "~/routes/dashboard.brand-profile";
import { action as newGigAction, loader as newGigLoader } from "~/routes/dashboard.gigs.new";
import { action as gigPageAction } from "~/routes/gigs.$gigId";
import { loader as compareLoader } from "~/routes/dashboard.saved-gigs.compare";
import {
  args,
  dataOf,
  locationOf,
  makeRequest,
  makeUser,
  sessionCookie,
  settle,
  statusOf,
} from "../utils";
import { gigInput } from "./fixtures/gig-input";

async function publishedGig() {
  const brand = await makeUser("brand");
  saveBrandProfile(brand.id, {
    company: "Boots Co",
    slug: `boots-${Math.random().toString(36).slice(2, 10)}`,
    industry: "",
    description: "",
  });
  const gig = createGig(brand.id, gigInput);
  changeGigStatus(gig.id, brand.id, "publish");
  return { brand, gig };
}

const applyForm = {
  intent: "apply",
  message: "I review hiking gear every week for 80k subscribers.",
  proposed: "450",
};

describe("roles and ownership on routes", () => {
  it("a creator cannot post a gig (403) and a brand cannot apply (403)", async () => {
    const creator = await makeUser("creator");
    const { cookie } = await sessionCookie(creator.id);
    const r = await settle(() =>
      newGigAction(args(makeRequest("/dashboard/gigs/new", { form: {}, cookie }))),
    );
    expect(statusOf(r.value)).toBe(403);
    const { gig } = await publishedGig();
    const otherBrand = await makeUser("brand");
    const b = await sessionCookie(otherBrand.id);
    const r2 = await settle(() =>
      gigPageAction(
        args(makeRequest(`/gigs/${gig.id}`, { form: applyForm, cookie: b.cookie }), {
          gigId: gig.id,
        }),
      ),
    );
    expect(statusOf(r2.value)).toBe(403);
  });
  it("anonymous users are sent to log in and back", async () => {
    const { gig } = await publishedGig();
    const r = await settle(() =>
      gigPageAction(args(makeRequest(`/gigs/${gig.id}`, { form: applyForm }), { gigId: gig.id })),
    );
    expect(statusOf(r.value)).toBe(302);
    expect((r.value as Response).headers.get("Location")).toBe(
      `/login?redirectTo=%2Fgigs%2F${gig.id}`,
    );
  });
  it("the applicant cannot accept their own application as if they were the brand", async () => {
    const { gig } = await publishedGig();
    const creator = await makeUser("creator");
    const app = applyToGig(creator.id, gig.id, {
      message: applyForm.message,
      proposed: 45000,
      portfolioItemIds: [],
    });
    const { cookie } = await sessionCookie(creator.id);
    const r = await settle(() =>
      applicationAction(
        args(
          makeRequest(`/dashboard/applications/${app.id}`, { form: { intent: "accept" }, cookie }),
          { applicationId: app.id },
        ),
      ),
    );
    expect(statusOf(r.value)).toBe(403);
    expect(db.select().from(applications).where(eq(applications.id, app.id)).get()?.status).toBe(
      "pending",
    );
  });
  it("someone else's application is a 404, and they cannot make offers on it", async () => {
    const { gig } = await publishedGig();
    const creator = await makeUser("creator");
    const app = applyToGig(creator.id, gig.id, {
      message: applyForm.message,
      proposed: 45000,
      portfolioItemIds: [],
    });
    const stranger = await makeUser("brand");
    const { cookie } = await sessionCookie(stranger.id);
    const form = {
      intent: "offer",
      amount: "500",
      deliverables: "1 video",
      timelineDays: "7",
      expiresInDays: "7",
    };
    const r = await settle(() =>
      applicationAction(
        args(makeRequest(`/dashboard/applications/${app.id}`, { form, cookie }), {
          applicationId: app.id,
        }),
      ),
    );
    expect(statusOf(r.value)).toBe(404);
    expect(
      makeOffer(app.id, { id: stranger.id, role: "brand" }, OfferSchema.parse(form)),
    ).toBeNull();
    expect(db.select().from(offers).where(eq(offers.applicationId, app.id)).all()).toHaveLength(0);
  });
});

describe("apply and offer forms", () => {
  it("applying twice through the form answers 400 with a message, and notifies the brand once", async () => {
    const { gig, brand } = await publishedGig();
    const creator = await makeUser("creator");
    const { cookie } = await sessionCookie(creator.id);
    const first = await settle(() =>
      gigPageAction(
        args(makeRequest(`/gigs/${gig.id}`, { form: applyForm, cookie }), { gigId: gig.id }),
      ),
    );
    expect(statusOf(first.value)).toBe(302);
    const second = await settle(() =>
      gigPageAction(
        args(makeRequest(`/gigs/${gig.id}`, { form: applyForm, cookie }), { gigId: gig.id }),
      ),
    );
    expect(statusOf(second.value)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(second.value).error[""]).toEqual([
      "You have already applied to this gig.",
    ]);
    const mails = db
      .select()
      .from(emailOutbox)
      .where(
        and(eq(emailOutbox.toAddress, brand.email), eq(emailOutbox.kind, "gig_application_new")),
      )
      .all();
    expect(mails).toHaveLength(1);
  });
  it("a bad price is a 400 on the price field and nothing is written", async () => {
    const { gig } = await publishedGig();
    const creator = await makeUser("creator");
    const { cookie } = await sessionCookie(creator.id);
    const r = await settle(() =>
      gigPageAction(
        args(makeRequest(`/gigs/${gig.id}`, { form: { ...applyForm, proposed: "-3" }, cookie }), {
          gigId: gig.id,
        }),
      ),
    );
    expect(statusOf(r.value)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(r.value).error.proposed?.[0]).toMatch(
      /Your price/,
    );
    expect(
      db.select().from(applications).where(eq(applications.creatorId, creator.id)).all(),
    ).toHaveLength(0);
  });
  it("an offer with no deliverables is refused with a field message and the other side is emailed for a valid one", async () => {
    const { gig, brand } = await publishedGig();
    const creator = await makeUser("creator");
    const app = applyToGig(creator.id, gig.id, {
      message: applyForm.message,
      proposed: 45000,
      portfolioItemIds: [],
    });
    const { cookie } = await sessionCookie(brand.id);
    /** The brand posts the offer form with these deliverables. */
    const offerWith = (deliverables: string) =>
      settle(() =>
        applicationAction(
          args(
            makeRequest(`/dashboard/applications/${app.id}`, {
              form: {
                intent: "offer",
                amount: "400",
                deliverables,
                timelineDays: "7",
                expiresInDays: "7",
              },
              cookie,
            }),
            { applicationId: app.id },
          ),
        ),
      );
    const bad = await offerWith(" ");
    expect(statusOf(bad.value)).toBe(400);
    const reply = dataOf<{ error: Record<string, string[]>; intent?: unknown; form?: string }>(
      bad.value,
    );
    expect(reply.error.deliverables?.[0]).toBeTruthy();
    // Conform's own `intent` is left alone (a string there hides the errors in the browser); the
    // page tells its offer forms apart by `form`.
    expect(typeof reply.intent).not.toBe("string");
    expect(reply.form).toBe("offer");

    // A deliverable over the limit is refused on the field the form shows, naming the line.
    const long = await offerWith(`1 video\n${"x".repeat(301)}`);
    expect(statusOf(long.value)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(long.value).error).toEqual({
      deliverables: ["Deliverable 2 is too long: at most 300 characters each"],
    });
    const ok = await offerWith("1 video");
    expect(statusOf(ok.value)).toBe(302);
    expect(
      db
        .select()
        .from(emailOutbox)
        .where(
          and(
            eq(emailOutbox.toAddress, creator.email),
            eq(emailOutbox.kind, "deal_offer_received"),
          ),
        )
        .all(),
    ).toHaveLength(1);
  });
  it("withdrawing a pending application also withdraws its open offer", async () => {
    const { gig, brand } = await publishedGig();
    const creator = await makeUser("creator");
    const app = applyToGig(creator.id, gig.id, {
      message: applyForm.message,
      proposed: 45000,
      portfolioItemIds: [],
    });
    makeOffer(
      app.id,
      { id: brand.id, role: "brand" },
      OfferSchema.parse({ amount: "400", deliverables: "1 video", timelineDays: "7" }),
    );
    withdrawApplication(app.id, creator.id);
    expect(db.select().from(offers).where(eq(offers.applicationId, app.id)).get()?.status).toBe(
      "withdrawn",
    );
  });
});

describe("brand profile and saved gigs", () => {
  it("refuses a website that is not an http(s) URL, writing nothing", async () => {
    const brand = await makeUser("brand");
    const { cookie } = await sessionCookie(brand.id);
    const r = await settle(() =>
      brandProfileAction(
        args(
          makeRequest("/dashboard/brand-profile", {
            form: { company: "Acme", slug: "acme-x1", website: "javascript:alert(1)" },
            cookie,
          }),
        ),
      ),
    );
    expect(statusOf(r.value)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(r.value).error.website?.[0]).toMatch(
      /full address/,
    );
    expect(
      db.select().from(brandProfiles).where(eq(brandProfiles.userId, brand.id)).get(),
    ).toBeUndefined();
  });
  it("a brand sent to set up its profile before posting a gig goes back to the gig form once saved", async () => {
    const brand = await makeUser("brand");
    const { cookie } = await sessionCookie(brand.id);
    const sent = await settle(() =>
      newGigLoader(args(makeRequest("/dashboard/gigs/new", { cookie }))),
    );
    expect(locationOf(sent.value)).toBe("/dashboard/brand-profile?needed=gig");
    const saved = await settle(() =>
      brandProfileAction(
        args(
          makeRequest("/dashboard/brand-profile?needed=gig", {
            form: {
              company: "Acme",
              slug: `acme-${brand.id
                .slice(0, 6)
                .toLowerCase()
                .replace(/[^a-z0-9]/g, "x")}`,
              next: "gig",
            },
            cookie,
          }),
        ),
      ),
    );
    expect(locationOf(saved.value)).toBe("/dashboard/gigs/new");
  });
  it("compare shows at most four of the creator's own saved gigs, with their private notes", async () => {
    const creator = await makeUser("creator");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { gig } = await publishedGig();
      saveGig(creator.id, gig.id, `note ${i}`);
      ids.push(gig.id);
    }
    const rows = compareSavedGigs(creator.id, ids);
    expect(rows.map((r) => r.note)).toEqual(["note 0", "note 1", "note 2", "note 3"]);
    const other = await makeUser("creator");
    expect(compareSavedGigs(other.id, ids)).toEqual([]);
    const { cookie } = await sessionCookie(creator.id);
    const r = await settle(() =>
      compareLoader(
        args(makeRequest(`/dashboard/saved-gigs/compare?ids=${ids.join(",")}`, { cookie })),
      ),
    );
    expect(dataOf<{ rows: unknown[]; tooMany: boolean }>(r.value)).toMatchObject({ tooMany: true });
    expect(
      db.select().from(savedGigs).where(eq(savedGigs.creatorId, creator.id)).all(),
    ).toHaveLength(5);
  });
});

describe("portfolio items on applications", () => {
  it("keeps only the applicant's own items and shows a portfolio summary to the brand", async () => {
    const { saveProfile } = await import("~/models/portfolio/profiles.server");
    const { sqlite } = await import("~/db/client.server");
    const { listApplicants, listApplicationItems } =
      await import("~/models/gigs/applications.server");
    const { gig, brand } = await publishedGig();
    const mk = async (slug: string) => {
      const u = await makeUser("creator");
      saveProfile(u.id, {
        displayName: slug,
        slug,
        headline: "Hiker",
        bio: "",
        visibility: "public",
        categoryIds: [],
      });
      const id = `item-${slug}`;
      sqlite
        .prepare(
          `insert into portfolio_items (id, creator_id, kind, title, url, position, created_at) values (?, ?, 'link', ?, 'https://x.test', 0, 0)`,
        )
        .run(id, u.id, `Work of ${slug}`);
      return { u, id };
    };
    const suffix = Math.random().toString(36).slice(2, 8);
    const a = await mk(`alpha-${suffix}`);
    const b = await mk(`beta-${suffix}`);
    const app = applyToGig(a.u.id, gig.id, {
      message: applyForm.message,
      proposed: 45000,
      portfolioItemIds: [a.id, b.id],
    });
    expect(listApplicationItems(app.id)).toEqual([a.id]);
    const row = listApplicants(gig.id, { id: brand.id, role: "brand" })!.rows[0]!;
    expect(row.creatorSlug).toBe(`alpha-${suffix}`);
    expect(row.portfolio.map((i) => i.title)).toEqual([`Work of alpha-${suffix}`]);
  });
});
