import { cachedStatement, lazyStatement } from "~/db/client.server";
import { createId } from "~/db/schema/columns";
import {
  MODERATION_ACTIONS,
  type ModerationAction,
  type ModerationTarget,
} from "~/db/schema/moderation";

export const AUDIT_PAGE_SIZE = 50;

const insertStmt = lazyStatement(
  `insert into moderation_log (id, actor_id, action, target_type, target_id, summary, reason, created_at)
   values (@id, @actorId, @action, @targetType, @targetId, @summary, @reason, @createdAt)`,
);

/** Keeps one admin action. Call inside the transaction that makes the change it records. */
export function logModeration(entry: {
  actorId: string;
  action: ModerationAction;
  targetType: ModerationTarget;
  targetId: string;
  summary: string;
  reason?: string | null;
  now: Date;
}) {
  insertStmt().run({
    id: createId(),
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    summary: entry.summary.slice(0, 200),
    reason: entry.reason ?? null,
    createdAt: entry.now.getTime(),
  });
}

export type AuditRow = {
  id: string;
  action: ModerationAction;
  targetType: ModerationTarget;
  targetId: string;
  summary: string;
  reason: string | null;
  createdAt: number;
  actorName: string;
  actorEmail: string;
};

export function isModerationAction(value: string | null): value is ModerationAction {
  return value !== null && (MODERATION_ACTIONS as readonly string[]).includes(value);
}

/**
 * A page of the audit log, newest first, optionally one action or one target. The log only grows
 * by admin actions, so OFFSET pages stay cheap.
 */
export function listModerationLog(options: {
  action?: ModerationAction | null;
  target?: { type: ModerationTarget; id: string } | null;
  page: number;
}) {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (options.action) {
    where.push("l.action = @action");
    params.action = options.action;
  }
  if (options.target) {
    where.push("l.target_type = @targetType and l.target_id = @targetId");
    params.targetType = options.target.type;
    params.targetId = options.target.id;
  }
  const whereSql = where.length ? `where ${where.join(" and ")}` : "";
  const total = (
    cachedStatement(`select count(*) as n from moderation_log l ${whereSql}`).get(params) as {
      n: number;
    }
  ).n;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const rows = cachedStatement(
    `select l.id, l.action, l.target_type as targetType, l.target_id as targetId, l.summary, l.reason,
            l.created_at as createdAt, u.display_name as actorName, u.email as actorEmail
       from moderation_log l join users u on u.id = l.actor_id
       ${whereSql}
      order by l.created_at desc, l.rowid desc
      limit @limit offset @offset`,
  ).all({ ...params, limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE }) as AuditRow[];
  return { rows, total, page, pageCount };
}
