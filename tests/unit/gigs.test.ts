import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, sqlite } from "~/db/client.server";
import { emailOutbox } from "~/db/schema/accounts";
import { applications, gigs } from "~/db/schema/gigs";
import { deals, offers } from "~/db/schema/deals";
import { saveBrandProfile, getBrandReputation } from "~/models/brands/brands.server";
import { rateBrand } from "~/models/brands/ratings.server";
import { cancelDeal, getDealForParty, listDeliverables } from "~/models/deals/deals.server";
import {
  approveDeliverable,
  requestRevision,
  submitDeliverable,
  NotYourTurnError,
} from "~/models/deals/deliverables.server";
import {
  makeOffer,
  respondToOffer,
  OfferError,
  effectiveOfferStatus,
} from "~/models/deals/offers.server";
import { reviewCreatorForDeal } from "~/models/deals/creator-review.server";
import { OfferSchema } from "~/models/deals/deal-schema";
import {
  acceptApplication,
  AlreadyAppliedError,
  applyToGig,
  listApplicants,
  rejectApplication,
  shortlistApplication,
  withdrawApplication,
} from "~/models/gigs/applications.server";
import { makeGigSchema, parseGigSearch } from "~/models/gigs/gig-schema";
import { changeGigStatus, createGig } from "~/models/gigs/gigs.server";
import { searchGigs } from "~/models/gigs/search.server";
import { listCategories } from "~/models/portfolio/profiles.server";
import {
  APPLICATION_TRANSITIONS,
  assertTransition,
  canTransition,
  DEAL_TRANSITIONS,
  DELIVERABLE_TRANSITIONS,
  GIG_TRANSITIONS,
  IllegalTransitionError,
  OFFER_TRANSITIONS,
} from "~/models/gigs/state";
import { loader as dealLoader } from "~/routes/dashboard.deals.$dealId";
import { loader as manageGigLoader } from "~/routes/dashboard.gigs.$gigId";
import { loader as gigPageLoader } from "~/routes/gigs.$gigId";
import { action as newGigAction } from "~/routes/dashboard.gigs.new";
import { args, makeRequest, makeUser, sessionCookie, settle, statusOf } from "../utils";

const TODAY = "2026-01-10";
const FUTURE = "2099-12-31";

function gigForm(overrides: Record<string, string | string[]> = {}) {
  return {
    title: "Winter jacket reel",
    description: "Show our new winter jacket on a real hike, with honest commentary.",
    budgetMin: "500",
    budgetMax: "1500",
    currency: "USD",
    remote: "on",
    location: "",
    requirements: "",
    deliverables: "1 Instagram reel\n3 stories",
    deadline: FUTURE,
    creatorsWanted: "1",
    ...overrides,
  };
}

function parseGig(form: Record<string, string | string[]>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(form))
    for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  const obj: Record<string, unknown> = {};
  for (const [k, v] of fd.entries())
    obj[k] = k === "categoryIds" || k === "platforms" ? [...((obj[k] as string[]) ?? []), v] : v;
  if (obj.location === "") delete obj.location;
  return makeGigSchema(TODAY).safeParse(obj);
}

async function setup(options: { creatorsWanted?: number } = {}) {
  const brand = await makeUser("brand");
  saveBrandProfile(brand.id, {
    company: "Northwind Test",
    slug: `nw-${brand.id
      .slice(0, 6)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "x")}`,
    industry: "Outdoor",
    description: "",
  });
  const creator = await makeUser("creator");
  const parsed = makeGigSchema().parse({
    ...gigForm({ creatorsWanted: String(options.creatorsWanted ?? 1) }),
    location: undefined,
  });
  const gig = createGig(brand.id, parsed);
  changeGigStatus(gig.id, brand.id, "publish");
  const B = { id: brand.id, role: "brand" };
  const C = { id: creator.id, role: "creator" };
  return { brand, creator, gig, B, C };
}

const applyInput = {
  message: "I hike every weekend and film it in 4K. Happy to help.",
  proposed: 90000,
  portfolioItemIds: [],
};

