import type { NotificationType } from "~/db/schema/notifications";
import { notify } from "~/models/notifications/notify.server";
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
  | "booking_message"
  | "inquiry_message";

/** Which line of the notification settings each email belongs to. */
const TYPE_OF: Record<GigEmailKind, NotificationType> = {
  gig_application_new: "application_new",
  gig_application_accepted: "application_update",
  gig_application_rejected: "application_update",
  deal_offer_received: "deal_offer",
  deal_offer_accepted: "deal_offer",
  deal_deliverable_submitted: "deal_deliverable",
  deal_deliverable_approved: "deal_deliverable",
  deal_deliverable_revision: "deal_deliverable",
  deal_cancelled: "deal_status",
  deal_completed: "deal_status",
  deal_message: "message_new",
  booking_message: "message_new",
  inquiry_message: "message_new",
};

/**
 * Tells a user about a gig, deal or message event, in the app and by email as their settings say.
 * Call inside the transaction of the change it reports.
 */
export function notifyUser(
  userId: string,
  kind: GigEmailKind,
  subject: string,
  lines: string[],
  path: string,
) {
  notify({
    userId,
    type: TYPE_OF[kind],
    title: subject,
    body: lines.join(" "),
    path,
    email: {
      kind,
      greet: true,
      text: [...lines, "", `Open it: ${appUrl(path)}`, "", "— Gigfolio"].join("\n"),
    },
  });
}
