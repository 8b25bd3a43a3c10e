import { lazyStatement } from "~/db/client.server";
import { createId } from "~/db/schema/columns";
import type { NotificationType } from "~/db/schema/notifications";
import { isDeletedEmail } from "~/models/accounts/delete-account.server";
import { queueEmail } from "~/models/email/outbox.server";
import { getOrigin } from "~/utils/url.server";

export type Notice = {
  userId: string;
  type: NotificationType;
  /** The notification's title and the email's subject. */
  title: string;
  /** A line or two shown under the title in the app. */
  body?: string;
  /** Where it leads, inside the app. */
  path: string;
  /**
   * The email's kind (the outbox's label) and its text, without the closing lines added here;
   * `greet` opens it with "Hi <name>,".
   */
  email: { kind: string; text: string; greet?: boolean };
};

const recipientStmt = lazyStatement(
  `select u.email, u.status, u.display_name as displayName, p.in_app as inApp, p.email as emailOn
     from users u left join notification_preferences p on p.user_id = u.id and p.type = @type
    where u.id = @userId`,
);

const insertStmt = lazyStatement(
  `insert into notifications (id, user_id, type, title, body, path, created_at)
   values (@id, @userId, @type, @title, @body, @path, @createdAt)`,
);

/** A user keeps their newest notifications, this many; older ones go as new ones come. */
export const NOTIFICATIONS_KEPT = 500;

// Walks the user's index entries past the newest NOTIFICATIONS_KEPT: nothing to delete until then.
const pruneStmt = lazyStatement(
  `delete from notifications where rowid in (
     select rowid from notifications where user_id = ?
      order by created_at desc limit -1 offset ${NOTIFICATIONS_KEPT})`,
);

const BODY_MAX = 300;

/** A line for the list: one paragraph, cut at BODY_MAX characters. */
function summary(body: string | undefined): string | null {
  if (!body) return null;
  const line = body.replace(/\s+/g, " ").trim();
  return line.length > BODY_MAX ? `${line.slice(0, BODY_MAX - 1)}…` : line || null;
}

/** The closing lines of every notification email: where to change which emails arrive. */
export function emailFooter() {
  return `\n\n—\nChoose which emails Gigfolio sends you: ${getOrigin()}/dashboard/settings/notifications\n`;
}

/**
 * Tells a user about an event, in the app and by email, as their settings for its type say (both
 * when they chose nothing). Call inside the transaction of the change it reports. A deleted account
 * hears nothing; a suspended one gets no email, and finds the notification if it is reinstated.
 */
export function notify(notice: Notice, now = new Date()) {
  const recipient = recipientStmt().get({ userId: notice.userId, type: notice.type }) as
    | {
        email: string;
        status: string;
        displayName: string;
        inApp: number | null;
        emailOn: number | null;
      }
    | undefined;
  if (!recipient || isDeletedEmail(recipient.email)) return;
  if (recipient.inApp !== 0) {
    insertStmt().run({
      id: createId(),
      userId: notice.userId,
      type: notice.type,
      title: notice.title.slice(0, 200),
      body: summary(notice.body),
      path: notice.path,
      createdAt: now.getTime(),
    });
    pruneStmt().run(notice.userId);
  }
  if (recipient.emailOn !== 0 && recipient.status === "active") {
    const greeting = notice.email.greet ? `Hi ${recipient.displayName},\n\n` : "";
    queueEmail({
      to: recipient.email,
      subject: notice.title,
      text: `${greeting}${notice.email.text.replace(/\s+$/, "")}${emailFooter()}`,
      kind: notice.email.kind,
    });
  }
}
