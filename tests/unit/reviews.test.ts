import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, sqlite } from "~/db/client.server";
import { reviewLinks, reviews } from "~/db/schema/reviews";
import { creatorProfiles } from "~/db/schema/portfolio";
import { saveAvailability } from "~/models/bookings/availability.server";
import { actOnBooking, requestBooking } from "~/models/bookings/bookings.server";
import { createShoot, completeItem } from "~/models/calendar/calendar.server";
import {
  AlreadyReviewedError,
  inspectReviewLink,
  issueReviewLink,
  reviewableSubject,
  REVIEW_LINK_TTL_MS,
} from "~/models/reviews/review-links.server";
import {
  creatorReviewsPage,
  DASHBOARD_REVIEWS_PAGE_SIZE,
  listCreatorReviews,
  getReviewSummary,
  listPublicReviews,
  replyToReview,
  setReviewHidden,
  submitReview,
} from "~/models/reviews/reviews.server";
import { hashToken } from "~/utils/tokens.server";
import { makeUser, uniqueEmail } from "../utils";

const now = new Date("2026-12-02T12:00:00Z");
/** After the bookings' and the shoot's dates (5 to 9 Dec 2026): when the work is marked completed. */
const workDone = new Date("2026-12-10T12:00:00Z");
const input = (rating: number) => ({
  rating,
  body: "Wonderful to work with, on time and creative.",
  name: "Cleo",
  email: uniqueEmail("client"),
  consent: "on" as const,
});

async function completedBooking() {
  const creator = await makeUser("creator");
  saveAvailability(creator.id, {
    timeZone: "UTC",
    workingDays: 127,
    minNoticeDays: 0,
    maxBookingsPerDay: 5,
  });
  const { booking } = requestBooking(
    creator,
    {
      date: "2026-12-05",
      customRequest: "Portraits",
      name: "Cleo",
      email: uniqueEmail("client"),
      message: "Looking forward to it!",
    },
    "http://x",
    now,
  );
  actOnBooking(booking.id, creator, { action: "confirm" }, now);
  actOnBooking(booking.id, creator, { action: "complete" }, workDone);
  return { creator, booking };
}

function linkFor(creatorId: string, bookingId: string, at = now) {
  const subject = reviewableSubject(creatorId, "booking", bookingId);
  if (!subject) throw new Error("not reviewable");
  return issueReviewLink(creatorId, subject, at);
}

describe("review links", () => {
  it("are only issued for completed work of this creator, and store only a hash", async () => {
    const { creator, booking } = await completedBooking();
    const other = await makeUser("creator");
    expect(reviewableSubject(other.id, "booking", booking.id)).toBeNull();
    const token = linkFor(creator.id, booking.id);
    expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    const row = db.select().from(reviewLinks).where(eq(reviewLinks.subjectId, booking.id)).get()!;
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(REVIEW_LINK_TTL_MS);
  });

  it("refuses a requested (not completed) booking or a planned shoot", async () => {
    const creator = await makeUser("creator");
    const shoot = createShoot(creator.id, {
      title: "Lookbook",
      date: "2026-12-09",
      startTime: undefined,
      location: undefined,
      brand: undefined,
      campaign: undefined,
      notes: undefined,
      amount: undefined,
    });
    expect(reviewableSubject(creator.id, "shoot", shoot.id)).toBeNull();
    completeItem("shoot", shoot.id, creator.id, workDone);
    expect(reviewableSubject(creator.id, "shoot", shoot.id)?.label).toContain("Lookbook");
  });

  it("are single use: a replayed submission does not create a second review", async () => {
    const { creator, booking } = await completedBooking();
    const token = linkFor(creator.id, booking.id);
    const first = submitReview(token, input(5), now);
    expect(first.ok).toBe(true);
    expect(submitReview(token, input(1), now)).toEqual({ ok: false, state: "used" });
    expect(inspectReviewLink(token, now)).toEqual({ state: "used" });
    const rows = db.select().from(reviews).where(eq(reviews.creatorId, creator.id)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      rating: 5,
      verified: true,
      sourceType: "booking",
      sourceId: booking.id,
    });
    expect(() => linkFor(creator.id, booking.id)).toThrow(AlreadyReviewedError);
  });

  it("refuse the creator's own email, in any case, and stay usable for the client", async () => {
    const { creator, booking } = await completedBooking();
    const token = linkFor(creator.id, booking.id);
    const own = submitReview(token, { ...input(5), email: creator.email.toUpperCase() }, now);
    expect(own).toEqual({
      ok: false,
      state: "own-email",
      message:
        "This is the creator’s own email. You cannot review your own work. Send this link to your client; it works once, for them.",
    });
    expect(db.select().from(reviews).where(eq(reviews.creatorId, creator.id)).all()).toHaveLength(
      0,
    );
    expect(inspectReviewLink(token, now)?.state).toBe("valid");
    expect(submitReview(token, input(4), now)).toMatchObject({ ok: true });
  });

  it("expire after 30 days and are revoked when regenerated", async () => {
    const { creator, booking } = await completedBooking();
    const old = linkFor(creator.id, booking.id);
    const fresh = linkFor(creator.id, booking.id);
    expect(inspectReviewLink(old, now)).toEqual({ state: "revoked" });
    expect(submitReview(old, input(4), now)).toEqual({ ok: false, state: "revoked" });
    const later = new Date(now.getTime() + REVIEW_LINK_TTL_MS + 1);
    expect(inspectReviewLink(fresh, later)).toEqual({ state: "expired" });
    expect(submitReview(fresh, input(4), later)).toEqual({ ok: false, state: "expired" });
    expect(inspectReviewLink("never-issued", now)).toBeNull();
    expect(db.select().from(reviews).where(eq(reviews.creatorId, creator.id)).all()).toHaveLength(
      0,
    );
  });
});