describe("gig validation", () => {
  it("accepts a valid gig and converts the budget to cents", () => {
    const r = parseGig(gigForm());
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.budgetMin).toBe(50000);
      expect(r.data.budgetMax).toBe(150000);
      expect(r.data.deliverables).toEqual(["1 Instagram reel", "3 stories"]);
    }
  });
  it("refuses a minimum above the maximum, on the maximum field", () => {
    const r = parseGig(gigForm({ budgetMin: "2000", budgetMax: "100" }));
    expect(r.success).toBe(false);
    expect(
      r.error?.issues.some(
        (i) => i.path[0] === "budgetMax" && /at least the minimum/.test(i.message),
      ),
    ).toBe(true);
  });
  it("refuses a malformed budget and a past or malformed deadline", () => {
    expect(parseGig(gigForm({ budgetMin: "12abc" })).error?.issues[0]?.path[0]).toBe("budgetMin");
    expect(
      parseGig(gigForm({ deadline: "2026-01-09" })).error?.issues.find(
        (i) => i.path[0] === "deadline",
      )?.message,
    ).toMatch(/past/);
    expect(
      parseGig(gigForm({ deadline: "2026-02-30" })).error?.issues.find(
        (i) => i.path[0] === "deadline",
      )?.message,
    ).toMatch(/YYYY-MM-DD/);
  });
  it("refuses a deliverable over 300 characters on the deliverables field, naming it", () => {
    const r = parseGig(gigForm({ deliverables: `- ${"x".repeat(301)}\n- 1 reel` }));
    expect(r.success).toBe(false);
    expect(r.error?.flatten().fieldErrors.deliverables).toEqual([
      "Deliverable 1 is too long: at most 300 characters each",
    ]);
    expect(parseGig(gigForm({ deliverables: "x".repeat(300) })).success).toBe(true);
  });

  it("refuses decimals in a currency without them (yen), on the field", () => {
    const r = parseGig(gigForm({ currency: "JPY", budgetMin: "1000.40", budgetMax: "2000" }));
    expect(r.success).toBe(false);
    expect(r.error?.flatten().fieldErrors.budgetMin).toEqual([
      "Minimum budget: JPY amounts are whole numbers, without decimals",
    ]);
    expect(
      parseGig(gigForm({ currency: "JPY", budgetMin: "1000", budgetMax: "2000" })).success,
    ).toBe(true);
    expect(parseGig(gigForm({ currency: "EUR", budgetMin: "1000.40" })).success).toBe(true);
  });
  it("requires a location unless remote", () => {
    const r = parseGig(gigForm({ remote: "" }));
    expect(r.error?.issues.find((i) => i.path[0] === "location")).toBeTruthy();
  });
  it("the database refuses min > max too", async () => {
    const brand = await makeUser("brand");
    expect(() =>
      db
        .insert(gigs)
        .values({
          brandId: brand.id,
          title: "Bad gig",
          description: "x".repeat(30),
          budgetMinCents: 500,
          budgetMaxCents: 100,
          deadline: FUTURE,
          remote: true,
        })
        .run(),
    ).toThrow(/CHECK constraint failed/);
  });
  it("the new-gig route answers 400 with field errors and writes nothing", async () => {
    const brand = await makeUser("brand");
    saveBrandProfile(brand.id, {
      company: "Route Test",
      slug: `rt-${Date.now()}`,
      industry: "",
      description: "",
    });
    const { cookie } = await sessionCookie(brand.id);
    const before = db.select().from(gigs).where(eq(gigs.brandId, brand.id)).all().length;
    const res = await settle(() =>
      newGigAction(
        args(
          makeRequest("/dashboard/gigs/new", {
            form: gigForm({ budgetMin: "900", budgetMax: "100" }),
            cookie,
          }),
        ),
      ),
    );
    expect(statusOf(res.value)).toBe(400);
    expect(db.select().from(gigs).where(eq(gigs.brandId, brand.id)).all().length).toBe(before);
  });
});

