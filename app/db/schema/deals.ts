import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt, id, updatedAt } from "./columns";
import { bookings } from "./bookings";
import { applications, gigs } from "./gigs";

export const OFFER_STATUSES = [
  "pending",
  "accepted",
  "rejected",
  "countered",
  "expired",
  "withdrawn",
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const DEAL_STATUSES = ["active", "completed", "cancelled"] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];
export const DELIVERABLE_STATUSES = [
  "pending",
  "submitted",
  "revision_requested",
  "approved",
] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(","));

/** Negotiation on an application: either party proposes terms; the other accepts, rejects or counters. */
export const offers = sqliteTable(
  "offers",
  {
    id: id(),
    applicationId: text("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    fromUserId: text("from_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull().default("USD"),
    /** One deliverable per line. */
    deliverables: text("deliverables").notNull(),
    timelineDays: integer("timeline_days").notNull(),
    message: text("message").notNull().default(""),
    status: text("status", { enum: OFFER_STATUSES }).notNull().default("pending"),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    respondedAt: integer("responded_at", { mode: "timestamp_ms" }),
    respondedBy: text("responded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("offers_application_idx").on(t.applicationId, t.createdAt),
    // At most one open offer per application.
    uniqueIndex("offers_one_pending_unique")
      .on(t.applicationId)
      .where(sql`status = 'pending'`),
    check("offers_status_check", sql`${t.status} in (${inList(OFFER_STATUSES)})`),
    check("offers_amount_check", sql`${t.amountCents} > 0`),
    check(
      "offers_currency_check",
      sql`length(${t.currency}) = 3 and ${t.currency} = upper(${t.currency})`,
    ),
    check("offers_timeline_check", sql`${t.timelineDays} between 1 and 365`),
    check("offers_deliverables_len", sql`length(${t.deliverables}) between 1 and 3000`),
    check("offers_message_len", sql`length(${t.message}) <= 2000`),
  ],
);

/** Accepted work: from an application (gig board) or a booking. */
export const deals = sqliteTable(
  "deals",
  {
    id: id(),
    applicationId: text("application_id").references(() => applications.id, {
      onDelete: "set null",
    }),
    bookingId: text("booking_id").references(() => bookings.id, { onDelete: "set null" }),
    gigId: text("gig_id").references(() => gigs.id, { onDelete: "set null" }),
    brandId: text("brand_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    creatorId: text("creator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    amountCents: integer("amount_cents").notNull(),
    currency: text("currency").notNull().default("USD"),
    status: text("status", { enum: DEAL_STATUSES }).notNull().default("active"),
    cancelReason: text("cancel_reason"),
    cancelledBy: text("cancelled_by").references(() => users.id, { onDelete: "set null" }),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("deals_application_unique").on(t.applicationId),
    uniqueIndex("deals_booking_unique").on(t.bookingId),
    index("deals_brand_status_idx").on(t.brandId, t.status, t.updatedAt),
    index("deals_creator_status_idx").on(t.creatorId, t.status, t.updatedAt),
    check("deals_status_check", sql`${t.status} in (${inList(DEAL_STATUSES)})`),
    check("deals_amount_check", sql`${t.amountCents} >= 0`),
    check(
      "deals_currency_check",
      sql`length(${t.currency}) = 3 and ${t.currency} = upper(${t.currency})`,
    ),
    check("deals_parties_check", sql`${t.brandId} <> ${t.creatorId}`),
    check(
      "deals_cancel_check",
      sql`${t.status} <> 'cancelled' or (${t.cancelReason} is not null and length(${t.cancelReason}) between 1 and 2000)`,
    ),
    check("deals_completed_check", sql`${t.status} <> 'completed' or ${t.completedAt} is not null`),
    check("deals_title_len", sql`length(${t.title}) between 1 and 200`),
  ],
);

export const dealStatusHistory = sqliteTable(
  "deal_status_history",
  {
    id: id(),
    dealId: text("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("deal_status_history_deal_idx").on(t.dealId, t.createdAt)],
);

export const deliverables = sqliteTable(
  "deliverables",
  {
    id: id(),
    dealId: text("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    /** Calendar date YYYY-MM-DD. */
    dueDate: text("due_date").notNull(),
    status: text("status", { enum: DELIVERABLE_STATUSES }).notNull().default("pending"),
    submissionUrl: text("submission_url"),
    submissionNote: text("submission_note"),
    revisionCount: integer("revision_count").notNull().default(0),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    approvedAt: integer("approved_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("deliverables_deal_position_unique").on(t.dealId, t.position),
    index("deliverables_status_due_idx").on(t.status, t.dueDate),
    check("deliverables_status_check", sql`${t.status} in (${inList(DELIVERABLE_STATUSES)})`),
    check(
      "deliverables_due_format",
      sql`${t.dueDate} glob '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`,
    ),
    check("deliverables_revision_check", sql`${t.revisionCount} >= 0`),
    check("deliverables_title_len", sql`length(${t.title}) between 1 and 300`),
    check(
      "deliverables_submission_check",
      sql`${t.status} = 'pending' or ${t.submissionUrl} is not null`,
    ),
    check(
      "deliverables_url_format",
      sql`${t.submissionUrl} is null or (${t.submissionUrl} glob 'http*://*' and length(${t.submissionUrl}) <= 500)`,
    ),
  ],
);

export const deliverableHistory = sqliteTable(
  "deliverable_history",
  {
    id: id(),
    deliverableId: text("deliverable_id")
      .notNull()
      .references(() => deliverables.id, { onDelete: "cascade" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [index("deliverable_history_deliverable_idx").on(t.deliverableId, t.createdAt)],
);

/** A creator's rating of the brand after a completed deal: one per deal. */
export const brandRatings = sqliteTable(
  "brand_ratings",
  {
    id: id(),
    dealId: text("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    brandId: text("brand_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    creatorId: text("creator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    overall: integer("overall").notNull(),
    paymentSpeed: integer("payment_speed").notNull(),
    communication: integer("communication").notNull(),
    professionalism: integer("professionalism").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("brand_ratings_deal_unique").on(t.dealId),
    index("brand_ratings_brand_idx").on(t.brandId, t.createdAt),
    check("brand_ratings_overall_check", sql`${t.overall} between 1 and 5`),
    check("brand_ratings_payment_check", sql`${t.paymentSpeed} between 1 and 5`),
    check("brand_ratings_communication_check", sql`${t.communication} between 1 and 5`),
    check("brand_ratings_professionalism_check", sql`${t.professionalism} between 1 and 5`),
    check("brand_ratings_comment_len", sql`length(${t.comment}) <= 2000`),
  ],
);
