import { sql } from "drizzle-orm";
import { check, index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./accounts";
import { createdAt, id } from "./columns";

/** What an admin can do that the audit log keeps (decision 032). */
export const MODERATION_ACTIONS = [
  "user.suspend",
  "user.reinstate",
  "review.remove",
  "review.restore",
  "creator.feature",
  "creator.unfeature",
  "gig.remove",
] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

export const MODERATION_TARGETS = ["user", "review", "creator", "gig"] as const;
export type ModerationTarget = (typeof MODERATION_TARGETS)[number];

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(","));

/**
 * The admin audit log: one row per moderation action, never updated or deleted by the app. The
 * target is polymorphic (a user, a review, a creator page), so it has no foreign key; `summary`
 * keeps what the target was called at the time, so the log still reads after an account is deleted.
 */
export const moderationLog = sqliteTable(
  "moderation_log",
  {
    id: id(),
    actorId: text("actor_id")
      .notNull()
      .references(() => users.id),
    action: text("action", { enum: MODERATION_ACTIONS }).notNull(),
    targetType: text("target_type", { enum: MODERATION_TARGETS }).notNull(),
    targetId: text("target_id").notNull(),
    summary: text("summary").notNull(),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("moderation_log_created_idx").on(t.createdAt, t.id),
    index("moderation_log_target_idx").on(t.targetType, t.targetId, t.createdAt),
    check("moderation_log_action_check", sql`${t.action} in (${inList(MODERATION_ACTIONS)})`),
    check("moderation_log_target_check", sql`${t.targetType} in (${inList(MODERATION_TARGETS)})`),
    check("moderation_log_summary_len", sql`length(${t.summary}) between 1 and 200`),
    check(
      "moderation_log_reason_check",
      sql`${t.reason} is null or length(${t.reason}) between 3 and 500`,
    ),
    // Suspending a user, removing a review and removing a gig always say why.
    check(
      "moderation_log_reason_required",
      sql`${t.action} not in ('user.suspend','review.remove','gig.remove') or ${t.reason} is not null`,
    ),
  ],
);
