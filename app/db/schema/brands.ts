import { sql } from "drizzle-orm";
import { check, index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";

/** A brand's public profile, one per brand account. Reputation is computed from brand_ratings and deals. */
export const brandProfiles = sqliteTable(
  "brand_profiles",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    company: text("company").notNull(),
    industry: text("industry").notNull().default(""),
    website: text("website"),
    /** An https URL to the logo (image storage can replace this with an image reference later). */
    logoUrl: text("logo_url"),
    description: text("description").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("brand_profiles_slug_unique").on(t.slug),
    check(
      "brand_profiles_slug_format",
      sql`length(${t.slug}) between 3 and 40 and ${t.slug} not glob '*[^a-z0-9-]*' and ${t.slug} not glob '-*' and ${t.slug} not glob '*-'`,
    ),
    check("brand_profiles_company_len", sql`length(${t.company}) between 1 and 100`),
    check("brand_profiles_industry_len", sql`length(${t.industry}) <= 60`),
    check(
      "brand_profiles_website_format",
      sql`${t.website} is null or (${t.website} glob 'http*://*' and length(${t.website}) <= 300)`,
    ),
    check(
      "brand_profiles_logo_format",
      sql`${t.logoUrl} is null or (${t.logoUrl} glob 'https://*' and length(${t.logoUrl}) <= 500)`,
    ),
    check("brand_profiles_description_len", sql`length(${t.description}) <= 5000`),
    index("brand_profiles_company_idx").on(t.company),
  ],
);
