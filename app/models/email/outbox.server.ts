import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import { db, lazyPrepared } from "~/db/client.server";
import { emailOutbox } from "~/db/schema";
import { createId } from "~/db/schema/columns";
import type { MailTransport } from "./transport.server";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
};

// Prepared once. The id and the time are bound per email: a column's default function would run
// once, when the statement is built.
const insertEmail = lazyPrepared(() =>
  db
    .insert(emailOutbox)
    .values({
      id: sql.placeholder("id"),
      toAddress: sql.placeholder("to"),
      subject: sql.placeholder("subject"),
      textBody: sql.placeholder("text"),
      htmlBody: sql.placeholder("html"),
      kind: sql.placeholder("kind"),
      createdAt: sql.placeholder("createdAt"),
    })
    .prepare(),
);

/** Queues an email. Call inside the same transaction as the change it reports. */
export function queueEmail(email: OutgoingEmail) {
  const id = createId();
  insertEmail().run({ ...email, id, html: email.html ?? null, createdAt: new Date() });
  return { id };
}

export function listOutbox(limit = 50) {
  return db.select().from(emailOutbox).orderBy(desc(emailOutbox.createdAt)).limit(limit).all();
}

export function latestEmailTo(to: string, kind?: string) {
  const where = kind
    ? and(eq(emailOutbox.toAddress, to), eq(emailOutbox.kind, kind))
    : eq(emailOutbox.toAddress, to);
  return db
    .select()
    .from(emailOutbox)
    .where(where)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(1)
    .get();
}

const MAX_ATTEMPTS = 5;

/** Sends pending emails through the transport; failures are retried up to MAX_ATTEMPTS. Runs on the primary. */
export async function deliverPendingEmails(transport: MailTransport, batch = 20) {
  const pending = db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, "pending"), lt(emailOutbox.attempts, MAX_ATTEMPTS)))
    .orderBy(asc(emailOutbox.createdAt))
    .limit(batch)
    .all();
  let sent = 0;
  for (const email of pending) {
    try {
      await transport.send({
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody ?? undefined,
      });
      db.update(emailOutbox)
        .set({ status: "sent", sentAt: new Date(), attempts: email.attempts + 1 })
        .where(eq(emailOutbox.id, email.id))
        .run();
      sent++;
    } catch (error) {
      const attempts = email.attempts + 1;
      db.update(emailOutbox)
        .set({
          attempts,
          lastError: String(error).slice(0, 500),
          status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
        })
        .where(eq(emailOutbox.id, email.id))
        .run();
    }
  }
  return sent;
}
