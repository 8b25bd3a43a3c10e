import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { bookings } from "./bookings";
import { createdAt, id } from "./columns";
import { deals } from "./deals";

/** Who writes in a conversation: a deal's brand and creator, or a booking's creator and client. */
export const MESSAGE_SENDERS = ["creator", "brand", "client"] as const;
export type MessageSender = (typeof MESSAGE_SENDERS)[number];
export const MESSAGE_MAX = 5000;

const oneThread = (dealId: unknown, bookingId: unknown) =>
  sql`(${dealId} is null) <> (${bookingId} is null)`;

/**
 * Messages of a conversation tied to one deal or one booking (decision 033). A booking's client has
 * no account, so `sender_user_id` is null for them; the booking's link is their key.
 */
export const messages = sqliteTable(
  "messages",
  {
    id: id(),
    dealId: text("deal_id").references(() => deals.id, { onDelete: "cascade" }),
    bookingId: text("booking_id").references(() => bookings.id, { onDelete: "cascade" }),
    sender: text("sender", { enum: MESSAGE_SENDERS }).notNull(),
    senderUserId: text("sender_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("messages_deal_idx").on(t.dealId, t.createdAt, t.id),
    index("messages_booking_idx").on(t.bookingId, t.createdAt, t.id),
    index("messages_sender_user_idx").on(t.senderUserId),
    check("messages_one_thread", oneThread(t.dealId, t.bookingId)),
    check(
      "messages_sender_check",
      sql`(${t.dealId} is not null and ${t.sender} in ('creator','brand'))
        or (${t.bookingId} is not null and ${t.sender} in ('creator','client'))`,
    ),
    check("messages_client_no_user", sql`(${t.sender} = 'client') = (${t.senderUserId} is null)`),
    check(
      "messages_body_len",
      sql`length(trim(${t.body})) between 1 and ${sql.raw(String(MESSAGE_MAX))}`,
    ),
  ],
);

/**
 * One row per participant of a conversation: their unread count (raised by the other side's
 * messages, cleared when they read or reply), and when the last message came, for the inbox's order.
 */
export const messageThreads = sqliteTable(
  "message_threads",
  {
    id: id(),
    dealId: text("deal_id").references(() => deals.id, { onDelete: "cascade" }),
    bookingId: text("booking_id").references(() => bookings.id, { onDelete: "cascade" }),
    participant: text("participant", { enum: MESSAGE_SENDERS }).notNull(),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    unread: integer("unread").notNull().default(0),
    lastMessageAt: integer("last_message_at", { mode: "timestamp_ms" }).notNull(),
    lastReadAt: integer("last_read_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("message_threads_deal_unique")
      .on(t.dealId, t.participant)
      .where(sql`${t.dealId} is not null`),
    uniqueIndex("message_threads_booking_unique")
      .on(t.bookingId, t.participant)
      .where(sql`${t.bookingId} is not null`),
    // A user's conversations, latest first (the inbox), and their unread total (the menu's badge).
    index("message_threads_user_idx").on(t.userId, t.lastMessageAt),
    check("message_threads_one_thread", oneThread(t.dealId, t.bookingId)),
    check("message_threads_unread_check", sql`${t.unread} >= 0`),
    check(
      "message_threads_participant_check",
      sql`(${t.dealId} is not null and ${t.participant} in ('creator','brand'))
        or (${t.bookingId} is not null and ${t.participant} in ('creator','client'))`,
    ),
    check(
      "message_threads_client_no_user",
      sql`(${t.participant} = 'client') = (${t.userId} is null)`,
    ),
  ],
);
