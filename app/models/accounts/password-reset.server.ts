import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db, immediateTransaction } from "~/db/client.server";
import { passwordResetTokens, users } from "~/db/schema";
import { generateToken, hashToken } from "~/utils/tokens.server";
import { queueEmail } from "../email/outbox.server";
import { hashPassword } from "./password.server";
import { deleteUserSessions } from "./sessions.server";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/**
 * Queues a reset email when the account exists and is active: a suspended account (decision 032;
 * deleted accounts are suspended too) gets none, since it could not sign in with the new password
 * anyway. Returns nothing either way, so callers cannot reveal whether an email is registered or
 * suspended.
 */
export function requestPasswordReset(email: string, origin: string): void {
  const user = db
    .select({ id: users.id, email: users.email, status: users.status })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
  if (!user || user.status !== "active") return;
  const { token, hash } = generateToken();
  immediateTransaction(() => {
    db.insert(passwordResetTokens)
      .values({
        userId: user.id,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS),
      })
      .run();
    const link = `${origin}/reset-password?token=${token}`;
    queueEmail({
      to: user.email,
      kind: "password-reset",
      subject: "Reset your Gigfolio password",
      text: `Someone asked to reset the password of your Gigfolio account.\n\nOpen this link within one hour to choose a new password:\n${link}\n\nIf it was not you, ignore this email; your password stays the same.`,
    });
  });
}

/** A token works only for an account that is active now: not one suspended since it was sent. */
const accountIsActive = sql`exists (select 1 from ${users} where ${users.id} = ${passwordResetTokens.userId} and ${users.status} = 'active')`;

/** Unused reset links of an account end when it is suspended (called in the suspension's transaction). */
export function revokeResetTokens(userId: string) {
  db.delete(passwordResetTokens)
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)))
    .run();
}

/**
 * True when the token exists, is unused and unexpired, and its account is active (a read: the GET
 * of the reset page).
 */
export function isResetTokenValid(token: string, now = new Date()): boolean {
  const row = db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
        accountIsActive,
      ),
    )
    .get();
  return Boolean(row);
}

/**
 * Consumes the token and sets the password in one transaction; every session of the user is revoked.
 * Returns false for an unknown, used or expired token, and for an account suspended since the link
 * was sent (the token is left unused, and the password as it was).
 */
export async function resetPassword(
  token: string,
  newPassword: string,
  now = new Date(),
): Promise<boolean> {
  const passwordHash = await hashPassword(newPassword);
  return immediateTransaction(() => {
    const row = db
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, hashToken(token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
          accountIsActive,
        ),
      )
      .returning({ userId: passwordResetTokens.userId })
      .get();
    if (!row) return false;
    db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, row.userId)).run();
    deleteUserSessions(row.userId);
    return true;
  });
}
