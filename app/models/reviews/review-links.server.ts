import { and, eq, isNull, sql } from "drizzle-orm";
import { db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { creatorProfiles } from "~/db/schema/portfolio";
import { bookings } from "~/db/schema/bookings";
import { shoots } from "~/db/schema/calendar";
import { reviewLinks, reviews, type ReviewSubject } from "~/db/schema/reviews";
import { generateToken, hashToken } from "~/utils/tokens.server";
import { queueEmail } from "../email/outbox.server";
import { formatLongDate } from "../bookings/dates";

export const REVIEW_LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export type Subject = {
  type: ReviewSubject;
  id: string;
  label: string;
  clientEmail: string | null;
};

/** The completed booking or shoot of this creator that can be reviewed, or null. */
export function reviewableSubject(
  creatorId: string,
  type: "booking" | "shoot",
  id: string,
): Subject | null {
  if (type === "booking") {
    const b = db
      .select()
      .from(bookings)
      .where(and(eq(bookings.id, id), eq(bookings.creatorId, creatorId)))
      .get();
    if (!b || b.status !== "completed") return null;
    return {
      type,
      id,
      label: `Booking on ${formatLongDate(b.date)}${b.packageName ? ` (${b.packageName})` : ""}`,
      clientEmail: b.clientEmail,
    };
  }
  const s = db
    .select()
    .from(shoots)
    .where(and(eq(shoots.id, id), eq(shoots.creatorId, creatorId)))
    .get();
  if (!s || s.status !== "completed") return null;
  const client = s.bookingId
    ? db
        .select({ email: bookings.clientEmail })
        .from(bookings)
        .where(eq(bookings.id, s.bookingId))
        .get()
    : undefined;
  return {
    type,
    id,
    label: `Shoot “${s.title}” on ${formatLongDate(s.date)}`,
    clientEmail: client?.email ?? null,
  };
}

export class AlreadyReviewedError extends Error {
  constructor() {
    super("This work has already been reviewed.");
  }
}

/**
 * Issues a new single-use link for a subject the caller has checked is completed work of this
 * creator, revoking any live link for it. Used for bookings and shoots here, and for deals by the
 * deals module. Returns the raw token (shown once; only its hash is stored).
 */
export function issueReviewLink(
  creatorId: string,
  subject: Subject,
  now = new Date(),
  inTransaction?: (token: string) => void,
) {
  const { token, hash } = generateToken();
  immediateTransaction(() => {
    const existing = db
      .select({ id: reviews.id })
      .from(reviews)
      .where(and(eq(reviews.sourceType, subject.type), eq(reviews.sourceId, subject.id)))
      .get();
    if (existing) throw new AlreadyReviewedError();
    db.update(reviewLinks)
      .set({ revokedAt: now })
      .where(
        and(
          eq(reviewLinks.subjectType, subject.type),
          eq(reviewLinks.subjectId, subject.id),
          isNull(reviewLinks.usedAt),
          isNull(reviewLinks.revokedAt),
        ),
      )
      .run();
    db.insert(reviewLinks)
      .values({
        creatorId,
        subjectType: subject.type,
        subjectId: subject.id,
        subjectLabel: subject.label,
        clientEmail: subject.clientEmail,
        tokenHash: hash,
        expiresAt: new Date(now.getTime() + REVIEW_LINK_TTL_MS),
        createdAt: now,
      })
      .run();
    inTransaction?.(token);
  });
  return token;
}

const liveLinkQuery = lazyPrepared(() =>
  db
    .select({
      id: reviewLinks.id,
      expiresAt: reviewLinks.expiresAt,
      createdAt: reviewLinks.createdAt,
      clientEmail: reviewLinks.clientEmail,
    })
    .from(reviewLinks)
    .where(
      and(
        eq(reviewLinks.subjectType, sql.placeholder("subjectType")),
        eq(reviewLinks.subjectId, sql.placeholder("subjectId")),
        isNull(reviewLinks.usedAt),
        isNull(reviewLinks.revokedAt),
      ),
    )
    .prepare(),
);

/** The live link for a subject (to show its state in the dashboard), if any. */
export function liveReviewLink(subjectType: ReviewSubject, subjectId: string) {
  return liveLinkQuery().get({ subjectType, subjectId });
}

const reviewForSubjectQuery = lazyPrepared(() =>
  db
    .select()
    .from(reviews)
    .where(
      and(
        eq(reviews.sourceType, sql.placeholder("subjectType")),
        eq(reviews.sourceId, sql.placeholder("subjectId")),
      ),
    )
    .prepare(),
);

export function reviewForSubject(subjectType: ReviewSubject, subjectId: string) {
  return reviewForSubjectQuery().get({ subjectType, subjectId });
}

/** Emails a freshly issued link to the client. */
export function emailReviewLink(to: string, creatorName: string, label: string, url: string) {
  queueEmail({
    to,
    kind: "review-request",
    subject: `How was your experience with ${creatorName}?`,
    text: `Hi,\n\n${creatorName} would love your review of: ${label}.\n\nLeave it here (the link works once and expires in 30 days):\n${url}\n`,
  });
}

export type LinkState =
  | {
      state: "valid";
      link: typeof reviewLinks.$inferSelect;
      creatorName: string;
      creatorSlug: string | null;
    }
  | { state: "used" | "expired" | "revoked" };

/** What a review link currently allows; null for a token that never existed. */
export function inspectReviewLink(token: string, now = new Date()): LinkState | null {
  const link = db
    .select()
    .from(reviewLinks)
    .where(eq(reviewLinks.tokenHash, hashToken(token)))
    .get();
  if (!link) return null;
  if (link.usedAt) return { state: "used" };
  if (link.revokedAt) return { state: "revoked" };
  if (link.expiresAt.getTime() <= now.getTime()) return { state: "expired" };
  const profile = db
    .select({ name: creatorProfiles.displayName, slug: creatorProfiles.slug })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.userId, link.creatorId))
    .get();
  return {
    state: "valid",
    link,
    creatorName: profile?.name ?? "the creator",
    creatorSlug: profile?.slug ?? null,
  };
}