describe("state machines refuse every illegal transition", () => {
  const machines = {
    gig: GIG_TRANSITIONS,
    application: APPLICATION_TRANSITIONS,
    offer: OFFER_TRANSITIONS,
    deal: DEAL_TRANSITIONS,
    deliverable: DELIVERABLE_TRANSITIONS,
  } as const;
  for (const [name, table] of Object.entries(machines)) {
    it(`${name}: every pair outside the table is refused with IllegalTransitionError`, () => {
      const t = table as Record<string, readonly string[]>;
      const states = Object.keys(t);
      let refused = 0;
      for (const from of states) {
        expect(canTransition(t, from, from)).toBe(false);
        for (const to of states) {
          if (t[from]!.includes(to))
            expect(() => assertTransition(name, t, from, to)).not.toThrow();
          else {
            expect(() => assertTransition(name, t, from, to)).toThrow(IllegalTransitionError);
            refused++;
          }
        }
      }
      expect(refused).toBeGreaterThan(0);
    });
  }
  it("a draft gig cannot be paused or closed; a cancelled gig cannot be republished", async () => {
    const { gig, brand } = await setup();
    const brand2 = await makeUser("brand");
    const draft = createGig(
      brand2.id,
      makeGigSchema().parse({ ...gigForm(), location: undefined }),
    );
    expect(() => changeGigStatus(draft.id, brand2.id, "pause")).toThrow(IllegalTransitionError);
    expect(() => changeGigStatus(draft.id, brand2.id, "close")).toThrow(IllegalTransitionError);
    changeGigStatus(gig.id, brand.id, "cancel");
    expect(() => changeGigStatus(gig.id, brand.id, "publish")).toThrow(IllegalTransitionError);
  });
  it("an accepted application cannot be withdrawn, shortlisted or rejected", async () => {
    const { gig, creator, brand } = await setup({ creatorsWanted: 2 });
    const app = applyToGig(creator.id, gig.id, applyInput);
    acceptApplication(app.id, brand.id);
    expect(() => withdrawApplication(app.id, creator.id)).toThrow(IllegalTransitionError);
    expect(() => shortlistApplication(app.id, brand.id)).toThrow(IllegalTransitionError);
    expect(() => rejectApplication(app.id, brand.id)).toThrow(IllegalTransitionError);
  });
  it("a shortlisted application can no longer be withdrawn", async () => {
    const { gig, creator, brand } = await setup();
    const app = applyToGig(creator.id, gig.id, applyInput);
    shortlistApplication(app.id, brand.id);
    expect(() => withdrawApplication(app.id, creator.id)).toThrow(IllegalTransitionError);
  });
});

describe("applications", () => {
  it("a creator applies once per gig", async () => {
    const { gig, creator } = await setup();
    applyToGig(creator.id, gig.id, applyInput);
    expect(() => applyToGig(creator.id, gig.id, applyInput)).toThrow(AlreadyAppliedError);
    expect(db.select().from(applications).where(eq(applications.gigId, gig.id)).all()).toHaveLength(
      1,
    );
  });
  it("accepting creates a deal with the gig's deliverables and moves the full gig to in progress", async () => {
    const { gig, creator, brand } = await setup();
    const app = applyToGig(creator.id, gig.id, applyInput);
    const deal = acceptApplication(app.id, brand.id)!;
    expect(deal.amountCents).toBe(90000);
    expect(listDeliverables(deal.id).map((d) => d.title)).toEqual([
      "1 Instagram reel",
      "3 stories",
    ]);
    expect(db.select().from(gigs).where(eq(gigs.id, gig.id)).get()?.status).toBe("in_progress");
  });
  it("only the gig's brand sees its applicants", async () => {
    const { gig, creator, B } = await setup();
    applyToGig(creator.id, gig.id, applyInput);
    expect(listApplicants(gig.id, B)?.rows).toHaveLength(1);
    const other = await makeUser("brand");
    expect(listApplicants(gig.id, { id: other.id, role: "brand" })).toBeNull();
    const { cookie } = await sessionCookie(other.id);
    const res = await settle(() =>
      manageGigLoader(
        args(makeRequest(`/dashboard/gigs/${gig.id}`, { cookie }), { gigId: gig.id }),
      ),
    );
    expect(statusOf(res.value)).toBe(404);
    const asCreator = await sessionCookie(creator.id);
    const res2 = await settle(() =>
      manageGigLoader(
        args(makeRequest(`/dashboard/gigs/${gig.id}`, { cookie: asCreator.cookie }), {
          gigId: gig.id,
        }),
      ),
    );
    expect(statusOf(res2.value)).toBe(403);
  });
  it("a draft gig is 404 to others, visible to its brand", async () => {
    const brand = await makeUser("brand");
    const draft = createGig(brand.id, makeGigSchema().parse({ ...gigForm(), location: undefined }));
    const anon = await settle(() =>
      gigPageLoader(args(makeRequest(`/gigs/${draft.id}`), { gigId: draft.id })),
    );
    expect(statusOf(anon.value)).toBe(404);
    const { cookie } = await sessionCookie(brand.id);
    const own = await settle(() =>
      gigPageLoader(args(makeRequest(`/gigs/${draft.id}`, { cookie }), { gigId: draft.id })),
    );
    expect(statusOf(own.value)).toBe(200);
  });
});

