import { eq } from "drizzle-orm";
import { db, immediateTransaction } from "~/db/client.server";
import { brandRatings } from "~/db/schema/deals";
import { getDealForParty, type Viewer } from "~/models/deals/deals.server";
import type { BrandRatingInput } from "./brand-schema";

export class RatingNotAllowedError extends Error {}

export function getBrandRatingForDeal(dealId: string) {
  return db.select().from(brandRatings).where(eq(brandRatings.dealId, dealId)).get() ?? null;
}

/** The creator of a completed deal rates its brand, once. */
export function rateBrand(dealId: string, viewer: Viewer, input: BrandRatingInput) {
  return immediateTransaction(() => {
    const deal = getDealForParty(dealId, viewer);
    if (!deal) return null;
    if (deal.creatorId !== viewer.id)
      throw new RatingNotAllowedError("Only the creator of this deal rates the brand.");
    if (deal.status !== "completed")
      throw new RatingNotAllowedError("You can rate the brand once the deal is completed.");
    if (getBrandRatingForDeal(dealId))
      throw new RatingNotAllowedError("You have already rated this brand for this deal.");
    return db
      .insert(brandRatings)
      .values({ dealId, brandId: deal.brandId, creatorId: deal.creatorId, ...input })
      .returning()
      .get();
  });
}
