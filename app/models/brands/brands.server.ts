import { eq, sql } from "drizzle-orm";
import { db, lazyPrepared, lazyStatement } from "~/db/client.server";
import { brandProfiles } from "~/db/schema/brands";
import type { BrandProfileInput } from "./brand-schema";

export class BrandSlugTakenError extends Error {
  constructor() {
    super("This link name is taken; choose another");
  }
}

const brandByOwnerQuery = lazyPrepared(() =>
  db
    .select()
    .from(brandProfiles)
    .where(eq(brandProfiles.userId, sql.placeholder("userId")))
    .prepare(),
);
const brandBySlugQuery = lazyPrepared(() =>
  db
    .select()
    .from(brandProfiles)
    .where(eq(brandProfiles.slug, sql.placeholder("slug")))
    .prepare(),
);

export function getBrandProfileForOwner(userId: string) {
  return brandByOwnerQuery().get({ userId }) ?? null;
}

export function saveBrandProfile(userId: string, input: BrandProfileInput) {
  const values = {
    slug: input.slug,
    company: input.company,
    industry: input.industry,
    website: input.website || null,
    logoUrl: input.logoUrl || null,
    description: input.description,
    updatedAt: new Date(),
  };
  try {
    db.insert(brandProfiles)
      .values({ userId, ...values })
      .onConflictDoUpdate({ target: brandProfiles.userId, set: values })
      .run();
  } catch (error) {
    if (
      error instanceof Error &&
      /UNIQUE constraint failed: brand_profiles\.slug/.test(error.message)
    )
      throw new BrandSlugTakenError();
    throw error;
  }
}

export function getBrandBySlug(slug: string) {
  return brandBySlugQuery().get({ slug: slug.toLowerCase() }) ?? null;
}

const ownerStatusStmt = lazyStatement(`select status from users where id = ?`);

/**
 * A brand's public page: null when no brand has the link, and when its account is suspended
 * (decision 037), except for admins, who see it marked as suspended. One more primary-key read.
 */
export function getBrandPage(slug: string, viewer: { role: string } | null) {
  const brand = getBrandBySlug(slug);
  if (!brand) return null;
  const owner = ownerStatusStmt().get(brand.userId) as { status: string } | undefined;
  const suspended = owner?.status !== "active";
  if (suspended && viewer?.role !== "admin") return null;
  return { brand, suspended };
}

export type BrandReputation = {
  ratingCount: number;
  overall: number | null;
  paymentSpeed: number | null;
  communication: number | null;
  professionalism: number | null;
  dealsCompleted: number;
  gigsPosted: number;
};

const reputationStmt = lazyStatement(`
  select
    (select count(*) from brand_ratings where brand_id = @id) as ratingCount,
    (select round(avg(overall), 1) from brand_ratings where brand_id = @id) as overall,
    (select round(avg(payment_speed), 1) from brand_ratings where brand_id = @id) as paymentSpeed,
    (select round(avg(communication), 1) from brand_ratings where brand_id = @id) as communication,
    (select round(avg(professionalism), 1) from brand_ratings where brand_id = @id) as professionalism,
    (select count(*) from deals where brand_id = @id and status = 'completed') as dealsCompleted,
    (select count(*) from gigs where brand_id = @id and status <> 'draft') as gigsPosted
`);

/** Averages of creators' ratings, counts and completed deals: computed on read from indexed tables. */
export function getBrandReputation(brandId: string): BrandReputation {
  return reputationStmt().get({ id: brandId }) as BrandReputation;
}

const recentRatingsStmt = lazyStatement(`
  select r.overall, r.comment, r.created_at as createdAt, coalesce(p.display_name, u.display_name) as creatorName, p.slug as creatorSlug
    from brand_ratings r join users u on u.id = r.creator_id left join creator_profiles p on p.user_id = r.creator_id and p.visibility = 'public'
   where r.brand_id = ? order by r.created_at desc limit ?`);

export function listBrandRatings(brandId: string, limit = 10) {
  return recentRatingsStmt().all(brandId, limit) as {
    overall: number;
    comment: string;
    createdAt: number;
    creatorName: string;
    creatorSlug: string | null;
  }[];
}
