import { eq, sql } from "drizzle-orm";
import { db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { brandRatings } from "~/db/schema/deals";
import { getDealForParty, type Viewer } from "~/models/deals/deals.server";
import type { BrandRatingInput } from "./brand-schema";

export class RatingNotAllowedError extends Error {}

const ratingForDealQuery = lazyPrepared(() =>
  db
    .select()
    .from(brandRatings)
    .where(eq(brandRatings.dealId, sql.placeholder("dealId")))
    .prepare(),
);

export function getBrandRatingForDeal(dealId: string) {
  return ratingForDealQuery().get({ dealId }) ?? null;
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
