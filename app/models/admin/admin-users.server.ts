import { cachedStatement, immediateTransaction, lazyStatement } from "~/db/client.server";
import type { Role } from "~/db/schema/accounts";
import { openWork } from "../accounts/delete-account.server";
import { revokeResetTokens } from "../accounts/password-reset.server";
import { deleteUserSessions } from "../accounts/sessions.server";
import { queueEmail } from "../email/outbox.server";
import { setGigStatus } from "../gigs/gigs.server";
import { logModeration } from "./moderation-log.server";

export const ADMIN_USERS_PAGE_SIZE = 25;

export type AdminUserRow = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: "active" | "suspended";
  createdAt: number;
  slug: string | null;
};

const DELETED_SUFFIX = "@deleted.invalid";
export const isDeletedAccount = (email: string) => email.endsWith(DELETED_SUFFIX);

/** Escapes LIKE's wildcards so a search for "a_b" finds "a_b" only. */
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Users for the admin list, newest first: `q` matches the start of the email or any part of the
 * name; role and status narrow it. Deleted accounts are listed under "suspended" with their
 * placeholder name.
 */
export function listUsersForAdmin(options: {
  q: string;
  role: Role | null;
  status: "active" | "suspended" | null;
  page: number;
}) {
  const where: string[] = [];
  const params: Record<string, string> = {};
  const q = options.q.trim().toLowerCase();
  if (q) {
    where.push(
      "(u.email like @prefix escape '\\' or lower(u.display_name) like @anywhere escape '\\')",
    );
    params.prefix = `${likeEscape(q)}%`;
    params.anywhere = `%${likeEscape(q)}%`;
  }
  if (options.role) {
    where.push("u.role = @role");
    params.role = options.role;
  }
  if (options.status) {
    where.push("u.status = @status");
    params.status = options.status;
  }
  const whereSql = where.length ? `where ${where.join(" and ")}` : "";
  const total = (
    cachedStatement(`select count(*) as n from users u ${whereSql}`).get(params) as { n: number }
  ).n;
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_USERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const rows = cachedStatement(
    `select u.id, u.email, u.display_name as displayName, u.role, u.status, u.created_at as createdAt,
            p.slug
       from users u left join creator_profiles p on p.user_id = u.id
       ${whereSql}
      order by u.created_at desc, u.id desc
      limit @limit offset @offset`,
  ).all({
    ...params,
    limit: ADMIN_USERS_PAGE_SIZE,
    offset: (page - 1) * ADMIN_USERS_PAGE_SIZE,
  }) as AdminUserRow[];
  return { rows, total, page, pageCount };
}

const userStmt = lazyStatement(
  `select u.id, u.email, u.display_name as displayName, u.role, u.status, u.created_at as createdAt,
          u.email_verified_at as emailVerifiedAt, p.slug, p.visibility, b.slug as brandSlug
     from users u
     left join creator_profiles p on p.user_id = u.id
     left join brand_profiles b on b.user_id = u.id
    where u.id = ?`,
);

type UserRecord = AdminUserRow & {
  emailVerifiedAt: number | null;
  visibility: "public" | "unlisted" | "private" | null;
  brandSlug: string | null;
};

const publishedGigsStmt = lazyStatement(
  `select count(*) as n from gigs where brand_id = ? and status = 'published'`,
);

/** One account as the admin sees it: who, what they have public, what others wait on from them. */
export function getUserForAdmin(userId: string) {
  const user = userStmt().get(userId) as UserRecord | undefined;
  if (!user) return null;
  return {
    ...user,
    deleted: isDeletedAccount(user.email),
    openWork: openWork(user.id),
    publishedGigs: (publishedGigsStmt().get(user.id) as { n: number }).n,
  };
}

export type ModerationResult =
  { ok: true } | { ok: false; reason: "not-found" | "admin" | "deleted" | "already" };

const suspendStmt = lazyStatement(
  `update users set status = 'suspended', updated_at = @now where id = @id and status = 'active'`,
);
const reinstateStmt = lazyStatement(
  `update users set status = 'active', updated_at = @now where id = @id and status = 'suspended'`,
);
const hidePageStmt = lazyStatement(
  `update creator_profiles set visibility = 'private', featured = 0, featured_at = null, updated_at = @now
    where user_id = @id and (visibility <> 'private' or featured = 1)`,
);
const featuredStmt = lazyStatement(
  `select featured, display_name || ' (/' || slug || ')' as label from creator_profiles where user_id = ?`,
);
const publishedGigsOfStmt = lazyStatement(
  `select id, status, published_at as publishedAt from gigs where brand_id = ? and status = 'published'`,
);

