import { randomBytes } from "node:crypto";
import { and, eq, gt, ne, sql } from "drizzle-orm";
import { db, lazyPrepared, lazyStatement } from "~/db/client.server";
import { sessions, users } from "~/db/schema";
import type { PublicUser } from "./users.server";

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function createSession(
  userId: string,
  meta: { userAgent?: string | null; ipAddress?: string | null } = {},
) {
  const id = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  db.insert(sessions)
    .values({
      id,
      userId,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ipAddress: meta.ipAddress ?? null,
    })
    .run();
  return { id, expiresAt };
}

const sessionUserStmt = lazyStatement(
  `select u.id, u.email, u.display_name as displayName, u.role, u.status
     from sessions s join users u on u.id = s.user_id
    where s.id = ? and s.expires_at > ? and u.status = 'active'`,
);

/** Hot path: every request with a cookie. A prepared statement, read-only. */
export function getSessionUser(sessionId: string, now = Date.now()): PublicUser | null {
  return (sessionUserStmt().get(sessionId, now) as PublicUser | undefined) ?? null;
}

export function deleteSession(sessionId: string) {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

/** "Log out of all devices": revokes every session of the user, optionally keeping the current one. */
export function deleteUserSessions(userId: string, keepSessionId?: string) {
  const where = keepSessionId
    ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId))
    : eq(sessions.userId, userId);
  return db.delete(sessions).where(where).run().changes;
}

const userSessionsQuery = lazyPrepared(() =>
  db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    // The placeholder is bound as it is stored: milliseconds.
    .where(
      and(
        eq(sessions.userId, sql.placeholder("userId")),
        gt(sessions.expiresAt, sql.placeholder("now")),
      ),
    )
    .orderBy(sessions.createdAt)
    .prepare(),
);

export function listUserSessions(userId: string, now = new Date()) {
  return userSessionsQuery().all({ userId, now: now.getTime() });
}
