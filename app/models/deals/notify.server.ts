import { eq } from "drizzle-orm";
import { db } from "~/db/client.server";
import { users } from "~/db/schema/accounts";
import { queueEmail } from "~/models/email/outbox.server";
import { getOrigin } from "~/utils/url.server";

function appUrl(path: string) {
  return `${getOrigin().replace(/\/$/, "")}${path}`;
}

export type GigEmailKind =
  | "gig_application_new"
  | "gig_application_accepted"
  | "gig_application_rejected"
  | "deal_offer_received"
  | "deal_offer_accepted"
  | "deal_deliverable_submitted"
  | "deal_deliverable_approved"
  | "deal_deliverable_revision"
  | "deal_cancelled"
  | "deal_completed"
  | "deal_message"
  | "booking_message";

/** Queues an email to a user. Call inside the transaction of the change it reports. */
export function notifyUser(
  userId: string,
  kind: GigEmailKind,
  subject: string,
  lines: string[],
  path: string,
) {
  const user = db
    .select({ email: users.email, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return;
  const text = [
    `Hi ${user.displayName},`,
    "",
    ...lines,
    "",
    `Open it: ${appUrl(path)}`,
    "",
    "— Gigfolio",
  ].join("\n");
  queueEmail({ to: user.email, subject, text, kind });
}
