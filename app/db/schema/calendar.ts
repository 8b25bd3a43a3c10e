import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { bookings } from "./bookings";
import { createdAt, id } from "./columns";

const isDate = (col: unknown) =>
  sql`${col} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' and date(${col}) = ${col}`;
const isTime = (col: unknown) =>
  sql`${col} is null or (${col} glob '[0-2][0-9]:[0-5][0-9]' and ${col} < '24:00')`;

export const CALENDAR_ITEM_STATUSES = ["planned", "completed"] as const;

/** One row per blocked day (ranges are expanded), so "is this day blocked" is a unique-index lookup. */
export const blockedDates = sqliteTable(
  "blocked_dates",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
    /** Private: never shown to visitors. */
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("blocked_dates_creator_date_unique").on(t.creatorId, t.date),
    check("blocked_dates_date_check", isDate(t.date)),
    check("blocked_dates_reason_len", sql`${t.reason} is null or length(${t.reason}) <= 200`),
  ],
);

export const shoots = sqliteTable(
  "shoots",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    date: text("date").notNull(),
    startTime: text("start_time"),
    location: text("location"),
    brand: text("brand"),
    campaign: text("campaign"),
    notes: text("notes"),
    amountCents: integer("amount_cents"),
    currency: text("currency").notNull().default("USD"),
    bookingId: text("booking_id").references(() => bookings.id, { onDelete: "set null" }),
    status: text("status", { enum: CALENDAR_ITEM_STATUSES }).notNull().default("planned"),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("shoots_creator_date_idx").on(t.creatorId, t.date),
    uniqueIndex("shoots_booking_unique")
      .on(t.bookingId)
      .where(sql`${t.bookingId} is not null`),
    check("shoots_date_check", isDate(t.date)),
    check("shoots_time_check", isTime(t.startTime)),
    check("shoots_status_check", sql`${t.status} in ('planned','completed')`),
    check(
      "shoots_completed_check",
      sql`(${t.status} = 'completed') = (${t.completedAt} is not null)`,
    ),
    check("shoots_amount_check", sql`${t.amountCents} is null or ${t.amountCents} >= 0`),
    check(
      "shoots_currency_check",
      sql`length(${t.currency}) = 3 and ${t.currency} = upper(${t.currency})`,
    ),
    check("shoots_title_len", sql`length(${t.title}) between 1 and 120`),
  ],
);

export const uploads = sqliteTable(
  "uploads",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    date: text("date").notNull(),
    startTime: text("start_time"),
    platform: text("platform").notNull(),
    contentType: text("content_type").notNull(),
    brand: text("brand"),
    campaign: text("campaign"),
    notes: text("notes"),
    status: text("status", { enum: CALENDAR_ITEM_STATUSES }).notNull().default("planned"),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("uploads_creator_date_idx").on(t.creatorId, t.date),
    check("uploads_date_check", isDate(t.date)),
    check("uploads_time_check", isTime(t.startTime)),
    check("uploads_status_check", sql`${t.status} in ('planned','completed')`),
    check(
      "uploads_completed_check",
      sql`(${t.status} = 'completed') = (${t.completedAt} is not null)`,
    ),
    check("uploads_title_len", sql`length(${t.title}) between 1 and 120`),
    check("uploads_platform_len", sql`length(${t.platform}) between 1 and 40`),
    check("uploads_content_type_len", sql`length(${t.contentType}) between 1 and 40`),
  ],
);

/** Secret ICS feed URLs. Regenerating revokes the previous one; at most one live feed per creator. */
export const calendarFeeds = sqliteTable(
  "calendar_feeds",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("calendar_feeds_token_unique").on(t.tokenHash),
    uniqueIndex("calendar_feeds_live_unique")
      .on(t.creatorId)
      .where(sql`${t.revokedAt} is null`),
  ],
);
