import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { creatorProfiles, emailOutbox, inquiries, inquiryStatusHistory } from "~/db/schema";
import { ProfileSchema } from "~/models/portfolio/profile-schema";
import { saveProfile } from "~/models/portfolio/profiles.server";
import { action, loader } from "~/routes/$slug";
import { resetRateLimitsForTests } from "~/utils/rate-limit.server";
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

beforeEach(() => resetRateLimitsForTests());

async function makeCreatorWithPage(visibility: "public" | "unlisted" | "private" = "public") {
  const user = await makeUser("creator", { displayName: "Ana Lens" });
  const slug = `ana-${randomBytes(4).toString("hex")}`;
  // Parsed like the editor's form, so fields added to the profile later get their defaults.
  const input = ProfileSchema.parse({
    displayName: "Ana Lens",
    slug,
    headline: "Wedding photographer",
    bio: "I shoot weddings.",
    visibility,
  });
  saveProfile(user.id, input);
  return { user, slug };
}

const good = {
  name: "Sam Brand",
  email: "Sam@Example.com",
  message: "We would love a shoot for our spring campaign.",
  budget: "1250.50",
};

function send(slug: string, form: Record<string, string>, cookie?: string) {
  return settle(() => action(args(makeRequest(`/${slug}`, { form, cookie }), { slug })));
}

const inquiriesOf = (creatorId: string) =>
  db.select().from(inquiries).where(eq(inquiries.creatorId, creatorId)).all();

type Reply = { error?: Record<string, string[]> };

describe("sending an inquiry from a public page", () => {
  it("rejects a bad email, a short message and a negative budget with field errors, storing nothing", async () => {
    const { user, slug } = await makeCreatorWithPage();
    const { thrown, value } = await send(slug, {
      name: "Sam",
      email: "not-an-email",
      message: "hi",
      budget: "-5",
    });
    expect(thrown).toBe(false);
    expect(statusOf(value)).toBe(400);
    const errors = dataOf<Reply>(value).error ?? {};
    expect(errors.email?.[0]).toMatch(/valid email/);
    expect(errors.message?.[0]).toMatch(/at least 10/);
    expect(errors.budget?.[0]).toMatch(/cannot be negative/);
    expect(inquiriesOf(user.id)).toHaveLength(0);
    expect(
      db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, user.email)).all(),
    ).toHaveLength(0);
  });

  it("answers a bot that fills the honeypot like a person, but stores nothing", async () => {
    const { user, slug } = await makeCreatorWithPage();
    const { value } = await send(slug, { ...good, website_url: "http://spam.example" });
    expect(statusOf(value)).toBe(302);
    expect(locationOf(value)).toBe(`/${slug}?inquiry=sent#contact`);
    expect(inquiriesOf(user.id)).toHaveLength(0);
  });

  it("stores a good inquiry with the budget in cents, its history, and emails the creator", async () => {
    const { user, slug } = await makeCreatorWithPage();
    const { value } = await send(slug, good);
    expect(statusOf(value)).toBe(302);
    expect(locationOf(value)).toBe(`/${slug}?inquiry=sent#contact`);
    const rows = inquiriesOf(user.id);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      name: "Sam Brand",
      email: "sam@example.com",
      budgetCents: 125050,
      currency: "USD",
      status: "new",
    });
    const history = db
      .select()
      .from(inquiryStatusHistory)
      .where(eq(inquiryStatusHistory.inquiryId, row.id))
      .all();
    expect(history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: "new" })]);
    const email = db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.toAddress, user.email), eq(emailOutbox.kind, "inquiry-received")))
      .get();
    expect(email?.subject).toBe("New inquiry from Sam Brand");
    expect(email?.textBody).toContain("spring campaign");
  });

  it("stores the budget in the creator's currency, which the form names", async () => {
    const { user, slug } = await makeCreatorWithPage();
    db.update(creatorProfiles)
      .set({ currency: "EUR" })
      .where(eq(creatorProfiles.userId, user.id))
      .run();
    const page = await settle(() => loader(args(makeRequest(`/${slug}`), { slug })));
    expect(dataOf<{ profile: { currency: string } }>(page.value).profile.currency).toBe("EUR");
    const { value } = await send(slug, good);
    expect(statusOf(value)).toBe(302);
    expect(inquiriesOf(user.id)[0]).toMatchObject({ budgetCents: 125050, currency: "EUR" });
  });

  it("stores an inquiry without a budget as no budget", async () => {
    const { user, slug } = await makeCreatorWithPage("unlisted");
    const { value } = await send(slug, { ...good, budget: "" });
    expect(statusOf(value)).toBe(302);
    expect(inquiriesOf(user.id)[0]?.budgetCents).toBeNull();
  });
});

describe("who can see a page", () => {
  it("shows a public page to anonymous visitors", async () => {
    const { slug } = await makeCreatorWithPage();
    const { thrown, value } = await settle(() => loader(args(makeRequest(`/${slug}`), { slug })));
    expect(thrown).toBe(false);
    expect(dataOf<{ profile: { displayName: string } }>(value).profile.displayName).toBe(
      "Ana Lens",
    );
  });

  it("hides a private page (404) from the public and refuses inquiries to it, but shows it to its owner", async () => {
    const { user, slug } = await makeCreatorWithPage("private");
    const anonymous = await settle(() => loader(args(makeRequest(`/${slug}`), { slug })));
    expect(anonymous.thrown).toBe(true);
    expect(statusOf(anonymous.value)).toBe(404);

    const other = await makeUser("brand");
    const { cookie: otherCookie } = await sessionCookie(other.id);
    const asOther = await settle(() =>
      loader(args(makeRequest(`/${slug}`, { cookie: otherCookie }), { slug })),
    );
    expect(statusOf(asOther.value)).toBe(404);

    const posted = await send(slug, good);
    expect(posted.thrown).toBe(true);
    expect(statusOf(posted.value)).toBe(404);
    expect(inquiriesOf(user.id)).toHaveLength(0);

    const { cookie } = await sessionCookie(user.id);
    const asOwner = await settle(() => loader(args(makeRequest(`/${slug}`, { cookie }), { slug })));
    expect(asOwner.thrown).toBe(false);
    expect(dataOf<{ isOwner: boolean }>(asOwner.value).isOwner).toBe(true);
  });

  it("answers an unknown link with 404, for the page and for the form", async () => {
    const slug = `nobody-${randomBytes(4).toString("hex")}`;
    const page = await settle(() => loader(args(makeRequest(`/${slug}`), { slug })));
    expect(page.thrown).toBe(true);
    expect(statusOf(page.value)).toBe(404);
    const posted = await send(slug, good);
    expect(statusOf(posted.value)).toBe(404);
  });
});
