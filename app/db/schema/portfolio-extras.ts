import { sql } from "drizzle-orm";
import {
  blob,
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt, id } from "./columns";
import { creatorProfiles } from "./portfolio";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(","));
const isDate = (col: unknown) => sql`${col} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`;

export const SOCIAL_PLATFORMS = [
  "instagram",
  "tiktok",
  "youtube",
  "x",
  "facebook",
  "twitch",
  "linkedin",
  "spotify",
  "soundcloud",
  "website",
] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];
export const ITEM_KINDS = ["image", "video", "audio", "link"] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const VIEW_SOURCES = ["direct", "search", "referral"] as const;
export type ViewSource = (typeof VIEW_SOURCES)[number];
export const IMAGE_VARIANTS = [
  "avatar-96",
  "avatar-256",
  "banner-1200",
  "banner-600",
  "item-800",
  "item-400",
] as const;
export type ImageVariant = (typeof IMAGE_VARIANTS)[number];

export const skills = sqliteTable(
  "skills",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("skills_slug_unique").on(t.slug),
    uniqueIndex("skills_name_unique").on(t.name),
  ],
);

export const creatorSkills = sqliteTable(
  "creator_skills",
  {
    creatorId: text("creator_id")
      .notNull()
      .references(() => creatorProfiles.userId, { onDelete: "cascade" }),
    skillId: integer("skill_id")
      .notNull()
      .references(() => skills.id, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ columns: [t.creatorId, t.skillId] }),
    index("creator_skills_skill_idx").on(t.skillId, t.creatorId),
  ],
);

export const socialAccounts = sqliteTable(
  "social_accounts",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => creatorProfiles.userId, { onDelete: "cascade" }),
    platform: text("platform", { enum: SOCIAL_PLATFORMS }).notNull(),
    handle: text("handle").notNull(),
    url: text("url").notNull(),
    followers: integer("followers").notNull().default(0),
    /** Engagement rate in basis points (3.25% = 325). */
    engagementRateBp: integer("engagement_rate_bp"),
    createdAt: createdAt(),
  },
  (t) => [
    // Handles are case-insensitive on every platform listed: "MayaLens" and "mayalens" are one
    // account, counted once in a creator's reach.
    uniqueIndex("social_accounts_creator_platform_handle_nocase_unique").on(
      t.creatorId,
      t.platform,
      sql`lower(${t.handle})`,
    ),
    index("social_accounts_platform_idx").on(t.platform, t.creatorId),
    check("social_accounts_platform_check", sql`${t.platform} in (${inList(SOCIAL_PLATFORMS)})`),
    check("social_accounts_followers_check", sql`${t.followers} >= 0`),
    check(
      "social_accounts_engagement_check",
      sql`${t.engagementRateBp} is null or ${t.engagementRateBp} between 0 and 10000`,
    ),
    check("social_accounts_handle_len", sql`length(${t.handle}) between 1 and 100`),
    check("social_accounts_url_check", sql`${t.url} like 'https://%' or ${t.url} like 'http://%'`),
  ],
);

