import { sqlite, immediateTransaction, lazyStatement } from "~/db/client.server";
import { queueEmail } from "../email/outbox.server";

const openWorkStmt = lazyStatement(
  `select
     (select count(*) from bookings where creator_id = @id and status in ('requested', 'confirmed'))
       as bookings,
     (select count(*) from deals where (creator_id = @id or brand_id = @id) and status = 'active')
       as deals,
     (select count(*) from applications where creator_id = @id and status in ('pending', 'shortlisted'))
       as applications,
     (select count(*) from gigs where brand_id = @id
        and status in ('published', 'paused', 'closed', 'in_progress')) as gigs`,
);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What others still wait on from this account. Deleting it must not leave a client, a brand or a
 * creator with work nobody answers, so each must be finished, cancelled or withdrawn first.
 */
const otherAdminsStmt = lazyStatement(
  `select count(*) from users where role = 'admin' and status = 'active' and id <> ?`,
);

export function openWork(userId: string, role?: string): string[] {
  const n = openWorkStmt().get({ id: userId }) as Record<
    "bookings" | "deals" | "applications" | "gigs",
    number
  >;
  const left: string[] = [];
  if (role === "admin" && (otherAdminsStmt().pluck().get(userId) as number) === 0)
    left.push("you are the only admin: make another admin first, or the site has none");
  if (n.bookings > 0)
    left.push(
      `${plural(n.bookings, "booking is", "bookings are")} requested or confirmed: decline, cancel or complete them`,
    );
  if (n.deals > 0)
    left.push(`${plural(n.deals, "deal is", "deals are")} running: complete or cancel them`);
  if (n.applications > 0)
    left.push(
      `${plural(n.applications, "application is", "applications are")} open: withdraw them`,
    );
  if (n.gigs > 0)
    left.push(
      `${plural(n.gigs, "gig is", "gigs are")} hiring or in progress: cancel or complete them`,
    );
  return left;
}

/** The address a deleted account keeps: unique, never deliverable (.invalid), and lowercase. */
export const deletedEmail = (userId: string) => `deleted-${userId.toLowerCase()}@deleted.invalid`;

export const isDeletedEmail = (email: string) => email.endsWith("@deleted.invalid");

/**
 * Deletes an account that has no open work (check `openWork` first; this refuses otherwise). What
 * is only the user's goes: their public page with its items, rates and views, their brand page,
 * their images, saved lists, calendar feed, sessions and links. The `users` row stays, renamed
 * "Deleted account", without email, password or a way to log in, because finished bookings, deals
 * and reviews belong to the other side too and keep pointing at it (decision 031).
 */
export function deleteAccount(
  user: { id: string; email: string; role?: string },
  now = new Date(),
): boolean {
  return immediateTransaction(() => {
    if (openWork(user.id, user.role).length > 0) return false;
    queueEmail({
      to: user.email,
      kind: "account-deleted",
      subject: "Your Gigfolio account was deleted",
      text: 'Your Gigfolio account was deleted, as you asked: your public page, your images and your saved lists are gone, and you can no longer log in. Work you finished with others stays in their records under "Deleted account".',
    });
    const id = { id: user.id };
    for (const statement of [
      "delete from creator_profiles where user_id = @id",
      "delete from brand_profiles where user_id = @id",
      "delete from images where owner_id = @id",
      "delete from favourites where user_id = @id",
      "delete from saved_gigs where creator_id = @id",
      "delete from slug_redirects where user_id = @id",
      "delete from calendar_feeds where creator_id = @id",
      "delete from gigs where brand_id = @id and status = 'draft'",
      // Messages people sent to the creator, and review links nobody can use for a page that is gone.
      "delete from inquiries where creator_id = @id",
      "delete from review_links where creator_id = @id",
      "delete from sessions where user_id = @id",
      "delete from password_reset_tokens where user_id = @id",
      "delete from email_verifications where user_id = @id",
      // Their side of each conversation (unread counts); the messages stay for the other side.
      "delete from message_threads where user_id = @id",
      "delete from notifications where user_id = @id",
      "delete from notification_preferences where user_id = @id",
    ])
      sqlite.prepare(statement).run(id);
    sqlite
      .prepare(
        `update users set email = @email, display_name = 'Deleted account', password_hash = '!',
           status = 'suspended', email_verified_at = null, updated_at = @now where id = @id`,
      )
      .run({ ...id, email: deletedEmail(user.id), now: now.getTime() });
    // Reviews this account wrote of others' work (a brand rating a creator after a deal) keep their
    // rating and text, without the name and address it signed them with.
    sqlite
      .prepare(
        `update reviews set client_name = 'Deleted account', client_email = @email
          where client_email = @old`,
      )
      .run({ email: deletedEmail(user.id), old: user.email });
    return true;
  });
}