function summaryOf(user: { displayName: string; email: string; role: string }) {
  return `${user.displayName} <${user.email}> (${user.role})`;
}

/**
 * Suspends an account (decision 032): it can no longer sign in, its sessions and reset links end,
 * its public page goes private and off the home page, and a brand's open gigs are paused (and its
 * brand page and gigs leave public view, decision 037), so nobody new finds or contacts it. Work already under way stays as it is, for the other side to see. Admins and
 * deleted accounts cannot be suspended; the user is told why by email.
 */
export function suspendUser(input: {
  adminId: string;
  userId: string;
  reason: string;
  now?: Date;
}): ModerationResult {
  const now = input.now ?? new Date();
  return immediateTransaction(() => {
    const user = userStmt().get(input.userId) as UserRecord | undefined;
    if (!user) return { ok: false, reason: "not-found" } as const;
    if (user.role === "admin" || user.id === input.adminId)
      return { ok: false, reason: "admin" } as const;
    if (isDeletedAccount(user.email)) return { ok: false, reason: "deleted" } as const;
    if (suspendStmt().run({ id: user.id, now: now.getTime() }).changes === 0)
      return { ok: false, reason: "already" } as const;
    deleteUserSessions(user.id);
    // A reset link sent before the suspension must not work after it (nor after a reinstatement).
    revokeResetTokens(user.id);
    const page = featuredStmt().get(user.id) as { featured: number; label: string } | undefined;
    hidePageStmt().run({ id: user.id, now: now.getTime() });
    // Leaving the home page is a featuring change of its own: the log says so.
    if (page?.featured)
      logModeration({
        actorId: input.adminId,
        action: "creator.unfeature",
        targetType: "creator",
        targetId: user.id,
        summary: page.label,
        reason: "The account was suspended.",
        now,
      });
    const open = publishedGigsOfStmt().all(user.id) as Parameters<typeof setGigStatus>[0][];
    for (const gig of open) setGigStatus(gig, "paused", input.adminId);
    logModeration({
      actorId: input.adminId,
      action: "user.suspend",
      targetType: "user",
      targetId: user.id,
      summary: summaryOf(user),
      reason: input.reason,
      now,
    });
    queueEmail({
      to: user.email,
      kind: "account-suspended",
      subject: "Your Gigfolio account is suspended",
      text: [
        `Hello ${user.displayName},`,
        "",
        "Your Gigfolio account has been suspended by our moderators, for this reason:",
        "",
        input.reason,
        "",
        "You cannot sign in while it is suspended, and your public pages are hidden.",
        "If you think this is a mistake, reply to this email.",
      ].join("\n"),
    });
    return { ok: true } as const;
  });
}

/**
 * Lets a suspended account sign in again. Its page stays private and its gigs paused until the
 * owner publishes them again, so nothing reappears without them checking it first.
 */
export function reinstateUser(input: {
  adminId: string;
  userId: string;
  reason?: string | null;
  now?: Date;
}): ModerationResult {
  const now = input.now ?? new Date();
  return immediateTransaction(() => {
    const user = userStmt().get(input.userId) as UserRecord | undefined;
    if (!user) return { ok: false, reason: "not-found" } as const;
    if (isDeletedAccount(user.email)) return { ok: false, reason: "deleted" } as const;
    if (reinstateStmt().run({ id: user.id, now: now.getTime() }).changes === 0)
      return { ok: false, reason: "already" } as const;
    logModeration({
      actorId: input.adminId,
      action: "user.reinstate",
      targetType: "user",
      targetId: user.id,
      summary: summaryOf(user),
      reason: input.reason || null,
      now,
    });
    queueEmail({
      to: user.email,
      kind: "account-reinstated",
      subject: "Your Gigfolio account is active again",
      text: [
        `Hello ${user.displayName},`,
        "",
        "Your Gigfolio account is active again: you can sign in.",
        "Your public page stays private and your gigs paused until you publish them again.",
      ].join("\n"),
    });
    return { ok: true } as const;
  });
}
