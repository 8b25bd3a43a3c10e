import { and, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db, immediateTransaction, lazyPrepared, lazyStatement } from "~/db/client.server";
import { inquiries, inquiryStatusHistory, type InquiryStatus } from "~/db/schema";
import { createId } from "~/db/schema/columns";
import { BADGE_CAP } from "~/utils/badge";
import { getOrigin } from "~/utils/url.server";
import { queueEmail } from "../email/outbox.server";
import { notify } from "../notifications/notify.server";
import { creatorPublicName } from "../portfolio/profiles.server";
import { toCents, type InquiryInput } from "./inquiry-schema";
import { mintVisitorLink, visitorUrl } from "./visitor-links.server";

export const INBOX_PAGE_SIZE = 20;

// Prepared once; ids and times are bound per row (a default function would run once, at prepare).
const insertQueries = lazyPrepared(() => ({
  inquiry: db
    .insert(inquiries)
    .values({
      id: sql.placeholder("id"),
      creatorId: sql.placeholder("creatorId"),
      name: sql.placeholder("name"),
      email: sql.placeholder("email"),
      message: sql.placeholder("message"),
      budgetCents: sql.placeholder("budgetCents"),
      currency: sql.placeholder("currency"),
      createdAt: sql.placeholder("createdAt"),
    })
    .prepare(),
  history: db
    .insert(inquiryStatusHistory)
    .values({
      id: sql.placeholder("id"),
      inquiryId: sql.placeholder("inquiryId"),
      fromStatus: null,
      toStatus: "new",
      createdAt: sql.placeholder("createdAt"),
    })
    .prepare(),
}));

/** A header value (the email's subject) on one line, whatever it was given. */
const oneLine = (text: string) => text.replace(/[\p{Cc}\u2028\u2029]+/gu, " ").trim();

/**
 * `currency`: the creator's (their rates'), which the form names beside the budget. `origin`: the
 * site's public origin (getOrigin(request)), for the links in the emails. The visitor is emailed
 * their private link to the inquiry's conversation (decision 036); `token` is that link's secret,
 * returned for tests and never stored.
 */
export function createInquiry(
  creator: { id: string; email: string; displayName: string },
  input: InquiryInput,
  currency = "USD",
  origin = getOrigin(),
) {
  return immediateTransaction(() => {
    const row = { id: createId() };
    const createdAt = new Date();
    const q = insertQueries();
    q.inquiry.run({
      id: row.id,
      creatorId: creator.id,
      name: input.name,
      email: input.email.toLowerCase(),
      message: input.message,
      budgetCents: toCents(input.budget),
      currency,
      createdAt,
    });
    q.history.run({ id: createId(), inquiryId: row.id, createdAt });
    const token = mintVisitorLink(row.id, createdAt);
    const creatorName = creatorPublicName(creator.id, creator.displayName);
    queueEmail({
      to: input.email.toLowerCase(),
      kind: "inquiry-sent",
      subject: oneLine(`Your message to ${creatorName}`),
      text: [
        `Hi ${input.name},`,
        "",
        `Your message was sent to ${creatorName} on Gigfolio:`,
        "",
        input.message,
        "",
        `${creatorName} can answer you there. Read their answers and write back from your private page (keep this link to yourself):`,
        visitorUrl(origin, token),
        "",
        "— Gigfolio",
      ].join("\n"),
    });
    notify(
      {
        userId: creator.id,
        type: "inquiry_new",
        title: `New inquiry from ${oneLine(input.name)}`,
        body: input.message,
        path: `/dashboard/inquiries/${row.id}`,
        email: {
          kind: "inquiry-received",
          text: `${input.name} <${input.email}> sent you an inquiry on Gigfolio:\n\n${input.message}\n\nRead and answer it in your inbox: ${origin.replace(/\/$/, "")}/dashboard/inquiries/${row.id}\n`,
        },
      },
      createdAt,
    );
    return { ...row, token };
  });
}

export type InboxFilter = InquiryStatus | "open";

const inboxColumns = {
  id: inquiries.id,
  name: inquiries.name,
  email: inquiries.email,
  message: inquiries.message,
  budgetCents: inquiries.budgetCents,
  currency: inquiries.currency,
  status: inquiries.status,
  createdAt: inquiries.createdAt,
};

/**
 * The inbox's count and page for one filter, prepared once: "open" (new and read) and a single
 * status are two shapes, so that a single status walks its index in date order.
 */
function inboxQueries(where: SQL | undefined) {
  return {
    count: db.select({ n: count() }).from(inquiries).where(where).prepare(),
    page: db
      .select(inboxColumns)
      .from(inquiries)
      .where(where)
      .orderBy(desc(inquiries.createdAt))
      .limit(INBOX_PAGE_SIZE)
      .offset(sql.placeholder("offset"))
      .prepare(),
  };
}
const openInboxQueries = lazyPrepared(() =>
  inboxQueries(
    and(
      eq(inquiries.creatorId, sql.placeholder("creatorId")),
      inArray(inquiries.status, ["new", "read"]),
    ),
  ),
);
const statusInboxQueries = lazyPrepared(() =>
  inboxQueries(
    and(
      eq(inquiries.creatorId, sql.placeholder("creatorId")),
      eq(inquiries.status, sql.placeholder("status")),
    ),
  ),
);

const anyInquiryQuery = lazyStatement(
  "select exists (select 1 from inquiries where creator_id = ?) as found",
);

/**
 * One page of the inbox for a filter. A page past the end (the last rows of the last page were just
 * archived, or an old link) shows the last page, as the creator search and the featured list do.
 * `hasAny`: whether the creator has any inquiry at all, in any status, so that an empty filter can
 * say which kind of empty it is.
 */
export function listInquiries(creatorId: string, filter: InboxFilter = "open", page = 1) {
  const queries = filter === "open" ? openInboxQueries() : statusInboxQueries();
  const params = { creatorId, status: filter };
  const total = queries.count.get(params)?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const rows = queries.page.all({ ...params, offset: (current - 1) * INBOX_PAGE_SIZE });
  const hasAny = total > 0 || (anyInquiryQuery().get(creatorId) as { found: number }).found === 1;
  return { rows, total, page: current, pageCount, hasAny };
}

// The dashboard's badge, on every dashboard page: prepared once, and bounded (app/utils/badge.ts).
const unreadQuery = lazyStatement(
  `select count(*) as n from (select 1 from inquiries where creator_id = ? and status = 'new' limit ${BADGE_CAP})`,
);

/** The creator's new inquiries, counted up to BADGE_CAP (the badge then reads "99+"). */
export function countUnread(creatorId: string) {
  return (unreadQuery().get(creatorId) as { n: number }).n;
}

const inquiryQueries = lazyPrepared(() => ({
  ofCreator: db
    .select()
    .from(inquiries)
    .where(
      and(
        eq(inquiries.id, sql.placeholder("id")),
        eq(inquiries.creatorId, sql.placeholder("creatorId")),
      ),
    )
    .prepare(),
  history: db
    .select()
    .from(inquiryStatusHistory)
    .where(eq(inquiryStatusHistory.inquiryId, sql.placeholder("id")))
    .orderBy(inquiryStatusHistory.createdAt)
    .prepare(),
}));

/** Returns the inquiry only when it belongs to this creator: others get null (a 404). */
export function getInquiryForCreator(id: string, creatorId: string) {
  const q = inquiryQueries();
  const inquiry = q.ofCreator.get({ id, creatorId });
  if (!inquiry) return null;
  return { ...inquiry, history: q.history.all({ id }) };
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
