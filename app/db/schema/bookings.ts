import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt, id, updatedAt } from "./columns";

export const BOOKING_STATUSES = [
  "requested",
  "confirmed",
  "declined",
  "cancelled",
  "completed",
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** A valid calendar date in YYYY-MM-DD (date() normalises, so round-tripping proves validity). */
const isDate = (col: unknown) =>
  sql`${col} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' and date(${col}) = ${col}`;
const isTime = (col: unknown) =>
  sql`${col} is null or (${col} glob '[0-2][0-9]:[0-5][0-9]' and ${col} < '24:00')`;

/**
 * One row per creator. working_days is a bitmask over ISO weekdays: bit 0 = Monday … bit 6 = Sunday.
 * Without a row the defaults below apply (UTC, Monday to Friday, one day notice, one booking a day).
 */
export const availabilitySettings = sqliteTable(
  "availability_settings",
  {
    creatorId: text("creator_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    timeZone: text("time_zone").notNull().default("UTC"),
    workingDays: integer("working_days").notNull().default(31),
    minNoticeDays: integer("min_notice_days").notNull().default(1),
    maxBookingsPerDay: integer("max_bookings_per_day").notNull().default(1),
    /** How long before a booking the client may still cancel it online. */
    cancelNoticeHours: integer("cancel_notice_hours").notNull().default(48),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("availability_working_days_check", sql`${t.workingDays} between 0 and 127`),
    check("availability_notice_check", sql`${t.minNoticeDays} between 0 and 365`),
    check("availability_max_check", sql`${t.maxBookingsPerDay} between 1 and 50`),
    check("availability_cancel_notice_check", sql`${t.cancelNoticeHours} between 0 and 720`),
    check("availability_tz_len", sql`length(${t.timeZone}) between 1 and 64`),
  ],
);

export const bookings = sqliteTable(
  "bookings",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    date: text("date").notNull(),
    startTime: text("start_time"),
    durationMinutes: integer("duration_minutes"),
    /** The portfolio module's package id; no FK so this module does not depend on that table. */
    packageId: text("package_id"),
    packageName: text("package_name"),
    customRequest: text("custom_request"),
    clientName: text("client_name").notNull(),
    clientEmail: text("client_email").notNull(),
    clientPhone: text("client_phone"),
    message: text("message").notNull(),
    budgetCents: integer("budget_cents"),
    currency: text("currency").notNull().default("USD"),
    status: text("status", { enum: BOOKING_STATUSES }).notNull().default("requested"),
    proposedDate: text("proposed_date"),
    declineReason: text("decline_reason"),
    manageTokenHash: text("manage_token_hash").notNull(),
    manageTokenExpiresAt: integer("manage_token_expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("bookings_manage_token_unique").on(t.manageTokenHash),
    index("bookings_creator_date_idx").on(t.creatorId, t.date, t.status),
    // The inbox: one status, by date, first come first served within a date (read backwards for
    // "latest first"); its counts use the first two columns.
    index("bookings_creator_status_date_idx").on(t.creatorId, t.status, t.date, t.createdAt),
    check(
      "bookings_status_check",
      sql`${t.status} in ('requested','confirmed','declined','cancelled','completed')`,
    ),
    check("bookings_date_check", isDate(t.date)),
    check(
      "bookings_proposed_date_check",
      sql`${t.proposedDate} is null or (${isDate(t.proposedDate)})`,
    ),
    check("bookings_start_time_check", isTime(t.startTime)),
    check(
      "bookings_duration_check",
      sql`${t.durationMinutes} is null or ${t.durationMinutes} between 15 and 1440`,
    ),
    check("bookings_budget_check", sql`${t.budgetCents} is null or ${t.budgetCents} >= 0`),
    check(
      "bookings_currency_check",
      sql`length(${t.currency}) = 3 and ${t.currency} = upper(${t.currency})`,
    ),
    check("bookings_client_name_len", sql`length(${t.clientName}) between 1 and 100`),
    check(
      "bookings_client_email_check",
      sql`instr(${t.clientEmail}, '@') > 1 and length(${t.clientEmail}) <= 254`,
    ),
    check("bookings_message_len", sql`length(${t.message}) between 10 and 5000`),
    check(
      "bookings_decline_reason_check",
      sql`${t.status} <> 'declined' or length(coalesce(${t.declineReason}, '')) > 0`,
    ),
  ],
);

export const BOOKING_ACTORS = ["creator", "client", "system"] as const;

/** Every status change of a booking: who (creator user id or the client), from, to, note, when. */
export const bookingStatusHistory = sqliteTable(
  "booking_status_history",
  {
    id: id(),
    bookingId: text("booking_id")
      .notNull()
      .references(() => bookings.id, { onDelete: "cascade" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorKind: text("actor_kind", { enum: BOOKING_ACTORS }).notNull(),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    note: text("note"),
    createdAt: createdAt(),
  },
  (t) => [
    index("booking_status_history_booking_idx").on(t.bookingId, t.createdAt),
    check(
      "booking_status_history_actor_check",
      sql`${t.actorKind} in ('creator','client','system')`,
    ),
  ],
);
