import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt, id } from "./columns";

/**
 * What a user can hear about, in-app and by email (decision 035). Each type is one line of the
 * notification settings; account and security emails (reset, verification, suspension) are not
 * among them and are always sent.
 */
export const NOTIFICATION_TYPES = [
  "booking_request",
  "booking_client_update",
  "inquiry_new",
  "review_new",
  "application_new",
  "application_update",
  "deal_offer",
  "deal_deliverable",
  "deal_status",
  "message_new",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

const typeList = sql.raw(NOTIFICATION_TYPES.map((t) => `'${t}'`).join(","));

/** One event a user was told about, shown in their notifications until they read it. */
export const notifications = sqliteTable(
  "notifications",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type", { enum: NOTIFICATION_TYPES }).notNull(),
    title: text("title").notNull(),
    body: text("body"),
    /** Where the notification leads: a path inside the app, never another site. */
    path: text("path").notNull(),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    // A user's notifications, newest first (the list), read in index order.
    index("notifications_user_idx").on(t.userId, t.createdAt),
    // Their unread count (the menu's badge): only unread rows are in this index.
    index("notifications_unread_idx")
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
    check("notifications_type_check", sql`${t.type} in (${typeList})`),
    check("notifications_title_len", sql`length(${t.title}) between 1 and 200`),
    check("notifications_body_len", sql`${t.body} is null or length(${t.body}) <= 500`),
    check(
      "notifications_path_check",
      sql`substr(${t.path}, 1, 1) = '/' and substr(${t.path}, 2, 1) not in ('/', '\\') and length(${t.path}) <= 300`,
    ),
  ],
);

/**
 * A user's choice for one type, where it differs from the default (both channels on): no row
 * means in-app and email.
 */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type", { enum: NOTIFICATION_TYPES }).notNull(),
    inApp: integer("in_app", { mode: "boolean" }).notNull(),
    email: integer("email", { mode: "boolean" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.type] }),
    check("notification_preferences_type_check", sql`${t.type} in (${typeList})`),
    check("notification_preferences_in_app_check", sql`${t.inApp} in (0, 1)`),
    check("notification_preferences_email_check", sql`${t.email} in (0, 1)`),
  ],
);
