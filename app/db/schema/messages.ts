import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { bookings } from "./bookings";
import { createdAt, id } from "./columns";
import { deals } from "./deals";
import { inquiries } from "./inquiries";

/**
 * Who writes in a conversation: a deal's brand and creator; a booking's creator and client; an
 * inquiry's creator and its visitor, who is a "client" too (no account, a private link).
 */
export const MESSAGE_SENDERS = ["creator", "brand", "client"] as const;
export type MessageSender = (typeof MESSAGE_SENDERS)[number];
export const MESSAGE_MAX = 5000;

/** Exactly one of the deal, the booking and the inquiry is set. */
const oneThread = (dealId: unknown, bookingId: unknown, inquiryId: unknown) =>
  sql`((${dealId} is not null) + (${bookingId} is not null) + (${inquiryId} is not null)) = 1`;

/** The deal's sides are its brand and creator; a booking's or inquiry's, its creator and client. */
const sideOfThread = (dealId: unknown, bookingId: unknown, inquiryId: unknown, who: unknown) =>
  sql`(${dealId} is not null and ${who} in ('creator','brand'))
        or (${bookingId} is not null and ${who} in ('creator','client'))
        or (${inquiryId} is not null and ${who} in ('creator','client'))`;

/**
 * Messages of a conversation tied to one deal, booking or inquiry (decisions 033, 036). A booking's
 * client and an inquiry's visitor have no account, so `sender_user_id` is null for them; their
 * private link is their key.
 */
export const messages = sqliteTable(
  "messages",
  {
    id: id(),
    dealId: text("deal_id").references(() => deals.id, { onDelete: "cascade" }),
    bookingId: text("booking_id").references(() => bookings.id, { onDelete: "cascade" }),
    inquiryId: text("inquiry_id").references(() => inquiries.id, { onDelete: "cascade" }),
    sender: text("sender", { enum: MESSAGE_SENDERS }).notNull(),
    senderUserId: text("sender_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("messages_deal_idx").on(t.dealId, t.createdAt, t.id),
    index("messages_booking_idx").on(t.bookingId, t.createdAt, t.id),
    index("messages_inquiry_idx").on(t.inquiryId, t.createdAt, t.id),
    index("messages_sender_user_idx").on(t.senderUserId),
    check("messages_one_thread", oneThread(t.dealId, t.bookingId, t.inquiryId)),
    check("messages_sender_check", sideOfThread(t.dealId, t.bookingId, t.inquiryId, t.sender)),
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
    inquiryId: text("inquiry_id").references(() => inquiries.id, { onDelete: "cascade" }),
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
    uniqueIndex("message_threads_inquiry_unique")
      .on(t.inquiryId, t.participant)
      .where(sql`${t.inquiryId} is not null`),
    // A user's conversations, latest first (the inbox), and their unread total (the menu's badge).
    index("message_threads_user_idx").on(t.userId, t.lastMessageAt),
    check("message_threads_one_thread", oneThread(t.dealId, t.bookingId, t.inquiryId)),
    check("message_threads_unread_check", sql`${t.unread} >= 0`),
    check(
      "message_threads_participant_check",
      sideOfThread(t.dealId, t.bookingId, t.inquiryId, t.participant),
    ),
    check(
      "message_threads_client_no_user",
      sql`(${t.participant} = 'client') = (${t.userId} is null)`,
    ),
  ],
);
