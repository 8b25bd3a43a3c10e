import { and, count, desc, eq, isNull, sql, type Placeholder } from "drizzle-orm";
import { db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { users } from "~/db/schema/accounts";
import { creatorProfiles } from "~/db/schema/portfolio";
import { shoots } from "~/db/schema/calendar";
import { reviewLinks, reviews } from "~/db/schema/reviews";
import { hashToken } from "~/utils/tokens.server";
import { notify } from "../notifications/notify.server";
import type { ReviewInput } from "./review-schema";

export const PUBLIC_REVIEWS_PAGE_SIZE = 5;
export const DASHBOARD_REVIEWS_PAGE_SIZE = 20;

export type SubmitResult =
  | { ok: true; reviewId: string; creatorId: string }
  | { ok: false; state: "unknown" | "used" | "expired" | "revoked" }
  /** The email given is the creator's own: refused beside the field, the link stays usable. */
  | { ok: false; state: "own-email"; message: string };

/** What the creator is told when they try their own review link. */
export const OWN_WORK_MESSAGE =
  "You cannot review your own work. Send this link to your client; it works once, for them.";
const OWN_EMAIL_MESSAGE = `This is the creator’s own email. ${OWN_WORK_MESSAGE}`;

/**
 * A review is verified when it is tied to work a client asked for: a booking, a deal, or a shoot
 * made from a booking. A shoot the creator only put on their own calendar proves no client.
 */
function isVerifiedSubject(subjectType: string, subjectId: string): boolean {
  if (subjectType !== "shoot") return true;
  const shoot = db
    .select({ bookingId: shoots.bookingId })
    .from(shoots)
    .where(eq(shoots.id, subjectId))
    .get();
  return Boolean(shoot?.bookingId);
}

/**
 * Consumes the link and inserts the review in one immediate transaction: the UPDATE only succeeds
 * for an unused, unrevoked, unexpired link, so a replayed POST finds nothing to consume.
 */
export function submitReview(token: string, input: ReviewInput, now = new Date()): SubmitResult {
  return immediateTransaction(() => {
    const link = db
      .select()
      .from(reviewLinks)
      .where(eq(reviewLinks.tokenHash, hashToken(token)))
      .get();
    if (!link) return { ok: false, state: "unknown" };
    if (link.usedAt) return { ok: false, state: "used" };
    if (link.revokedAt) return { ok: false, state: "revoked" };
    if (link.expiresAt.getTime() <= now.getTime()) return { ok: false, state: "expired" };
    const creator = db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, link.creatorId))
      .get();
    // The creator cannot review their own work under their own address (signed out, too).
    if (creator && input.email.toLowerCase() === creator.email.toLowerCase())
      return { ok: false, state: "own-email", message: OWN_EMAIL_MESSAGE };
    const consumed = db
      .update(reviewLinks)
      .set({ usedAt: now })
      .where(
        and(eq(reviewLinks.id, link.id), isNull(reviewLinks.usedAt), isNull(reviewLinks.revokedAt)),
      )
      .run();
    if (consumed.changes !== 1) return { ok: false, state: "used" };
    const review = db
      .insert(reviews)
      .values({
        creatorId: link.creatorId,
        sourceType: link.subjectType,
        sourceId: link.subjectId,
        reviewLinkId: link.id,
        verified: isVerifiedSubject(link.subjectType, link.subjectId),
        rating: input.rating,
        body: input.body,
        clientName: input.name,
        clientEmail: input.email.toLowerCase(),
        clientPhone: input.phone ?? null,
        consent: true,
        createdAt: now,
      })
      .returning({ id: reviews.id })
      .get();
    syncRatingAggregate(link.creatorId);
    if (creator) {
      notify(
        {
          userId: link.creatorId,
          type: "review_new",
          title: `${input.name} left you a ${input.rating}-star review`,
          body: input.body,
          path: "/dashboard/reviews",
          email: {
            kind: "review-received",
            text: `${input.name} reviewed ${link.subjectLabel}:\n\n${"★".repeat(input.rating)}${"☆".repeat(5 - input.rating)}\n${input.body}\n\nReply or hide it from your dashboard.`,
          },
        },
        now,
      );
    }
    return { ok: true, reviewId: review.id, creatorId: link.creatorId };
  });
}

/**
 * For other modules (deals): records a verified review of completed work directly. The caller must
 * have checked that the deal is completed and belongs to this creator. One review per deal (unique).
 */