describe("review moderation and summary", () => {
  it("hidden reviews leave the average, the count and the public list, and the profile aggregate follows", async () => {
    const { creator, booking } = await completedBooking();
    db.insert(creatorProfiles)
      .values({
        userId: creator.id,
        slug: `c-${creator.id
          .slice(0, 8)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, "x")}`,
        displayName: "C",
      })
      .run();
    const second = await (async () => {
      const { booking: b } = requestBooking(
        creator,
        {
          date: "2026-12-06",
          customRequest: "More",
          name: "Dee",
          email: uniqueEmail("c"),
          message: "Another one please",
        },
        "http://x",
        now,
      );
      actOnBooking(b.id, creator, { action: "confirm" }, now);
      actOnBooking(b.id, creator, { action: "complete" }, workDone);
      return b;
    })();
    const r1 = submitReview(linkFor(creator.id, booking.id), input(5), now);
    const r2 = submitReview(linkFor(creator.id, second.id), input(2), now);
    expect(getReviewSummary(creator.id)).toMatchObject({ count: 2, average: 3.5 });
    if (!r2.ok || !r1.ok) throw new Error("submit failed");
    expect(setReviewHidden(r2.reviewId, creator.id, true)).toBe("ok");
    const summary = getReviewSummary(creator.id);
    expect(summary).toMatchObject({ count: 1, average: 5 });
    expect(summary.distribution).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 });
    expect(listPublicReviews(creator.id).rows.map((r) => r.id)).toEqual([r1.reviewId]);
    expect(
      db.select().from(creatorProfiles).where(eq(creatorProfiles.userId, creator.id)).get(),
    ).toMatchObject({ ratingAvg: 5, reviewCount: 1 });
    setReviewHidden(r2.reviewId, creator.id, false);
    expect(getReviewSummary(creator.id)).toMatchObject({ count: 2, average: 3.5 });
  });

  it("allows one public reply, and another creator can neither reply nor hide (not found)", async () => {
    const { creator, booking } = await completedBooking();
    const other = await makeUser("creator");
    const r = submitReview(linkFor(creator.id, booking.id), input(4), now);
    if (!r.ok) throw new Error("submit failed");
    expect(replyToReview(r.reviewId, other.id, "Mine now")).toBe("not-found");
    expect(setReviewHidden(r.reviewId, other.id, true)).toBe("not-found");
    expect(replyToReview(r.reviewId, creator.id, "Thank you!")).toBe("ok");
    expect(replyToReview(r.reviewId, creator.id, "Edited")).toBe("already-replied");
    expect(listPublicReviews(creator.id).rows[0]?.reply).toBe("Thank you!");
  });
});

describe("the creator's own list of reviews", () => {
  it("pages through every review, hidden ones too, newest first", async () => {
    const creator = await makeUser("creator");
    const total = DASHBOARD_REVIEWS_PAGE_SIZE + 5;
    db.insert(reviews)
      .values(
        Array.from({ length: total }, (_, i) => ({
          creatorId: creator.id,
          rating: 4,
          body: `Review number ${i} of the creator's work, kind words.`,
          clientName: `Client ${i}`,
          clientEmail: `client${i}@example.com`,
          consent: true,
          hidden: i % 3 === 0,
          hiddenAt: i % 3 === 0 ? new Date(Date.UTC(2026, 1, 1)) : null,
          createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
        })),
      )
      .run();
    const first = listCreatorReviews(creator.id);
    expect(first).toMatchObject({ total, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(DASHBOARD_REVIEWS_PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ clientName: `Client ${total - 1}`, hidden: true });
    const last = listCreatorReviews(creator.id, 99);
    expect(last.page).toBe(2);
    expect(last.rows.map((r) => r.clientName)).toEqual([4, 3, 2, 1, 0].map((i) => `Client ${i}`));
  });

  it("reads a page in order from the index, however many reviews the creator has", () => {
    const { sql, params } = creatorReviewsPage("c", 20, 40).toSQL();
    const plan = (
      sqlite.prepare(`explain query plan ${sql}`).all(...(params as unknown[])) as {
        detail: string;
      }[]
    )
      .map((r) => r.detail)
      .join("\n");
    expect(plan).toMatch(
      /SEARCH reviews USING INDEX reviews_creator_created_idx \(creator_id=\?\)/,
    );
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
