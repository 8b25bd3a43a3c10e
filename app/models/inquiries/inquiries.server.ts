import { and, count, desc, eq, inArray } from "drizzle-orm";
import { db, immediateTransaction, lazyStatement } from "~/db/client.server";
import { inquiries, inquiryStatusHistory, type InquiryStatus } from "~/db/schema";
import { BADGE_CAP } from "~/utils/badge";
import { queueEmail } from "../email/outbox.server";
import { toCents, type InquiryInput } from "./inquiry-schema";

export const INBOX_PAGE_SIZE = 20;

export function createInquiry(
  creator: { id: string; email: string; displayName: string },
  input: InquiryInput,
) {
  return immediateTransaction(() => {
    const row = db
      .insert(inquiries)
      .values({
        creatorId: creator.id,
        name: input.name,
        email: input.email.toLowerCase(),
        message: input.message,
        budgetCents: toCents(input.budget),
      })
      .returning({ id: inquiries.id })
      .get();
    db.insert(inquiryStatusHistory)
      .values({ inquiryId: row.id, fromStatus: null, toStatus: "new" })
      .run();
    queueEmail({
      to: creator.email,
      kind: "inquiry-received",
      subject: `New inquiry from ${input.name}`,
      text: `${input.name} <${input.email}> sent you an inquiry on Gigfolio:\n\n${input.message}\n\nOpen your inbox to answer.`,
    });
    return row;
  });
}

export type InboxFilter = InquiryStatus | "open";

export function listInquiries(creatorId: string, filter: InboxFilter = "open", page = 1) {
  const statusWhere =
    filter === "open"
      ? and(eq(inquiries.creatorId, creatorId), inArray(inquiries.status, ["new", "read"]))
      : and(eq(inquiries.creatorId, creatorId), eq(inquiries.status, filter));
  const total = db.select({ n: count() }).from(inquiries).where(statusWhere).get()?.n ?? 0;
  const rows = db
    .select({
      id: inquiries.id,
      name: inquiries.name,
      email: inquiries.email,
      message: inquiries.message,
      budgetCents: inquiries.budgetCents,
      currency: inquiries.currency,
      status: inquiries.status,
      createdAt: inquiries.createdAt,
    })
    .from(inquiries)
    .where(statusWhere)
    .orderBy(desc(inquiries.createdAt))
    .limit(INBOX_PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * INBOX_PAGE_SIZE)
    .all();
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)) };
}

// The dashboard's badge, on every dashboard page: prepared once, and bounded (app/utils/badge.ts).
const unreadQuery = lazyStatement(
  `select count(*) as n from (select 1 from inquiries where creator_id = ? and status = 'new' limit ${BADGE_CAP})`,
);

/** The creator's new inquiries, counted up to BADGE_CAP (the badge then reads "99+"). */
export function countUnread(creatorId: string) {
  return (unreadQuery().get(creatorId) as { n: number }).n;
}

/** Returns the inquiry only when it belongs to this creator: others get null (a 404). */
export function getInquiryForCreator(id: string, creatorId: string) {
  const inquiry = db
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.id, id), eq(inquiries.creatorId, creatorId)))
    .get();
  if (!inquiry) return null;
  const history = db
    .select()
    .from(inquiryStatusHistory)
    .where(eq(inquiryStatusHistory.inquiryId, id))
    .orderBy(inquiryStatusHistory.createdAt)
    .all();
  return { ...inquiry, history };
}

/** Changes the status and records who did it. Returns false when the inquiry is not this creator's. */
export function setInquiryStatus(
  id: string,
  creatorId: string,
  status: InquiryStatus,
  actorUserId: string,
) {
  return immediateTransaction(() => {
    const current = db
      .select({ status: inquiries.status })
      .from(inquiries)
      .where(and(eq(inquiries.id, id), eq(inquiries.creatorId, creatorId)))
      .get();
    if (!current) return false;
    if (current.status === status) return true;
    db.update(inquiries).set({ status }).where(eq(inquiries.id, id)).run();
    db.insert(inquiryStatusHistory)
      .values({ inquiryId: id, fromStatus: current.status, toStatus: status, actorUserId })
      .run();
    return true;
  });
}
