import { immediateTransaction, lazyStatement } from "~/db/client.server";
import type { NotificationType } from "~/db/schema/notifications";
import { BADGE_CAP } from "~/utils/badge";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationRow = {
  id: string;
  type: NotificationType;
  title: string;
  body: string | null;
  path: string;
  createdAt: number;
  readAt: number | null;
};

const unreadStmt = lazyStatement(
  `select count(*) from (select 1 from notifications where user_id = ? and read_at is null limit ${BADGE_CAP})`,
);

/** A user's unread notifications, counted up to the badge's cap (decision 026). */
export function countUnreadNotifications(userId: string): number {
  return unreadStmt().pluck().get(userId) as number;
}

const totalStmt = lazyStatement(`select count(*) from notifications where user_id = ?`);
const pageStmt = lazyStatement(
  `select id, type, title, body, path, created_at as createdAt, read_at as readAt
     from notifications where user_id = @userId
    order by created_at desc, rowid desc limit @limit offset @offset`,
);

/** A page of a user's notifications, newest first; a page past the end shows the last one. */
export function listNotifications(userId: string, page: number) {
  const total = totalStmt().pluck().get(userId) as number;
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = pageStmt().all({
    userId,
    limit: NOTIFICATIONS_PAGE_SIZE,
    offset: (current - 1) * NOTIFICATIONS_PAGE_SIZE,
  }) as NotificationRow[];
  return { rows, total, page: current, pageCount, unread: countUnreadNotifications(userId) };
}

const openStmt = lazyStatement(
  `update notifications set read_at = coalesce(read_at, @now)
    where id = @id and user_id = @userId returning path`,
);

/**
 * Marks one of the user's notifications read and gives where it leads; null when it is not theirs
 * (or does not exist), so that another user's id reads as unknown.
 */
export function openNotification(userId: string, id: string, now = new Date()): string | null {
  const row = openStmt().get({ id, userId, now: now.getTime() }) as { path: string } | undefined;
  return row?.path ?? null;
}

const readAllStmt = lazyStatement(
  `update notifications set read_at = @now where user_id = @userId and read_at is null`,
);

/** Marks all the user's notifications read; returns how many were unread. */
export function markAllNotificationsRead(userId: string, now = new Date()): number {
  return immediateTransaction(() => readAllStmt().run({ userId, now: now.getTime() }).changes);
}