describe("negotiation", () => {
  const offer = (amount: string, days = "7") =>
    OfferSchema.parse({
      amount,
      deliverables: "1 reel\n1 story",
      timelineDays: "10",
      expiresInDays: days,
    });
  it("brand offers, creator counters, brand accepts: the deal gets the countered terms", async () => {
    const { gig, creator, brand, B, C } = await setup();
    const app = applyToGig(creator.id, gig.id, applyInput);
    const first = makeOffer(app.id, B, offer("700"))!;
    expect(() => makeOffer(app.id, C, offer("800"))).toThrow(OfferError);
    expect(() => respondToOffer(first.id, B, { kind: "accept" })).toThrow(OfferError);
    const counter = respondToOffer(first.id, C, { kind: "counter", input: offer("850") })!;
    expect(db.select().from(offers).where(eq(offers.id, first.id)).get()?.status).toBe("countered");
    const done = respondToOffer((counter as { offer: { id: string } }).offer.id, B, {
      kind: "accept",
    })!;
    const deal = (done as { deal: { id: string; amountCents: number } }).deal;
    expect(deal.amountCents).toBe(85000);
    expect(listDeliverables(deal.id).map((d) => d.title)).toEqual(["1 reel", "1 story"]);
    expect(db.select().from(applications).where(eq(applications.id, app.id)).get()?.status).toBe(
      "accepted",
    );
    // One email about the deal to each side: the creator's counter was accepted; the brand's deal started.
    const dealMails = (email: string) =>
      db
        .select({ subject: emailOutbox.subject })
        .from(emailOutbox)
        .where(eq(emailOutbox.toAddress, email))
        .all()
        .map((m) => m.subject)
        .filter((subject) => /^(Offer accepted|You got the gig|Deal started)/.test(subject));
    expect(dealMails(creator.email)).toEqual([`Offer accepted: ${gig.title}`]);
    expect(dealMails(brand.email)).toEqual([`Deal started: ${gig.title}`]);
  });
  it("an expired offer reads as expired and cannot be accepted", async () => {
    const { gig, creator, B, C } = await setup();
    const app = applyToGig(creator.id, gig.id, applyInput);
    const past = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    const o = makeOffer(app.id, B, offer("700", "1"), past)!;
    expect(effectiveOfferStatus(o)).toBe("expired");
    const r = respondToOffer(o.id, C, { kind: "accept" });
    expect(r).toEqual({ expired: true });
    expect(db.select().from(offers).where(eq(offers.id, o.id)).get()?.status).toBe("expired");
    expect(db.select().from(deals).where(eq(deals.applicationId, app.id)).get()).toBeUndefined();
    expect(() => respondToOffer(o.id, C, { kind: "reject" })).toThrow(IllegalTransitionError);
  });
});

