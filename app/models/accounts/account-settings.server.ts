import { eq, sql } from "drizzle-orm";
import { db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { users } from "~/db/schema";
import { queueEmail } from "../email/outbox.server";
import { hashPassword, verifyPassword } from "./password.server";
import { deleteUserSessions } from "./sessions.server";

const accountQuery = lazyPrepared(() =>
  db
    .select({
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      emailVerifiedAt: users.emailVerifiedAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare(),
);

export function getAccount(userId: string) {
  return accountQuery().get({ userId });
}

export function changeDisplayName(userId: string, displayName: string) {
  db.update(users).set({ displayName, updatedAt: new Date() }).where(eq(users.id, userId)).run();
}

/** True when the password is the account's (argon2, the same cost as a login). */
export async function checkPassword(userId: string, password: string): Promise<boolean> {
  const row = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  return row ? verifyPassword(row.hash, password) : false;
}

/**
 * Sets a new password, signs the account out everywhere but `keepSessionId` (the device that
 * changed it), and tells the account's address. Returns how many other sessions ended.
 */
export async function changePassword(
  user: { id: string; email: string },
  newPassword: string,
  keepSessionId: string | undefined,
): Promise<number> {
  const passwordHash = await hashPassword(newPassword);
  return immediateTransaction(() => {
    db.update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .run();
    const ended = deleteUserSessions(user.id, keepSessionId);
    queueEmail({
      to: user.email,
      kind: "password-changed",
      subject: "Your Gigfolio password was changed",
      text: `The password of your Gigfolio account was changed from your account settings${ended > 0 ? `, and ${ended} other ${ended === 1 ? "device was" : "devices were"} logged out` : ""}.\n\nIf it was not you, reset your password from the login page right away.`,
    });
    return ended;
  });
}
