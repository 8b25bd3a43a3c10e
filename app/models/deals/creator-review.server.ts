import { eq } from "drizzle-orm";
import { db, immediateTransaction } from "~/db/client.server";
import { users } from "~/db/schema/accounts";
import { getBrandProfileForOwner } from "~/models/brands/brands.server";
import { reviewForSubject } from "~/models/reviews/review-links.server";
import { createVerifiedReview } from "~/models/reviews/reviews.server";
import { getDealForParty, type Viewer } from "./deals.server";

export class ReviewNotAllowedError extends Error {}

export function getCreatorReviewForDeal(dealId: string) {
  return reviewForSubject("deal", dealId) ?? null;
}

/** The brand of a completed deal reviews the creator: a verified review on the creator's portfolio, once per deal. */
export function reviewCreatorForDeal(
  dealId: string,
  viewer: Viewer,
  input: { rating: number; body: string },
) {
  return immediateTransaction(() => {
    const deal = getDealForParty(dealId, viewer);
    if (!deal) return null;
    if (deal.brandId !== viewer.id)
      throw new ReviewNotAllowedError("Only the brand of this deal reviews the creator.");
    if (deal.status !== "completed")
      throw new ReviewNotAllowedError("You can review the creator once the deal is completed.");
    if (getCreatorReviewForDeal(dealId))
      throw new ReviewNotAllowedError("You have already reviewed this creator for this deal.");
    const brand = db
      .select({ email: users.email, displayName: users.displayName })
      .from(users)
      .where(eq(users.id, deal.brandId))
      .get()!;
    const company = getBrandProfileForOwner(deal.brandId)?.company ?? brand.displayName;
    return createVerifiedReview({
      creatorId: deal.creatorId,
      sourceType: "deal",
      sourceId: deal.id,
      rating: input.rating,
      body: input.body,
      clientName: company.slice(0, 100),
      clientEmail: brand.email,
    });
  });
}