describe("deals", () => {
  async function activeDeal() {
    const s = await setup();
    const app = applyToGig(s.creator.id, s.gig.id, applyInput);
    const deal = acceptApplication(app.id, s.brand.id)!;
    return { ...s, deal };
  }
  it("submit -> revision (counted) -> resubmit -> approve all completes the deal; then ratings", async () => {
    const { deal, B, C, brand, creator } = await activeDeal();
    const [d1, d2] = listDeliverables(deal.id);
    expect(() => approveDeliverable(d1!.id, B)).toThrow(IllegalTransitionError);
    expect(() => submitDeliverable(d1!.id, B, { url: "https://x.test/a", note: "" })).toThrow(
      NotYourTurnError,
    );
    submitDeliverable(d1!.id, C, { url: "https://x.test/a", note: "v1" });
    expect(() => approveDeliverable(d1!.id, C)).toThrow(NotYourTurnError);
    requestRevision(d1!.id, B, "Brighter please");
    submitDeliverable(d1!.id, C, { url: "https://x.test/a2", note: "v2" });
    approveDeliverable(d1!.id, B);
    expect(listDeliverables(deal.id)[0]!.revisionCount).toBe(1);
    expect(getDealForParty(deal.id, C)?.status).toBe("active");
    submitDeliverable(d2!.id, C, { url: "https://x.test/b", note: "" });
    approveDeliverable(d2!.id, B);
    expect(getDealForParty(deal.id, C)?.status).toBe("completed");
    const kinds = (to: string) =>
      sqlite
        .prepare(`select kind from email_outbox where to_address = ? order by rowid`)
        .all(to)
        .map((r) => (r as { kind: string }).kind);
    expect(kinds(brand.email)).toEqual(
      expect.arrayContaining([
        "gig_application_new",
        "deal_deliverable_submitted",
        "deal_completed",
      ]),
    );
    expect(kinds(creator.email)).toEqual(
      expect.arrayContaining([
        "gig_application_accepted",
        "deal_deliverable_revision",
        "deal_deliverable_approved",
        "deal_completed",
      ]),
    );
    expect(() => cancelDeal(deal.id, C, "Too late now")).toThrow(IllegalTransitionError);
    const ratingInput = {
      overall: 5,
      paymentSpeed: 4,
      communication: 5,
      professionalism: 5,
      comment: "Great",
    };
    expect(() => rateBrand(deal.id, B, ratingInput)).toThrow();
    rateBrand(deal.id, C, ratingInput);
    expect(() => rateBrand(deal.id, C, ratingInput)).toThrow(/already/);
    const rep = getBrandReputation(brand.id);
    expect(rep).toMatchObject({ ratingCount: 1, overall: 5, paymentSpeed: 4, dealsCompleted: 1 });
    const review = reviewCreatorForDeal(deal.id, B, {
      rating: 5,
      body: "Delivered on time and great to work with.",
    });
    expect(review?.id).toBeTruthy();
    const row = sqlite
      .prepare(`select verified, source_type as s from reviews where id = ?`)
      .get(review!.id) as { verified: number; s: string };
    expect(row).toEqual({ verified: 1, s: "deal" });
  });
  it("either side cancels an active deal with a reason; a cancelled deal accepts no submissions", async () => {
    const { deal, C, B } = await activeDeal();
    cancelDeal(deal.id, B, "Campaign dropped");
    expect(getDealForParty(deal.id, C)?.cancelReason).toBe("Campaign dropped");
    const [d1] = listDeliverables(deal.id);
    expect(() => submitDeliverable(d1!.id, C, { url: "https://x.test", note: "" })).toThrow(
      IllegalTransitionError,
    );
  });
  it("only the parties can see a deal; others get 404", async () => {
    const { deal, creator } = await activeDeal();
    const stranger = await makeUser("creator");
    expect(getDealForParty(deal.id, { id: stranger.id, role: "creator" })).toBeNull();
    const { cookie } = await sessionCookie(stranger.id);
    const res = await settle(() =>
      dealLoader(args(makeRequest(`/dashboard/deals/${deal.id}`, { cookie }), { dealId: deal.id })),
    );
    expect(statusOf(res.value)).toBe(404);
    const own = await sessionCookie(creator.id);
    const ok = await settle(() =>
      dealLoader(
        args(makeRequest(`/dashboard/deals/${deal.id}`, { cookie: own.cookie }), {
          dealId: deal.id,
        }),
      ),
    );
    expect(statusOf(ok.value)).toBe(200);
  });
});

