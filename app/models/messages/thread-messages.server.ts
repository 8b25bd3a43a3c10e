import { immediateTransaction, lazyStatement } from "~/db/client.server";
import type { MessageSender } from "~/db/schema/messages";
import { formatLongDate } from "../bookings/dates";
import { notifyUser } from "../deals/notify.server";
import { queueEmail } from "../email/outbox.server";
import { setInquiryStatus } from "../inquiries/inquiries.server";
import { mintVisitorLink, visitorUrl } from "../inquiries/visitor-links.server";
import { creatorPublicName } from "../portfolio/profiles.server";
import { getOrigin } from "~/utils/url.server";
import { postMessage, type Participant } from "./messages.server";

type DealParties = { id: string; title: string; brandId: string; creatorId: string };
type BookingParties = {
  id: string;
  creatorId: string;
  date: string;
  clientName: string;
  clientEmail: string;
  status: string;
};

type InquiryParties = {
  id: string;
  creatorId: string;
  name: string;
  email: string;
  status: string;
};

/**
 * An inquiry's conversation is closed while the creator has it archived (decision 036); it stays
 * readable, and opens again when they move the inquiry back to the inbox.
 */
export const inquiryThreadOpen = (status: string) => status !== "archived";

/** A booking's conversation is closed once it was declined or cancelled; it stays readable. */
export const bookingThreadOpen = (status: string) =>
  status !== "declined" && status !== "cancelled";

const nameStmt = lazyStatement(
  `select coalesce(b.company, cp.display_name, u.display_name) as name
     from users u
     left join brand_profiles b on b.user_id = u.id
     left join creator_profiles cp on cp.user_id = u.id
    where u.id = ?`,
);
const nameOf = (userId: string) =>
  (nameStmt().get(userId) as { name: string } | undefined)?.name ?? "Someone";

/** The quoted message in an email: the first 1,000 characters. */
const quote = (body: string) => (body.length > 1000 ? `${body.slice(0, 1000)}…` : body);

/**
 * A brand or creator writes in a deal's conversation. The other side is emailed at their first
 * unread message (not at each one after it).
 */
export function sendDealMessage(
  deal: DealParties,
  side: "brand" | "creator",
  body: string,
  now = new Date(),
) {
  const from: Participant = {
    role: side,
    userId: side === "brand" ? deal.brandId : deal.creatorId,
  };
  const to: Participant =
    side === "brand"
      ? { role: "creator", userId: deal.creatorId }
      : { role: "brand", userId: deal.brandId };
  return postMessage({
    thread: { kind: "deal", id: deal.id },
    from,
    to,
    body,
    now,
    notify: (unread) => {
      if (unread !== 1) return;
      notifyUser(
        to.userId!,
        "deal_message",
        `New message about “${deal.title}”`,
        [`${nameOf(from.userId!)} wrote:`, "", quote(body)],
        `/dashboard/deals/${deal.id}/messages`,
      );
    },
  });
}

/**
 * The creator or the client writes in a booking's conversation. The client has no account: they
 * are emailed the message itself and answer from the booking's private link.
 */
export function sendBookingMessage(
  booking: BookingParties,
  sender: Extract<MessageSender, "creator" | "client">,
  body: string,
  options: { origin?: string; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  const creator: Participant = { role: "creator", userId: booking.creatorId };
  const client: Participant = { role: "client", userId: null };
  const from = sender === "creator" ? creator : client;
  const to = sender === "creator" ? client : creator;
  const when = formatLongDate(booking.date);
  return postMessage({
    thread: { kind: "booking", id: booking.id },
    from,
    to,
    body,
    now,
    notify: (unread) => {
      if (unread !== 1) return;
      if (sender === "client") {
        notifyUser(
          booking.creatorId,
          "booking_message",
          `New message from ${booking.clientName} about ${when}`,
          [`${booking.clientName} wrote about the booking on ${when}:`, "", quote(body)],
          `/dashboard/bookings/${booking.id}/messages`,
        );
        return;
      }
      const name = creatorPublicName(booking.creatorId, nameOf(booking.creatorId));
      const origin = (options.origin ?? getOrigin()).replace(/\/$/, "");
      queueEmail({
        to: booking.clientEmail,
        kind: "booking_message",
        subject: `New message from ${name} about your booking on ${when}`,
        text: [
          `Hi ${booking.clientName},`,
          "",
          `${name} wrote about your booking on ${when}:`,
          "",
          quote(body),
          "",
          `To answer, open your booking from the private link in our first email to you (it starts with ${origin}/booking/) and choose "Messages".`,
          "",
          "— Gigfolio",
        ].join("\n"),
      });
    },
  });
}

/**
 * The creator or the inquiry's visitor writes in the inquiry's conversation. The visitor has no
 * account: at their first unread message they are emailed the message and a fresh private link
 * (only hashes are stored, so each email carries a new one). The creator is notified as for any
 * message. The creator's reply reads the inquiry: a new one becomes read, in its history.
 */
export function sendInquiryMessage(
  inquiry: InquiryParties,
  sender: Extract<MessageSender, "creator" | "client">,
  body: string,
  options: { origin?: string; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  const creator: Participant = { role: "creator", userId: inquiry.creatorId };
  const visitor: Participant = { role: "client", userId: null };
  const from = sender === "creator" ? creator : visitor;
  const to = sender === "creator" ? visitor : creator;
  return immediateTransaction(() => {
    const sent = postMessage({
      thread: { kind: "inquiry", id: inquiry.id },
      from,
      to,
      body,
      now,
      notify: (unread) => {
        if (unread !== 1) return;
        if (sender === "client") {
          notifyUser(
            inquiry.creatorId,
            "inquiry_message",
            `New message from ${inquiry.name} about their inquiry`,
            [`${inquiry.name} wrote about their inquiry:`, "", quote(body)],
            `/dashboard/inquiries/${inquiry.id}/messages`,
          );
          return;
        }
        const name = creatorPublicName(inquiry.creatorId, nameOf(inquiry.creatorId));
        const token = mintVisitorLink(inquiry.id, now);
        queueEmail({
          to: inquiry.email,
          kind: "inquiry_message",
          subject: `New message from ${name} about your inquiry`,
          text: [
            `Hi ${inquiry.name},`,
            "",
            `${name} answered your inquiry:`,
            "",
            quote(body),
            "",
            "Read the conversation and write back from your private page (keep this link to yourself):",
            visitorUrl(options.origin ?? getOrigin(), token),
            "",
            "— Gigfolio",
          ].join("\n"),
        });
      },
    });
    if (sender === "creator" && inquiry.status === "new")
      setInquiryStatus(inquiry.id, inquiry.creatorId, "read", inquiry.creatorId);
    return sent;
  });
}
