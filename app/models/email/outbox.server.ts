import { and, asc, desc, eq, lt } from "drizzle-orm";
import { db } from "~/db/client.server";
import { emailOutbox } from "~/db/schema";
import type { MailTransport } from "./transport.server";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
};

/** Queues an email. Call inside the same transaction as the change it reports. */
export function queueEmail(email: OutgoingEmail) {
  return db
    .insert(emailOutbox)
    .values({
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html ?? null,
      kind: email.kind,
    })
    .returning({ id: emailOutbox.id })
    .get();
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