describe("a gig's end answers its applicants and deals", () => {
  const terms = (amount: string) =>
    OfferSchema.parse({ amount, deliverables: "1 reel", timelineDays: "7", expiresInDays: "7" });
  const statusOfGig = (id: string) => db.select().from(gigs).where(eq(gigs.id, id)).get()?.status;
  const appStatus = (id: string) =>
    db.select().from(applications).where(eq(applications.id, id)).get()?.status;

  it("cancelling a gig declines its open applications, withdraws their offers and tells the creators", async () => {
    const { gig, brand, creator, B, C } = await setup();
    const other = await makeUser("creator");
    const a1 = applyToGig(creator.id, gig.id, applyInput);
    const a2 = applyToGig(other.id, gig.id, applyInput);
    shortlistApplication(a2.id, brand.id);
    const waiting = makeOffer(a1.id, B, terms("700"))!;
    changeGigStatus(gig.id, brand.id, "cancel");
    expect([appStatus(a1.id), appStatus(a2.id)]).toEqual(["rejected", "rejected"]);
    expect(db.select().from(offers).where(eq(offers.id, waiting.id)).get()?.status).toBe(
      "withdrawn",
    );
    const mails = db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.kind, "gig_application_rejected"))
      .all()
      .filter((m) => m.subject === `Gig cancelled: ${gig.title}`);
    expect(mails.map((m) => m.toAddress).sort()).toEqual([creator.email, other.email].sort());
    // Nothing can be negotiated on it any more.
    expect(() => makeOffer(a1.id, C, terms("800"))).toThrow(OfferError);
  });

  it("once a gig is filled, the other applicants cannot be offered, countered or accepted", async () => {
    const { gig, brand, creator, B } = await setup();
    const other = await makeUser("creator");
    const O = { id: other.id, role: "creator" };
    const hired = applyToGig(creator.id, gig.id, applyInput);
    const waiting = applyToGig(other.id, gig.id, applyInput);
    const pendingOffer = makeOffer(waiting.id, O, terms("650"))!;
    acceptApplication(hired.id, brand.id);
    expect(statusOfGig(gig.id)).toBe("in_progress");
    expect(() => makeOffer(waiting.id, B, terms("600"))).toThrow(/no longer hiring/);
    expect(() =>
      respondToOffer(pendingOffer.id, B, { kind: "counter", input: terms("600") }),
    ).toThrow(/no longer hiring/);
    expect(() => respondToOffer(pendingOffer.id, B, { kind: "accept" })).toThrow();
    expect(() => acceptApplication(waiting.id, brand.id)).toThrow();
    expect(appStatus(waiting.id)).toBe("pending");
    expect(db.select().from(deals).where(eq(deals.gigId, gig.id)).all()).toHaveLength(1);
  });

  it("a cancelled deal frees its place: the gig goes back to closed and the brand can hire again", async () => {
    const { gig, brand, creator, B } = await setup();
    const other = await makeUser("creator");
    const first = applyToGig(creator.id, gig.id, applyInput);
    const second = applyToGig(other.id, gig.id, applyInput);
    const deal = acceptApplication(first.id, brand.id)!;
    expect(statusOfGig(gig.id)).toBe("in_progress");
    // Nothing was delivered: the gig cannot be marked completed.
    expect(() => changeGigStatus(gig.id, brand.id, "complete")).toThrow(IllegalTransitionError);
    cancelDeal(deal.id, B, "The creator fell ill");
    expect(statusOfGig(gig.id)).toBe("closed");
    expect(() => changeGigStatus(gig.id, brand.id, "complete")).toThrow(IllegalTransitionError);
    const replacement = acceptApplication(second.id, brand.id)!;
    expect(replacement.creatorId).toBe(other.id);
    expect(statusOfGig(gig.id)).toBe("in_progress");
  });
});

