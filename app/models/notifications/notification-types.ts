import type { Role } from "~/db/schema/accounts";
import { NOTIFICATION_TYPES, type NotificationType } from "~/db/schema/notifications";

export { NOTIFICATION_TYPES, type NotificationType };

type TypeInfo = { label: string; hint: string; roles: readonly Role[] };

/** How each type reads in the settings, and who can receive it. */
export const NOTIFICATION_TYPE_INFO: Record<NotificationType, TypeInfo> = {
  booking_request: {
    label: "New booking requests",
    hint: "A client asks to book you.",
    roles: ["creator"],
  },
  booking_client_update: {
    label: "Clients' answers on bookings",
    hint: "A client cancels, or accepts or turns down a date you proposed.",
    roles: ["creator"],
  },
  inquiry_new: {
    label: "New inquiries",
    hint: "Someone writes to you from your page.",
    roles: ["creator"],
  },
  review_new: {
    label: "New reviews",
    hint: "A client reviews your work.",
    roles: ["creator"],
  },
  application_new: {
    label: "New applications",
    hint: "A creator applies to one of your gigs.",
    roles: ["brand"],
  },
  application_update: {
    label: "Answers to your applications",
    hint: "A brand accepts or turns down your application.",
    roles: ["creator"],
  },
  deal_offer: {
    label: "Offers",
    hint: "An offer or counter-offer on a deal, and its acceptance.",
    roles: ["creator", "brand"],
  },
  deal_deliverable: {
    label: "Deliverables",
    hint: "Work submitted, approved or sent back for changes.",
    roles: ["creator", "brand"],
  },
  deal_status: {
    label: "Deals completed or cancelled",
    hint: "A deal ends.",
    roles: ["creator", "brand"],
  },
  message_new: {
    label: "Messages",
    hint: "The first unread message in a conversation.",
    roles: ["creator", "brand"],
  },
};

/** The types a user of this role can receive, in the settings' order. */
export function typesForRole(role: Role): NotificationType[] {
  return NOTIFICATION_TYPES.filter((type) => NOTIFICATION_TYPE_INFO[type].roles.includes(role));
}
