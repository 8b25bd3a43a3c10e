import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { emailVerifications, users } from "~/db/schema";
import { generateToken, hashToken } from "~/utils/tokens.server";
import { queueEmail } from "../email/outbox.server";

export const VERIFY_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

function link(origin: string, token: string) {
  return `${origin}/verify-email?token=${token}`;
}

/** Stores a new link; the user's earlier unused links stop working, so only the latest counts. */
function storeToken(userId: string, email: string, now: Date) {
  const { token, hash } = generateToken();
  db.delete(emailVerifications)
    .where(and(eq(emailVerifications.userId, userId), isNull(emailVerifications.usedAt)))
    .run();
  db.insert(emailVerifications)
    .values({
      userId,
      email,
      tokenHash: hash,
      expiresAt: new Date(now.getTime() + VERIFY_TOKEN_TTL_MS),
    })
    .run();
  return token;
}

/** After signup, or "send the link again": a link that confirms the account's own address. */
export function sendVerificationEmail(
  user: { id: string; email: string },
  origin: string,
  now = new Date(),
) {
  immediateTransaction(() => {
    const token = storeToken(user.id, user.email, now);
    queueEmail({
      to: user.email,
      kind: "verify-email",
      subject: "Confirm your email for Gigfolio",
      text: `Open this link within 24 hours to confirm that this address is yours:\n${link(origin, token)}\n\nIf you did not sign up for Gigfolio, ignore this email.`,
    });
  });
}

/**
 * A new address asked for in the settings: the link goes to the new address, and the old one is
 * told, so a stolen session cannot quietly move the account. The email changes when the link is used.
 */
export function requestEmailChange(
  user: { id: string; email: string },
  newEmail: string,
  origin: string,
  now = new Date(),
) {
  immediateTransaction(() => {
    const token = storeToken(user.id, newEmail, now);
    queueEmail({
      to: newEmail,
      kind: "change-email",
      subject: "Confirm your new email for Gigfolio",
      text: `Someone asked to use this address for the Gigfolio account that now uses ${user.email}.\n\nOpen this link within 24 hours to confirm the change:\n${link(origin, token)}\n\nIf it was not you, ignore this email; nothing changes.`,
    });
    queueEmail({
      to: user.email,
      kind: "change-email-notice",
      subject: "Your Gigfolio email may change",
      text: `Someone signed in to your Gigfolio account asked to change its email to ${newEmail}. It changes only once the link sent to that address is opened.\n\nIf it was not you, change your password in your account settings.`,
    });
  });
}

/** The address a usable link confirms, or null (a read: the GET of the confirmation page). */
export function pendingVerification(token: string, now = new Date()) {
  const row = db
    .select({ email: emailVerifications.email, currentEmail: users.email })
    .from(emailVerifications)
    .innerJoin(users, eq(users.id, emailVerifications.userId))
    .where(
      and(
        eq(emailVerifications.tokenHash, hashToken(token)),
        isNull(emailVerifications.usedAt),
        gt(emailVerifications.expiresAt, now),
      ),
    )
    .get();
  return row ? { email: row.email, isChange: row.email !== row.currentEmail } : null;
}

export type ConfirmResult =
  { ok: true; userId: string; email: string } | { ok: false; reason: "invalid" | "taken" };

/**
 * Uses the link: the account's email becomes the link's address, confirmed now. Refused when the
 * link is unknown, used or expired, or when another account took the address in the meantime.
 */
export function confirmEmail(token: string, now = new Date()): ConfirmResult {
  return immediateTransaction((): ConfirmResult => {
    const row = db
      .select({
        id: emailVerifications.id,
        userId: emailVerifications.userId,
        email: emailVerifications.email,
      })
      .from(emailVerifications)
      .where(
        and(
          eq(emailVerifications.tokenHash, hashToken(token)),
          isNull(emailVerifications.usedAt),
          gt(emailVerifications.expiresAt, now),
        ),
      )
      .get();
    if (!row) return { ok: false, reason: "invalid" };
    const owner = db.select({ id: users.id }).from(users).where(eq(users.email, row.email)).get();
    if (owner && owner.id !== row.userId) return { ok: false, reason: "taken" };
    // Every unused link of the account ends here: an older one must not move the email back.
    db.update(emailVerifications)
      .set({ usedAt: now })
      .where(and(eq(emailVerifications.userId, row.userId), isNull(emailVerifications.usedAt)))
      .run();
    db.update(users)
      .set({ email: row.email, emailVerifiedAt: now, updatedAt: now })
      .where(eq(users.id, row.userId))
      .run();
    return { ok: true, userId: row.userId, email: row.email };
  });
}

const pendingLinkQuery = lazyPrepared(() =>
  db
    .select({ email: emailVerifications.email, currentEmail: users.email })
    .from(emailVerifications)
    .innerJoin(users, eq(users.id, emailVerifications.userId))
    .where(
      and(
        eq(emailVerifications.userId, sql.placeholder("userId")),
        isNull(emailVerifications.usedAt),
        // The placeholder is bound as it is stored: milliseconds.
        gt(emailVerifications.expiresAt, sql.placeholder("now")),
        // An address another account took since cannot become this one's: no link waits on it.
        sql`not exists (select 1 from users o where o.email = ${emailVerifications.email}
              and o.id <> ${emailVerifications.userId})`,
      ),
    )
    .prepare(),
);

/** The new address a usable change link waits on, if any (the settings page says so). */
export function pendingEmailChange(userId: string, now = new Date()): string | null {
  const row = pendingLinkQuery().get({ userId, now: now.getTime() });
  return row && row.email !== row.currentEmail ? row.email : null;
}