describe("search", () => {
  it("sorts, filters by location/remote and deadline, and pages", async () => {
    const brand = await makeUser("brand");
    const word = `pg${Date.now().toString(36)}`;
    const ids: string[] = [];
    for (let i = 0; i < 21; i++) {
      const input = makeGigSchema().parse({
        ...gigForm({
          title: `Paged ${word} ${i}`,
          budgetMin: String(100 + i),
          budgetMax: String(200 + i),
          deadline: i === 0 ? "2098-01-01" : FUTURE,
        }),
        location: i === 1 ? "Lisbon, Portugal" : undefined,
        remote: i === 1 ? undefined : "on",
      });
      const g = createGig(brand.id, input);
      changeGigStatus(g.id, brand.id, "publish");
      ids.push(g.id);
    }
    const q = (extra: Record<string, string>) =>
      searchGigs(parseGigSearch(new URLSearchParams({ q: word, ...extra })));
    const p1 = q({});
    expect(p1.total).toBe(21);
    expect(p1.pageCount).toBe(2);
    expect(p1.rows).toHaveLength(20);
    expect(q({ page: "2" }).rows).toHaveLength(1);
    expect(q({ page: "99" }).page).toBe(2);
    expect(q({ sort: "budget_desc" }).rows[0]!.id).toBe(ids[20]);
    expect(q({ sort: "budget_asc" }).rows[0]!.id).toBe(ids[0]);
    expect(q({ sort: "deadline" }).rows[0]!.id).toBe(ids[0]);
    expect(q({ deadlineBefore: "2098-06-01" }).rows.map((r) => r.id)).toEqual([ids[0]]);
    expect(q({ location: "lisbon" }).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect(q({ remote: "1" }).total).toBe(20);
    expect(q({ location: "lisbon", remote: "1" }).total).toBe(21);
    expect(q({ budgetMax: "100" }).rows.map((r) => r.id)).toEqual([ids[0]]);
  });

  it("finds published gigs by words and platform, and never drafts", async () => {
    const brand = await makeUser("brand");
    const word = `zq${Date.now().toString(36)}`;
    const input = makeGigSchema().parse({
      ...gigForm({ title: `Kayak ${word} trip` }),
      location: undefined,
      platforms: ["tiktok"],
    });
    const pub = createGig(brand.id, input);
    changeGigStatus(pub.id, brand.id, "publish");
    createGig(brand.id, input);
    const hit = searchGigs(parseGigSearch(new URLSearchParams({ q: word })));
    expect(hit.rows.map((r) => r.id)).toEqual([pub.id]);
    expect(
      searchGigs(parseGigSearch(new URLSearchParams({ q: word, platform: "youtube" }))).total,
    ).toBe(0);
    expect(
      searchGigs(
        parseGigSearch(new URLSearchParams({ q: word, platform: "tiktok", budgetMin: "1000" })),
      ).total,
    ).toBe(1);
    expect(searchGigs(parseGigSearch(new URLSearchParams({ q: `"${word} (*` }))).total).toBe(1);
  });

  it("reads platform, sort and category whatever their case, as /creators does", async () => {
    const brand = await makeUser("brand");
    const word = `zc${Date.now().toString(36)}`;
    const category = listCategories()[0]!;
    const make = (title: string, budgetMin: string, budgetMax: string, platforms: string[]) => {
      const gig = createGig(
        brand.id,
        makeGigSchema().parse({
          ...gigForm({ title: `${title} ${word}`, budgetMin, budgetMax }),
          location: undefined,
          platforms,
          categoryIds: [String(category.id)],
        }),
      );
      changeGigStatus(gig.id, brand.id, "publish");
      return gig.id;
    };
    const cheap = make("Cheap", "300", "600", ["youtube"]);
    const dear = make("Dear", "800", "1400", ["tiktok"]);
    const find = (query: Record<string, string>) =>
      searchGigs(parseGigSearch(new URLSearchParams({ q: word, ...query }))).rows.map((r) => r.id);
    expect(parseGigSearch(new URLSearchParams({ platform: " YouTube " })).platform).toBe("youtube");
    expect(parseGigSearch(new URLSearchParams({ sort: "Budget_Desc" })).sort).toBe("budget_desc");
    expect(find({ platform: "YouTube" })).toEqual([cheap]);
    expect(find({ platform: "TIKTOK" })).toEqual([dear]);
    expect(find({ sort: "BUDGET_DESC" })).toEqual([dear, cheap]);
    expect(find({ sort: "Budget_Asc" })).toEqual([cheap, dear]);
    expect(parseGigSearch(new URLSearchParams({ sort: "Newest" })).sort).toBe("newest");
    expect(find({ category: category.slug.toUpperCase() }).sort()).toEqual([cheap, dear].sort());
    // An unknown value is still no choice, in any case.
    expect(parseGigSearch(new URLSearchParams({ platform: "MySpace" })).platform).toBeUndefined();
    expect(parseGigSearch(new URLSearchParams({ sort: "Cheapest" })).sort).toBe("newest");
  });
});
