import { randomBytes } from "node:crypto";
import { requestPasswordReset } from "~/models/accounts/password-reset.server";
import { latestEmailTo } from "~/models/email/outbox.server";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import { addItem } from "~/models/portfolio/items.server";
import { makeUser, sessionCookie } from "../../utils";
import { creatorWithPage, signedIn } from "./fixtures";
import type { Actor, Fixtures } from "../route-matrix";

/** Work is marked completed once its day has come: these bookings are up to a year ahead, so a moment after that. */
const AFTER_THE_DAY = new Date(Date.now() + 1000 * 86_400_000);

/**
 * The world the authorization matrix runs in: two of each role, objects owned by `creator` and
 * `brand`, and the tokens a `tokenHolder` (no account) would have received by email.
 * Modules that have not landed yet are skipped (their routes are not in the build either).
 */
export async function buildFixtures(baseUrl: string): Promise<Fixtures> {
  const creator = await creatorWithPage();
  const otherCreator = await creatorWithPage();
  const brand = await signedIn("brand");
  const otherBrand = await signedIn("brand");
  const agent = await signedIn("agent");
  const admin = await signedIn("admin");
  const inquiry = createInquiry(creator, {
    name: "Matrix client",
    email: "matrix@example.com",
    message: "An inquiry owned by the matrix creator.",
    budget: 100,
  });

  const item = addItem(creator.id, {
    kind: "link",
    title: "Matrix item",
    url: "https://example.com/matrix",
    description: "",
    brand: "",
    featured: false,
  });
  if (!item || item === "limit") throw new Error("matrix fixture: portfolio item not created");

  const resetUser = await makeUser("creator");
  requestPasswordReset(resetUser.email, baseUrl);
  const resetToken = latestEmailTo(resetUser.email, "password-reset")!.textBody.match(
    /token=([\w-]+)/,
  )![1]!;

  const fx: Fixtures = {
    users: { creator, otherCreator, brand, otherBrand, agent, admin },
    creatorSlug: creator.slug,
    otherCreatorSlug: otherCreator.slug,
    inquiryId: inquiry.id,
    inquiryToken: inquiry.token,
    itemId: item.id,
    resetToken,
    bogusToken: randomBytes(32).toString("base64url"),
  };

  try {
    const { saveAvailability } = await import("~/models/bookings/availability.server");
    const { requestBooking } = await import("~/models/bookings/bookings.server");
    const { addDays, todayIn } = await import("~/models/bookings/dates");
    saveAvailability(creator.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 50,
    });
    const { booking, token } = requestBooking(
      creator,
      {
        date: addDays(todayIn("UTC"), 30),
        name: "Matrix booker",
        email: "booker@example.com",
        message: "A booking for the matrix.",
        customRequest: "Portraits",
      } as Parameters<typeof requestBooking>[1],
      baseUrl,
    );
    fx.bookingId = booking.id;
    fx.bookingToken = token;
    // A second booking, completed, with a review link for the tokenHolder.
    const { actOnBooking } = await import("~/models/bookings/bookings.server");
    const done = requestBooking(
      creator,
      {
        date: addDays(todayIn("UTC"), 31),
        name: "Matrix reviewer",
        email: "reviewer@example.com",
        message: "A booking to review.",
        customRequest: "Portraits",
      } as Parameters<typeof requestBooking>[1],
      baseUrl,
    ).booking;
    actOnBooking(done.id, creator, { action: "confirm" });
    actOnBooking(done.id, creator, { action: "complete" }, AFTER_THE_DAY);
    const { issueReviewLink, reviewableSubject } =
      await import("~/models/reviews/review-links.server");
    fx.reviewToken = issueReviewLink(
      creator.id,
      reviewableSubject(creator.id, "booking", done.id)!,
    );
    const { regenerateFeed } = await import("~/models/calendar/feeds.server");
    fx.calendarToken = regenerateFeed(creator.id);
  } catch (error) {
    if (!isMissingModule(error)) throw error;
  }

  try {
    const { saveBrandProfile } = await import("~/models/brands/brands.server");
    const { BrandProfileSchema } = await import("~/models/brands/brand-schema");
    const brandSlug = `b-${randomBytes(4).toString("hex")}`;
    saveBrandProfile(
      brand.id,
      BrandProfileSchema.parse({ company: "Matrix Brand", slug: brandSlug }),
    );
    fx.brandSlug = brandSlug;
    const { createGig, changeGigStatus } = await import("~/models/gigs/gigs.server");
    const { makeGigSchema, ApplySchema } = await import("~/models/gigs/gig-schema");
    const deadline = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
    const gigInput = makeGigSchema().parse({
      title: "Matrix gig",
      description: "A gig owned by the matrix brand, with enough words.",
      budgetMin: "100",
      budgetMax: "500",
      deliverables: "One reel",
      deadline,
      remote: "on",
    });
    const gig = createGig(brand.id, gigInput as never) as { id: string };
    changeGigStatus(gig.id, brand.id, "publish" as never);
    fx.gigId = gig.id;
    const { applyToGig } = await import("~/models/gigs/applications.server");
    fx.applicationId = applyToGig(
      creator.id,
      gig.id,
      ApplySchema.parse({ message: "I would love to make this reel for you.", proposed: "300" }),
    ).id;
    // A second gig whose application the brand accepted: a deal between brand and creator.
    const gig2 = createGig(brand.id, gigInput as never) as { id: string };
    changeGigStatus(gig2.id, brand.id, "publish" as never);
    const application2 = applyToGig(
      creator.id,
      gig2.id,
      ApplySchema.parse({ message: "Happy to make this second reel too.", proposed: "300" }),
    );
    const { acceptApplication } = await import("~/models/gigs/applications.server");
    const deal = acceptApplication(application2.id, brand.id) as { id: string } | null;
    fx.dealId = deal?.id;
  } catch (error) {
    if (!isMissingModule(error)) throw error;
  }
  return fx;
}

function isMissingModule(error: unknown) {
  return (
    error instanceof Error &&
    /Cannot find module|Failed to load url|does not provide an export/.test(error.message)
  );
}

/** A fresh session for the actor (logout and account actions may end the one before). */
export async function cookieFor(fx: Fixtures, actor: Actor): Promise<string | undefined> {
  if (actor === "anonymous" || actor === "tokenHolder") return undefined;
  return (await sessionCookie(fx.users[actor].id)).cookie;
}
