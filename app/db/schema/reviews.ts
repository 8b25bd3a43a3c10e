import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt, id } from "./columns";

export const REVIEW_SUBJECTS = ["booking", "shoot", "deal"] as const;
export type ReviewSubject = (typeof REVIEW_SUBJECTS)[number];
export const REVIEW_SOURCES = ["booking", "shoot", "deal", "none"] as const;

/**
 * Single-use review links. Only the token's hash is stored. Regenerating revokes the live link;
 * at most one live (unused, unrevoked) link per subject.
 */
export const reviewLinks = sqliteTable(
  "review_links",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subjectType: text("subject_type", { enum: REVIEW_SUBJECTS }).notNull(),
    /** Id in the subject's table (bookings, shoots, deals): polymorphic, so no FK. */
    subjectId: text("subject_id").notNull(),
    /** What the client is asked to review, e.g. "Booking on 2026-12-05 (Brand shoot)". */
    subjectLabel: text("subject_label").notNull(),
    clientEmail: text("client_email"),
    tokenHash: text("token_hash").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("review_links_token_unique").on(t.tokenHash),
    uniqueIndex("review_links_live_unique")
      .on(t.subjectType, t.subjectId)
      .where(sql`${t.usedAt} is null and ${t.revokedAt} is null`),
    index("review_links_creator_idx").on(t.creatorId, t.createdAt),
    check("review_links_subject_check", sql`${t.subjectType} in ('booking','shoot','deal')`),
  ],
);

export const REVIEW_MIN_BODY = 20;

export const reviews = sqliteTable(
  "reviews",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sourceType: text("source_type", { enum: REVIEW_SOURCES }).notNull().default("none"),
    sourceId: text("source_id"),
    reviewLinkId: text("review_link_id").references(() => reviewLinks.id, { onDelete: "set null" }),
    verified: integer("verified", { mode: "boolean" }).notNull().default(false),
    rating: integer("rating").notNull(),
    body: text("body").notNull(),
    clientName: text("client_name").notNull(),
    clientEmail: text("client_email").notNull(),
    clientPhone: text("client_phone"),
    consent: integer("consent", { mode: "boolean" }).notNull(),
    reply: text("reply"),
    replyAt: integer("reply_at", { mode: "timestamp_ms" }),
    hidden: integer("hidden", { mode: "boolean" }).notNull().default(false),
    hiddenAt: integer("hidden_at", { mode: "timestamp_ms" }),
    /**
     * Removed by an admin (decision 032): the review is also hidden, and the creator can no longer show
     * it. Added as plain columns, since a CHECK would rebuild this large table; triggers in migration
     * 0018 hold the rule (removed means hidden, with a reason).
     */
    removedAt: integer("removed_at", { mode: "timestamp_ms" }),
    removedReason: text("removed_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    // Latest visible reviews in order (id breaks ties, so a page is read straight from the index).
    index("reviews_creator_visible_idx").on(t.creatorId, t.hidden, t.createdAt, t.id),
    // All of a creator's reviews in order, hidden or not (the dashboard's list): without it a page
    // of 20 read and sorted every review of the creator (12 ms for 5,000).
    index("reviews_creator_created_idx").on(t.creatorId, t.createdAt, t.id),
    uniqueIndex("reviews_link_unique")
      .on(t.reviewLinkId)
      .where(sql`${t.reviewLinkId} is not null`),
    uniqueIndex("reviews_source_unique")
      .on(t.sourceType, t.sourceId)
      .where(sql`${t.sourceId} is not null`),
    check("reviews_rating_check", sql`${t.rating} between 1 and 5`),
    check("reviews_body_len", sql`length(${t.body}) between 20 and 5000`),
    check("reviews_source_check", sql`${t.sourceType} in ('booking','shoot','deal','none')`),
    check("reviews_source_id_check", sql`(${t.sourceType} = 'none') = (${t.sourceId} is null)`),
    check("reviews_consent_check", sql`${t.consent} = 1`),
    check("reviews_name_len", sql`length(${t.clientName}) between 1 and 100`),
    check(
      "reviews_reply_check",
      sql`(${t.reply} is null) = (${t.replyAt} is null) and (${t.reply} is null or length(${t.reply}) between 1 and 2000)`,
    ),
    check(
      "reviews_hidden_check",
      sql`${t.hidden} in (0,1) and (${t.hidden} = 0 or ${t.hiddenAt} is not null)`,
    ),
    check(
      "reviews_verified_check",
      sql`${t.verified} in (0,1) and (${t.verified} = 0 or ${t.sourceType} <> 'none')`,
    ),
  ],
);
