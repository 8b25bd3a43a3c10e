import { cachedStatement } from "~/db/client.server";
import type { MessageSender } from "~/db/schema/messages";

export const CONVERSATIONS_PAGE_SIZE = 20;

export type ConversationRow = {
  dealId: string | null;
  bookingId: string | null;
  inquiryId: string | null;
  participant: MessageSender;
  unread: number;
  lastMessageAt: number;
  /** The deal's title, the booking's date, or the start of the inquiry's message. */
  subject: string;
  /** The other side: the brand or creator of a deal, the client of a booking, an inquiry's visitor. */
  otherName: string;
  lastBody: string;
  lastSender: MessageSender;
};

/**
 * A user's conversations (deals, bookings and inquiries with messages), latest first, with the last message
 * and their unread count. Read from message_threads (user_id, last_message_at).
 */
export function listConversations(userId: string, requestedPage: number) {
  const total = (
    cachedStatement(`select count(*) as n from message_threads where user_id = ?`).get(userId) as {
      n: number;
    }
  ).n;
  const pageCount = Math.max(1, Math.ceil(total / CONVERSATIONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const rows = cachedStatement(
    `select t.deal_id as dealId, t.booking_id as bookingId, t.inquiry_id as inquiryId,
            t.participant, t.unread, t.last_message_at as lastMessageAt,
            coalesce(d.title, b.date, substr(i.message, 1, 80)) as subject,
            case
              when t.booking_id is not null then b.client_name
              when t.inquiry_id is not null then i.name
              when t.participant = 'creator' then coalesce(bp.company, bu.display_name)
              else coalesce(cp.display_name, cu.display_name)
            end as otherName,
            m.body as lastBody, m.sender as lastSender
       from message_threads t
       left join deals d on d.id = t.deal_id
       left join bookings b on b.id = t.booking_id
       left join inquiries i on i.id = t.inquiry_id
       left join users bu on bu.id = d.brand_id
       left join brand_profiles bp on bp.user_id = d.brand_id
       left join users cu on cu.id = d.creator_id
       left join creator_profiles cp on cp.user_id = d.creator_id
       join messages m on m.id = coalesce(
         (select x.id from messages x where x.deal_id = t.deal_id
           order by x.created_at desc, x.rowid desc limit 1),
         (select x.id from messages x where x.booking_id = t.booking_id
           order by x.created_at desc, x.rowid desc limit 1),
         (select x.id from messages x where x.inquiry_id = t.inquiry_id
           order by x.created_at desc, x.rowid desc limit 1))
      where t.user_id = @userId
      order by t.last_message_at desc, t.id desc
      limit @limit offset @offset`,
  ).all({
    userId,
    limit: CONVERSATIONS_PAGE_SIZE,
    offset: (page - 1) * CONVERSATIONS_PAGE_SIZE,
  }) as ConversationRow[];
  return { rows, total, page, pageCount };
}