export function createVerifiedReview(input: {
  creatorId: string;
  sourceType: "booking" | "shoot" | "deal";
  sourceId: string;
  rating: number;
  body: string;
  clientName: string;
  clientEmail: string;
  clientPhone?: string | null;
}) {
  return immediateTransaction(() => {
    const row = db
      .insert(reviews)
      .values({
        ...input,
        clientEmail: input.clientEmail.toLowerCase(),
        clientPhone: input.clientPhone ?? null,
        verified: true,
        consent: true,
      })
      .returning({ id: reviews.id })
      .get();
    syncRatingAggregate(input.creatorId);
    return row;
  });
}

/**
 * Recomputes creator_profiles.rating_avg / review_count (discovery sorts and filters on them) and the
 * per-star counts (the portfolio page's distribution) from the visible reviews. Call inside the
 * transaction that changed a review.
 */
export function syncRatingAggregate(creatorId: string) {
  const { average, count: total, distribution } = computeReviewSummary(creatorId);
  db.update(creatorProfiles)
    .set({
      ratingAvg: average ?? 0,
      reviewCount: total,
      rating1Count: distribution[1],
      rating2Count: distribution[2],
      rating3Count: distribution[3],
      rating4Count: distribution[4],
      rating5Count: distribution[5],
    })
    .where(eq(creatorProfiles.userId, creatorId))
    .run();
}

const visible = (creatorId: string | Placeholder) =>
  and(eq(reviews.creatorId, creatorId), eq(reviews.hidden, false));

type Distribution = Record<1 | 2 | 3 | 4 | 5, number>;

function summarise(distribution: Distribution) {
  let total = 0;
  let sum = 0;
  for (const star of [1, 2, 3, 4, 5] as const) {
    total += distribution[star];
    sum += star * distribution[star];
  }
  return {
    count: total,
    average: total ? Math.round((sum / total) * 10) / 10 : null,
    distribution,
  };
}

const summaryQuery = lazyPrepared(() =>
  db
    .select({ rating: reviews.rating, n: count() })
    .from(reviews)
    .where(visible(sql.placeholder("creatorId")))
    .groupBy(reviews.rating)
    .prepare(),
);

/** Average, count and 1–5 distribution counted from the visible reviews (hidden ones leave it). */
export function computeReviewSummary(creatorId: string) {
  const distribution: Distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const r of summaryQuery().all({ creatorId }))
    distribution[r.rating as 1 | 2 | 3 | 4 | 5] = r.n;
  return summarise(distribution);
}

const storedSummaryQuery = lazyPrepared(() =>
  db
    .select({
      1: creatorProfiles.rating1Count,
      2: creatorProfiles.rating2Count,
      3: creatorProfiles.rating3Count,
      4: creatorProfiles.rating4Count,
      5: creatorProfiles.rating5Count,
    })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.userId, sql.placeholder("creatorId")))
    .prepare(),
);

/**
 * The same summary read from the counts kept on the creator's profile (one row, however many
 * reviews), for pages. syncRatingAggregate keeps them equal to computeReviewSummary.
 */
export function getReviewSummary(creatorId: string) {
  const stored = storedSummaryQuery().get({ creatorId });
  // A creator without a profile row yet (reviewed through a deal) has nowhere to keep counts.
  return stored ? summarise(stored) : computeReviewSummary(creatorId);
}

/**
 * A client who reviews through a link is promised that only their first name is shown; a deal's
 * review carries the brand's name, shown whole.
 */
const publicClientName = sql<string>`case
  when ${reviews.sourceType} in ('booking', 'shoot') and instr(trim(${reviews.clientName}), ' ') > 0
  then substr(trim(${reviews.clientName}), 1, instr(trim(${reviews.clientName}), ' ') - 1)
  else ${reviews.clientName} end`;

const publicColumns = {
  id: reviews.id,
  rating: reviews.rating,
  body: reviews.body,
  clientName: publicClientName,
  verified: reviews.verified,
  reply: reviews.reply,
  replyAt: reviews.replyAt,
  createdAt: reviews.createdAt,
};

const publicCountQuery = lazyPrepared(() =>
  db
    .select({ n: count() })
    .from(reviews)
    .where(visible(sql.placeholder("creatorId")))
    .prepare(),
);
const publicPageQuery = lazyPrepared(() =>
  db
    .select(publicColumns)
    .from(reviews)
    .where(visible(sql.placeholder("creatorId")))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare(),
);

/** Visible reviews, newest first. Never exposes the client's email or phone. */
export function listPublicReviews(creatorId: string, page = 1, knownTotal?: number) {
  const total = knownTotal ?? publicCountQuery().get({ creatorId })?.n ?? 0;
  return onePage(total, page, PUBLIC_REVIEWS_PAGE_SIZE, (limit, offset) =>
    publicPageQuery().all({ creatorId, limit, offset }),
  );
}

