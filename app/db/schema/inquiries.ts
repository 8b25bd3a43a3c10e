import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt, id } from "./columns";

export const INQUIRY_STATUSES = ["new", "read", "archived"] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

export const inquiries = sqliteTable(
  "inquiries",
  {
    id: id(),
    creatorId: text("creator_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    message: text("message").notNull(),
    budgetCents: integer("budget_cents"),
    currency: text("currency").notNull().default("USD"),
    status: text("status", { enum: INQUIRY_STATUSES }).notNull().default("new"),
    createdAt: createdAt(),
  },
  (t) => [
    index("inquiries_creator_status_idx").on(t.creatorId, t.status, t.createdAt),
    check("inquiries_status_check", sql`${t.status} in ('new','read','archived')`),
    check("inquiries_budget_check", sql`${t.budgetCents} is null or ${t.budgetCents} >= 0`),
    check(
      "inquiries_currency_check",
      sql`length(${t.currency}) = 3 and ${t.currency} = upper(${t.currency})`,
    ),
    check("inquiries_name_len", sql`length(${t.name}) between 1 and 100`),
    check("inquiries_message_len", sql`length(${t.message}) between 10 and 5000`),
  ],
);

/** Who changed an inquiry's status, and when. */
export const inquiryStatusHistory = sqliteTable(
  "inquiry_status_history",
  {
    id: id(),
    inquiryId: text("inquiry_id")
      .notNull()
      .references(() => inquiries.id, { onDelete: "cascade" }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("inquiry_status_history_inquiry_idx").on(t.inquiryId, t.createdAt)],
);

/**
 * The private links of an inquiry's visitor, who has no account (decision 036): each email to them
 * carries a fresh one, so only hashes are stored; each expires on its own. An inquiry sent before
 * session 16 has none, and no visitor page.
 */
export const inquiryLinks = sqliteTable(
  "inquiry_links",
  {
    id: id(),
    inquiryId: text("inquiry_id")
      .notNull()
      .references(() => inquiries.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("inquiry_links_token_unique").on(t.tokenHash),
    index("inquiry_links_inquiry_idx").on(t.inquiryId),
  ],
);