/** Resized image variants stored as blobs, so they replicate with the database under LiteFS. */
export const images = sqliteTable(
  "images",
  {
    id: id(),
    /** One upload produces several variants that share an upload id. */
    uploadId: text("upload_id").notNull(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sha256: text("sha256").notNull(),
    mime: text("mime").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    variant: text("variant", { enum: IMAGE_VARIANTS }).notNull(),
    bytes: blob("bytes", { mode: "buffer" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("images_upload_variant_unique").on(t.uploadId, t.variant),
    index("images_sha256_idx").on(t.sha256),
    index("images_owner_idx").on(t.ownerId, t.createdAt),
    check("images_mime_check", sql`${t.mime} in ('image/jpeg','image/png','image/webp')`),
    check("images_variant_check", sql`${t.variant} in (${inList(IMAGE_VARIANTS)})`),
    check(
      "images_size_check",
      sql`${t.width} > 0 and ${t.height} > 0 and length(${t.bytes}) <= 5242880`,
    ),
  ],
);

export const portfolioItems = sqliteTable(
  "portfolio_items",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => creatorProfiles.userId, { onDelete: "cascade" }),
    kind: text("kind", { enum: ITEM_KINDS }).notNull(),
    title: text("title").notNull(),
    url: text("url"),
    imageId: text("image_id"),
    description: text("description").notNull().default(""),
    brand: text("brand").notNull().default(""),
    itemDate: text("item_date"),
    position: integer("position").notNull(),
    featured: integer("featured", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("portfolio_items_creator_idx").on(t.creatorId, t.position),
    // Whether an upload is still shown anywhere (images.server.ts, releaseUpload).
    index("portfolio_items_image_idx")
      .on(t.imageId)
      .where(sql`${t.imageId} is not null`),
    check("portfolio_items_kind_check", sql`${t.kind} in (${inList(ITEM_KINDS)})`),
    check("portfolio_items_title_len", sql`length(${t.title}) between 1 and 120`),
    check("portfolio_items_source", sql`${t.url} is not null or ${t.imageId} is not null`),
    check(
      "portfolio_items_url_check",
      sql`${t.url} is null or ${t.url} like 'https://%' or ${t.url} like 'http://%'`,
    ),
    check("portfolio_items_date_check", sql`${t.itemDate} is null or ${isDate(t.itemDate)}`),
    check("portfolio_items_description_len", sql`length(${t.description}) <= 1000`),
  ],
);

export const packages = sqliteTable(
  "packages",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => creatorProfiles.userId, { onDelete: "cascade" }),
    name: text("name").notNull(),
    priceCents: integer("price_cents").notNull(),
    currency: text("currency").notNull(),
    includes: text("includes").notNull().default(""),
    deliveryDays: integer("delivery_days").notNull(),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    index("packages_creator_idx").on(t.creatorId, t.position),
    check("packages_price_check", sql`${t.priceCents} >= 0`),
    check(
      "packages_currency_check",
      sql`length(${t.currency}) = 3 and ${t.currency} not glob '*[^A-Z]*'`,
    ),
    check("packages_delivery_check", sql`${t.deliveryDays} between 1 and 365`),
    check("packages_name_len", sql`length(${t.name}) between 1 and 80`),
  ],
);

/** Old slugs keep working with a 301 to the creator's current slug. */
export const slugRedirects = sqliteTable(
  "slug_redirects",
  {
    oldSlug: text("old_slug").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("slug_redirects_user_idx").on(t.userId)],
);

/** A user's saved creators, in named lists ("Saved" by default). */
export const favourites = sqliteTable(
  "favourites",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    creatorId: text("creator_id")
      .notNull()
      .references(() => creatorProfiles.userId, { onDelete: "cascade" }),
    listName: text("list_name").notNull().default("Saved"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.listName, t.creatorId] }),
    index("favourites_creator_idx").on(t.creatorId),
    check("favourites_list_name_len", sql`length(${t.listName}) between 1 and 60`),
  ],
);

/** Aggregated profile views: one row per creator, day, source and referrer host. */
export const profileViews = sqliteTable(
  "profile_views",
  {
    creatorId: text("creator_id")
      .notNull()
      .references(() => creatorProfiles.userId, { onDelete: "cascade" }),
    day: text("day").notNull(),
    source: text("source", { enum: VIEW_SOURCES }).notNull(),
    referrerHost: text("referrer_host").notNull().default(""),
    count: integer("count").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.creatorId, t.day, t.source, t.referrerHost] }),
    check("profile_views_source_check", sql`${t.source} in (${inList(VIEW_SOURCES)})`),
    check("profile_views_day_check", sql`${isDate(t.day)}`),
    check("profile_views_count_check", sql`${t.count} >= 0`),
  ],
);