/** Page `page` of `total` rows, `size` to a page; a page number past the end shows the last page. */
function onePage<Row>(
  total: number,
  page: number,
  size: number,
  read: (limit: number, offset: number) => Row[],
) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, page), pageCount);
  return { rows: read(size, (current - 1) * size), total, page: current, pageCount };
}

/** A page of all of a creator's reviews, hidden or not, newest first: read in order from (creator_id, created_at, id). */
export function creatorReviewsPage(
  creatorId: string | Placeholder,
  limit: number | Placeholder,
  offset: number | Placeholder,
) {
  return db
    .select({
      ...publicColumns,
      // The creator sees the whole name the client gave.
      clientName: reviews.clientName,
      clientEmail: reviews.clientEmail,
      hidden: reviews.hidden,
      // Removed by an admin (decision 032): shown to the creator with the reason, not re-showable.
      removedAt: reviews.removedAt,
      removedReason: reviews.removedReason,
      sourceType: reviews.sourceType,
    })
    .from(reviews)
    .where(eq(reviews.creatorId, creatorId))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(limit)
    .offset(offset);
}

const creatorReviewQueries = lazyPrepared(() => ({
  count: db
    .select({ n: count() })
    .from(reviews)
    .where(eq(reviews.creatorId, sql.placeholder("creatorId")))
    .prepare(),
  page: creatorReviewsPage(
    sql.placeholder("creatorId"),
    sql.placeholder("limit"),
    sql.placeholder("offset"),
  ).prepare(),
}));

export function listCreatorReviews(creatorId: string, page = 1) {
  const q = creatorReviewQueries();
  const total = q.count.get({ creatorId })?.n ?? 0;
  return onePage(total, page, DASHBOARD_REVIEWS_PAGE_SIZE, (limit, offset) =>
    q.page.all({ creatorId, limit, offset }),
  );
}

export type ReviewActionResult = "ok" | "not-found" | "already-replied" | "removed";

/** A public reply, once. The conditional UPDATE makes a second reply impossible even under a race. */
export function replyToReview(
  reviewId: string,
  creatorId: string,
  reply: string,
  now = new Date(),
): ReviewActionResult {
  const result = db
    .update(reviews)
    .set({ reply, replyAt: now })
    .where(
      and(
        eq(reviews.id, reviewId),
        eq(reviews.creatorId, creatorId),
        isNull(reviews.reply),
        // A review the moderators removed takes no reply: it would go public on a restore.
        isNull(reviews.removedAt),
      ),
    )
    .run();
  if (result.changes === 1) return "ok";
  const exists = db
    .select({ reply: reviews.reply, removedAt: reviews.removedAt })
    .from(reviews)
    .where(and(eq(reviews.id, reviewId), eq(reviews.creatorId, creatorId)))
    .get();
  if (!exists) return "not-found";
  return exists.reply !== null ? "already-replied" : "removed";
}

export function setReviewHidden(
  reviewId: string,
  creatorId: string,
  hidden: boolean,
  now = new Date(),
): ReviewActionResult {
  return immediateTransaction(() => {
    const result = db
      .update(reviews)
      .set({ hidden, hiddenAt: hidden ? now : null })
      .where(
        and(eq(reviews.id, reviewId), eq(reviews.creatorId, creatorId), isNull(reviews.removedAt)),
      )
      .run();
    if (result.changes !== 1) {
      // A review an admin removed stays hidden: the creator can neither show nor re-hide it.
      const exists = db
        .select({ id: reviews.id })
        .from(reviews)
        .where(and(eq(reviews.id, reviewId), eq(reviews.creatorId, creatorId)))
        .get();
      return exists ? "removed" : "not-found";
    }
    syncRatingAggregate(creatorId);
    return "ok";
  });
}

/** Used by tests and admin tools: raw count of reviews for a creator including hidden ones. */
export function countAllReviews(creatorId: string) {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(reviews)
      .where(eq(reviews.creatorId, creatorId))
      .get()?.n ?? 0
  );
}

/** What a portfolio page needs for its reviews slot; the page number comes from `?reviews=N`. */
export function publicReviewsFor(creatorId: string, url: URL) {
  const page = Math.max(1, Number.parseInt(url.searchParams.get("reviews") ?? "1", 10) || 1);
  const summary = getReviewSummary(creatorId);
  return { summary, ...listPublicReviews(creatorId, page, summary.count) };
}
