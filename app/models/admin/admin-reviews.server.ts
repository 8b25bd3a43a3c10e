import { cachedStatement, immediateTransaction, lazyStatement } from "~/db/client.server";
import { syncRatingAggregate } from "../reviews/reviews.server";
import type { ReviewFilter } from "./admin-schemas";
import { logModeration } from "./moderation-log.server";

export const ADMIN_REVIEWS_PAGE_SIZE = 25;

export type AdminReviewRow = {
  id: string;
  rating: number;
  body: string;
  clientName: string;
  clientEmail: string;
  verified: number;
  hidden: number;
  removedAt: number | null;
  removedReason: string | null;
  createdAt: number;
  creatorId: string;
  creatorName: string;
  slug: string | null;
};

const FILTER_SQL: Record<ReviewFilter, string> = {
  all: "",
  low: "where r.rating <= 2",
  removed: "where r.removed_at is not null",
};

/** Reviews for moderation, newest first: all, the low ratings (1–2 stars), or those removed. */
export function listReviewsForAdmin(filter: ReviewFilter, requestedPage: number) {
  const where = FILTER_SQL[filter];
  const total = (
    cachedStatement(`select count(*) as n from reviews r ${where}`).get() as { n: number }
  ).n;
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_REVIEWS_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const rows = cachedStatement(
    `select r.id, r.rating, r.body, r.client_name as clientName, r.client_email as clientEmail,
            r.verified, r.hidden, r.removed_at as removedAt, r.removed_reason as removedReason,
            r.created_at as createdAt, r.creator_id as creatorId,
            coalesce(p.display_name, u.display_name) as creatorName, p.slug
       from reviews r
       join users u on u.id = r.creator_id
       left join creator_profiles p on p.user_id = r.creator_id
       ${where}
      order by r.created_at desc, r.id desc
      limit @limit offset @offset`,
  ).all({
    limit: ADMIN_REVIEWS_PAGE_SIZE,
    offset: (page - 1) * ADMIN_REVIEWS_PAGE_SIZE,
  }) as AdminReviewRow[];
  return { rows, total, page, pageCount };
}

const reviewStmt = lazyStatement(
  `select r.id, r.creator_id as creatorId, r.rating, r.client_name as clientName, r.hidden,
          r.hidden_at as hiddenAt, r.removed_at as removedAt, coalesce(p.display_name, u.display_name) as creatorName
     from reviews r join users u on u.id = r.creator_id
     left join creator_profiles p on p.user_id = r.creator_id
    where r.id = ?`,
);
type ReviewRecord = {
  id: string;
  creatorId: string;
  rating: number;
  clientName: string;
  hidden: number;
  hiddenAt: number | null;
  removedAt: number | null;
  creatorName: string;
};

// Removing hides the review too; a review the creator had already hidden keeps its own hidden_at,
// so restoring can tell the two apart (removal's hidden_at equals removed_at).
const removeStmt = lazyStatement(
  `update reviews set hidden = 1, hidden_at = coalesce(hidden_at, @now), removed_at = @now,
          removed_reason = @reason
    where id = @id and removed_at is null`,
);
const restoreStmt = lazyStatement(
  `update reviews
      set hidden = case when hidden_at = removed_at then 0 else hidden end,
          hidden_at = case when hidden_at = removed_at then null else hidden_at end,
          removed_at = null, removed_reason = null
    where id = @id and removed_at is not null`,
);

const summaryOf = (r: ReviewRecord) => `${r.rating}★ review by ${r.clientName} of ${r.creatorName}`;

export type ReviewModerationResult = "ok" | "not-found" | "already";

/**
 * Takes a review off the creator's page (decision 032): it is hidden, leaves the rating, and the
 * creator sees it as removed by moderators, with the reason, and cannot show it again.
 */
export function removeReview(input: {
  adminId: string;
  reviewId: string;
  reason: string;
  now?: Date;
}): ReviewModerationResult {
  const now = input.now ?? new Date();
  return immediateTransaction(() => {
    const review = reviewStmt().get(input.reviewId) as ReviewRecord | undefined;
    if (!review) return "not-found";
    const changed = removeStmt().run({
      id: review.id,
      now: now.getTime(),
      reason: input.reason,
    }).changes;
    if (changed === 0) return "already";
    syncRatingAggregate(review.creatorId);
    logModeration({
      actorId: input.adminId,
      action: "review.remove",
      targetType: "review",
      targetId: review.id,
      summary: summaryOf(review),
      reason: input.reason,
      now,
    });
    return "ok";
  });
}

/** Undoes a removal: the review is shown again unless its creator had hidden it before. */
export function restoreReview(input: {
  adminId: string;
  reviewId: string;
  reason?: string | null;
  now?: Date;
}): ReviewModerationResult {
  const now = input.now ?? new Date();
  return immediateTransaction(() => {
    const review = reviewStmt().get(input.reviewId) as ReviewRecord | undefined;
    if (!review) return "not-found";
    if (restoreStmt().run({ id: review.id }).changes === 0) return "already";
    syncRatingAggregate(review.creatorId);
    logModeration({
      actorId: input.adminId,
      action: "review.restore",
      targetType: "review",
      targetId: review.id,
      summary: summaryOf(review),
      reason: input.reason || null,
      now,
    });
    return "ok";
  });
}
