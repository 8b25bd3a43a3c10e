import { eq } from "drizzle-orm";
import { db, immediateTransaction, lazyStatement } from "~/db/client.server";
import { cachedQuery } from "~/db/query-cache.server";
import { creatorProfiles } from "~/db/schema";
import { linkPreview } from "./embeds";
import { imageUrl, ownsUpload, releaseUpload } from "./images.server";
import { listItems } from "./items.server";
import { listPackages } from "./packages.server";
import { listSocialAccounts } from "./socials.server";
import { currentTimeZoneName } from "~/utils/time-zones.server";

type Row = {
  userId: string;
  slug: string;
  displayName: string;
  headline: string;
  bio: string;
  visibility: "public" | "unlisted" | "private";
  location: string;
  timeZone: string;
  languages: string;
  avatarImageId: string | null;
  bannerImageId: string | null;
  budgetMinCents: number | null;
  budgetMaxCents: number | null;
  currency: string;
  spacesThisMonth: number | null;
  ratingAvg: number;
  reviewCount: number;
  totalFollowers: number;
  minPackageCents: number | null;
  pageVersion: number;
  createdAt: number;
};

const profileStmt = lazyStatement(
  `select user_id as userId, slug, display_name as displayName, headline, bio, visibility, location, time_zone as timeZone,
          languages, avatar_image_id as avatarImageId, banner_image_id as bannerImageId, budget_min_cents as budgetMinCents,
          budget_max_cents as budgetMaxCents, currency, spaces_this_month as spacesThisMonth, rating_avg as ratingAvg,
          review_count as reviewCount, total_followers as totalFollowers, min_package_cents as minPackageCents, page_version as pageVersion,
          created_at as createdAt
     from creator_profiles where slug = ?`,
);
const categoriesStmt = lazyStatement(
  `select c.slug, c.name from creator_categories cc join categories c on c.id = cc.category_id where cc.creator_id = ? order by c.name`,
);
const skillsStmt = lazyStatement(
  `select s.slug, s.name from creator_skills cs join skills s on s.id = cs.skill_id where cs.creator_id = ? order by s.name`,
);
/** Public creators sharing a category, best-followed first. */
const similarStmt = lazyStatement(
  `select p.user_id as userId, p.slug, p.display_name as displayName, p.headline,
          p.avatar_image_id as avatarImageId
     from creator_profiles p
    where p.visibility = 'public'
      and exists (select 1 from creator_categories cc where cc.creator_id = p.user_id
                   and cc.category_id in (select value from json_each(@categoryIds)))
    order by p.total_followers desc limit @limit`,
);

/** Everything the public page, media kit and share image show. Read-only. */
export function getPublicPortfolio(slug: string) {
  const row = profileStmt().get(slug.toLowerCase()) as Row | undefined;
  if (!row) return null;
  const items = listItems(row.userId).map((item) => ({
    id: item.id,
    kind: item.kind,
    title: item.title,
    url: item.url,
    description: item.description,
    brand: item.brand,
    itemDate: item.itemDate,
    featured: item.featured,
    image: imageUrl(item.imageId, "item-800"),
    imageSmall: imageUrl(item.imageId, "item-400"),
    preview: item.url ? linkPreview(item.url) : null,
  }));
  return {
    ...row,
    // A zone saved under its old name (Europe/Kiev) shows under its current one (Europe/Kyiv).
    timeZone: currentTimeZoneName(row.timeZone),
    avatar: imageUrl(row.avatarImageId, "avatar-256"),
    avatarSmall: imageUrl(row.avatarImageId, "avatar-96"),
    banner: imageUrl(row.bannerImageId, "banner-1200"),
    bannerSmall: imageUrl(row.bannerImageId, "banner-600"),
    categories: categoriesStmt().all(row.userId) as { slug: string; name: string }[],
    skills: skillsStmt().all(row.userId) as { slug: string; name: string }[],
    socials: listSocialAccounts(row.userId).map((s) => ({
      id: s.id,
      platform: s.platform,
      handle: s.handle,
      url: s.url,
      followers: s.followers,
      engagementRateBp: s.engagementRateBp,
    })),
    items,
    packages: listPackages(row.userId).map((p) => ({
      id: p.id,
      name: p.name,
      priceCents: p.priceCents,
      currency: p.currency,
      includes: p.includes,
      deliveryDays: p.deliveryDays,
    })),
  };
}
export type PublicPortfolio = NonNullable<ReturnType<typeof getPublicPortfolio>>;

const categoryIdsStmt = lazyStatement(
  `select category_id from creator_categories where creator_id = ? order by category_id`,
);

/**
 * Public creators sharing a category, best-followed first (the creator left out). The list depends
 * only on the set of categories, so it is kept in the read cache per set (decision 008): every
 * creator in "food" and "fitness" shares one answer until the next write.
 */
export function listSimilarCreators(creatorId: string, limit = 4) {
  const categoryIds = categoryIdsStmt().pluck().all(creatorId) as number[];
  // Without a category nothing is similar; the query below would walk every creator to find that out.
  if (categoryIds.length === 0) return [];
  const key = JSON.stringify(categoryIds);
  const rows = cachedQuery(
    `similar-creators:${key}:${limit}`,
    () =>
      similarStmt().all({ categoryIds: key, limit: limit + 1 }) as {
        userId: string;
        slug: string;
        displayName: string;
        headline: string;
        avatarImageId: string | null;
      }[],
  );
  return rows
    .filter((c) => c.userId !== creatorId)
    .slice(0, limit)
    .map((c) => ({
      slug: c.slug,
      displayName: c.displayName,
      headline: c.headline,
      avatar: imageUrl(c.avatarImageId, "avatar-96"),
    }));
}

/** Points the profile's avatar or banner at an upload the creator owns. */
export function setProfileImage(
  userId: string,
  which: "avatar" | "banner",
  uploadId: string | null,
) {
  if (uploadId && !ownsUpload(userId, uploadId)) return false;
  const column = which === "avatar" ? creatorProfiles.avatarImageId : creatorProfiles.bannerImageId;
  const set = which === "avatar" ? { avatarImageId: uploadId } : { bannerImageId: uploadId };
  return immediateTransaction(() => {
    const before = db
      .select({ uploadId: column })
      .from(creatorProfiles)
      .where(eq(creatorProfiles.userId, userId))
      .get();
    if (!before) return false;
    db.update(creatorProfiles)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(creatorProfiles.userId, userId))
      .run();
    // The picture it replaced is stored no longer, unless something else still shows it.
    if (before.uploadId !== uploadId) releaseUpload(before.uploadId);
    return true;
  });
}
