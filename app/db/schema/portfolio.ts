import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
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
  (t) => [uniqueIndex("categories_slug_unique").on(t.slug), uniqueIndex("categories_name_unique").on(t.name)],
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("creator_profiles_slug_unique").on(t.slug),
    index("creator_profiles_visibility_idx").on(t.visibility, t.createdAt),
    check("creator_profiles_slug_format", sql`length(${t.slug}) between 3 and 30 and ${t.slug} not glob '*[^a-z0-9-]*' and ${t.slug} not glob '-*' and ${t.slug} not glob '*-'`),
    check("creator_profiles_visibility_check", sql`${t.visibility} in ('public','unlisted','private')`),
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
