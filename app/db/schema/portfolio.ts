import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";

export const VISIBILITIES = ["public", "unlisted", "private"] as const;

export const categories = sqliteTable(
  "categories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("categories_slug_unique").on(t.slug),
    uniqueIndex("categories_name_unique").on(t.name),
  ],
);

export const creatorProfiles = sqliteTable(
  "creator_profiles",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    displayName: text("display_name").notNull(),
    headline: text("headline").notNull().default(""),
    bio: text("bio").notNull().default(""),
    visibility: text("visibility", { enum: VISIBILITIES }).notNull().default("public"),
    // Added by 0005+: CHECKs for these live in triggers (custom migration), since SQLite cannot add
    // table constraints without rebuilding a table other modules reference.
    location: text("location").notNull().default(""),
    timeZone: text("time_zone").notNull().default("UTC"),
    /** Comma-separated language names, as the creator typed them (e.g. "English, Swedish"). */
    languages: text("languages").notNull().default(""),
    /** Upload ids in `images` (group of variants). */
    avatarImageId: text("avatar_image_id"),
    bannerImageId: text("banner_image_id"),
    budgetMinCents: integer("budget_min_cents"),
    budgetMaxCents: integer("budget_max_cents"),
    currency: text("currency").notNull().default("USD"),
    spacesThisMonth: integer("spaces_this_month"),
    featured: integer("featured", { mode: "boolean" }).notNull().default(false),
    featuredAt: integer("featured_at", { mode: "timestamp_ms" }),
    /** Maintained by the reviews module. */
    ratingAvg: real("rating_avg").notNull().default(0),
    reviewCount: integer("review_count").notNull().default(0),
    /** Visible reviews per star rating (the portfolio page's distribution), maintained with the above. */
    rating1Count: integer("rating_1_count").notNull().default(0),
    rating2Count: integer("rating_2_count").notNull().default(0),
    rating3Count: integer("rating_3_count").notNull().default(0),
    rating4Count: integer("rating_4_count").notNull().default(0),
    rating5Count: integer("rating_5_count").notNull().default(0),
    /** Maintained by triggers on social_accounts and packages. */
    totalFollowers: integer("total_followers").notNull().default(0),
    minPackageCents: integer("min_package_cents"),
    /**
     * Moves on every change to what the public page shows (triggers, migration 0011); the page cache
     * (app/utils/page-cache.server.ts) serves a stored page only while it is unchanged.
     */
    pageVersion: integer("page_version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("creator_profiles_slug_unique").on(t.slug),
    // One index per discovery sort, each ending in user_id (the tie-break) so that a sorted, filtered
    // page is read in index order and the category/platform filters probe without reading the row.
    index("creator_profiles_newest_idx").on(t.visibility, t.createdAt, t.userId),
    index("creator_profiles_followers_idx").on(t.visibility, t.totalFollowers, t.userId),
    index("creator_profiles_rating_idx").on(t.visibility, t.ratingAvg, t.reviewCount, t.userId),
    index("creator_profiles_price_idx").on(
      t.visibility,
      sql`${t.minPackageCents} is null`,
      t.minPackageCents,
      t.userId,
    ),
    // Counting a category's public creators probes this instead of the wide row.
    index("creator_profiles_user_visibility_idx").on(t.userId, t.visibility),
    index("creator_profiles_featured_idx").on(t.featured, t.featuredAt),
    // Whether an upload is still shown anywhere (images.server.ts, releaseUpload).
    index("creator_profiles_avatar_idx")
      .on(t.avatarImageId)
      .where(sql`${t.avatarImageId} is not null`),
    index("creator_profiles_banner_idx")
      .on(t.bannerImageId)
      .where(sql`${t.bannerImageId} is not null`),
    check(
      "creator_profiles_slug_format",
      sql`length(${t.slug}) between 3 and 30 and ${t.slug} not glob '*[^a-z0-9-]*' and ${t.slug} not glob '-*' and ${t.slug} not glob '*-'`,
    ),
    check(
      "creator_profiles_visibility_check",
      sql`${t.visibility} in ('public','unlisted','private')`,
    ),
    check("creator_profiles_display_name_len", sql`length(${t.displayName}) between 1 and 80`),
    check("creator_profiles_headline_len", sql`length(${t.headline}) <= 140`),
    check("creator_profiles_bio_len", sql`length(${t.bio}) <= 5000`),
  ],
);

export const creatorCategories = sqliteTable(
  "creator_categories",
  {
    creatorId: text("creator_id")
      .notNull()
      .references(() => creatorProfiles.userId, { onDelete: "cascade" }),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ columns: [t.creatorId, t.categoryId] }),
    index("creator_categories_category_idx").on(t.categoryId, t.creatorId),
  ],
);
