import { describe, expect, test } from "vitest";
import { sqlite } from "~/db/client.server";
import { saveAvailability } from "~/models/bookings/availability.server";
import { requestBooking } from "~/models/bookings/bookings.server";
import { addDays, todayIn } from "~/models/bookings/dates";
import { insertDeal } from "~/models/deals/deals.server";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import {
  listMessages,
  messageCursor,
  postMessage,
  threadState,
  THREAD_PAGE_LIMIT,
  type Participant,
  type Thread,
} from "~/models/messages/messages.server";
import * as clientBookingMessages from "~/routes/booking.$token_.messages";
import * as bookingMessages from "~/routes/dashboard.bookings.$bookingId_.messages";
import * as dealMessages from "~/routes/dashboard.deals.$dealId_.messages";
import * as inquiryMessages from "~/routes/dashboard.inquiries.$inquiryId_.messages";
import * as visitorInquiry from "~/routes/inquiry.$token";
import {
  args,
  makeRequest,
  makeUser,
  sessionCookie,
  settle,
  statusOf,
  uniqueEmail,
} from "../utils";
import { renderRoute, textOf } from "./render-route";

const TOTAL = THREAD_PAGE_LIMIT + 5;

/**
 * Writes `TOTAL` messages "m0".."m204" into a conversation, the other side writing. The first ten
 * share one millisecond, so the page boundary (the latest 200 start at m5) falls among messages
 * that only their rowid orders.
 */
function fill(thread: Thread, from: Participant, to: Participant) {
  const start = Date.now() - 1_000_000;
  for (let i = 0; i < TOTAL; i++) {
    postMessage({
      thread,
      from,
      to,
      body: `m${i}`,
      now: new Date(i < 10 ? start : start + i * 1000),
    });
  }
}

const bodies = (rows: { body: string }[]) => rows.map((r) => r.body);
const range = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `m${from + i}`);

async function dealConversation() {
  const brand = await makeUser("brand", { displayName: "Acme Outdoors" });
  const creator = await makeUser("creator", { displayName: "Rina Creator" });
  const deal = insertDeal({
    applicationId: null,
    gigId: null,
    brandId: brand.id,
    creatorId: creator.id,
    title: "Trail video",
    amountCents: 50000,
    currency: "USD",
    deliverables: [{ title: "One video", dueDate: "2099-01-01" }],
    actorUserId: brand.id,
  });
  const thread = { kind: "deal", id: deal.id } as const;
  fill(thread, { role: "brand", userId: brand.id }, { role: "creator", userId: creator.id });
  return { brand, creator, deal, thread };
}

async function bookingConversation() {
  const creator = await makeUser("creator", { displayName: "Rina Creator" });
  saveAvailability(creator.id, {
    timeZone: "UTC",
    workingDays: 127,
    minNoticeDays: 0,
    maxBookingsPerDay: 3,
  });
  const { booking, token } = requestBooking(
    creator,
    {
      date: addDays(todayIn("UTC"), 20),
      customRequest: "Portraits",
      name: "Cleo Client",
      email: uniqueEmail("client"),
      message: "Looking forward to it!",
    },
    "http://x",
  );
  const thread = { kind: "booking", id: booking.id } as const;
  fill(thread, { role: "client", userId: null }, { role: "creator", userId: creator.id });
  return { creator, booking, token, thread };
}

async function inquiryConversation() {
  const creator = await makeUser("creator", { displayName: "Rina Creator" });
  const inquiry = createInquiry(
    creator,
    { name: "Vera Visitor", email: uniqueEmail("visitor"), message: "Free in May?", budget: 300 },
    "USD",
    "http://x",
  );
  const thread = { kind: "inquiry", id: inquiry.id } as const;
  fill(thread, { role: "client", userId: null }, { role: "creator", userId: creator.id });
  return { creator, inquiry, token: inquiry.token, thread };
}

const writes = () =>
  sqlite
    .prepare(
      "select (select count(*) from messages) || ':' || (select coalesce(sum(unread), 0) from message_threads)",
    )
    .pluck()
    .get();

describe("older messages of a conversation", () => {
  test("the latest page holds 200; the page before the first of them holds the rest, ties kept in order", async () => {
    const { thread } = await dealConversation();
    const latest = listMessages(thread);
    expect(bodies(latest.messages)).toEqual(range(5, TOTAL));
    expect(latest).toMatchObject({ more: true, older: false });

    const cursor = messageCursor(thread, latest.messages[0]!.id);
    expect(cursor).not.toBeNull();
    const older = listMessages(thread, cursor!);
    // m0..m4 share m5's millisecond: only the rowid tells them apart, and none is lost or repeated.
    expect(bodies(older.messages)).toEqual(range(0, 5));
    expect(older).toMatchObject({ more: false, older: true });
  });

  test("a place is only a message of this conversation", async () => {
    const one = await dealConversation();
    const other = await dealConversation();
    const theirs = listMessages(other.thread).messages[0]!.id;
    expect(messageCursor(one.thread, theirs)).toBeNull();
    for (const bad of ["", "x", "'; drop table messages; --", "%00", "a".repeat(65), "../x"]) {
      expect(messageCursor(one.thread, bad)).toBeNull();
    }
  });

  test("the latest page links to older messages and, as before, marks read only from here", async () => {
    const { creator, deal, thread } = await dealConversation();
    const { cookie } = await sessionCookie(creator.id);
    const path = `/dashboard/deals/${deal.id}/messages`;
    const firstShown = listMessages(thread).messages[0]!.id;

    const latest = await renderRoute(
      dealMessages,
      "/dashboard/deals/:dealId/messages",
      makeRequest(path, { cookie }),
    );
    expect(latest.status).toBe(200);
    expect(latest.html).toContain(`href="${path}?before=${firstShown}"`);
    const text = textOf(latest.html);
    expect(text).toContain("Show older messages");
    expect(text).not.toContain("Show the latest messages");
    expect(text).not.toMatch(/UTCm4(?!\d)/);
    expect(text).toContain("m204");
    expect(text).toContain("Mark as read");
    // All 205 are unread: the first one shown is marked new.
    expect(text).toMatch(/These are the latest messages\.Show older messagesNewAcme Outdoors/);
    expect(latest.html).toContain('id="latest"');
    expect(latest.html).toContain('name="body"');

    const before = writes();
    const olderPath = `${path}?before=${firstShown}`;
    const older = await renderRoute(
      dealMessages,
      "/dashboard/deals/:dealId/messages",
      makeRequest(olderPath, { cookie }),
    );
    expect(older.status).toBe(200);
    const olderText = textOf(older.html);
    for (const body of range(0, 5)) expect(olderText).toContain(body);
    expect(olderText).not.toMatch(/UTCm5(?!\d)/);
    expect(olderText).not.toContain("Show older messages");
    expect(older.html).toContain(`href="${path}"`);
    expect(olderText).toContain("Show the latest messages");
    // The unread messages are on the latest page: nothing here marks them, by script or button.
    expect(olderText).not.toContain("Mark as read");
    expect(olderText).not.toContain("New");
    expect(older.html).not.toContain('id="latest"');
    expect(older.html).not.toContain('name="body"');
    expect(writes()).toBe(before);
    expect(threadState(thread, "creator").unread).toBe(TOTAL);
  });

  test("a malformed or foreign place is a 400 on all five conversation pages, never a 500", async () => {
    const deal = await dealConversation();
    const booking = await bookingConversation();
    const inquiry = await inquiryConversation();
    const foreign = listMessages(deal.thread).messages[0]!.id;
    const dealCookie = (await sessionCookie(deal.creator.id)).cookie;
    const bookingCookie = (await sessionCookie(booking.creator.id)).cookie;
    const inquiryCookie = (await sessionCookie(inquiry.creator.id)).cookie;
    const pages: {
      name: string;
      loader: (a: ReturnType<typeof args>) => unknown;
      path: string;
      params: Record<string, string>;
      cookie: string | undefined;
      thread: Thread;
      foreign: string;
    }[] = [
      {
        name: "deal",
        loader: dealMessages.loader,
        path: `/dashboard/deals/${deal.deal.id}/messages`,
        params: { dealId: deal.deal.id },
        cookie: dealCookie,
        thread: deal.thread,
        foreign: listMessages(booking.thread).messages[0]!.id,
      },
      {
        name: "booking (creator)",
        loader: bookingMessages.loader,
        path: `/dashboard/bookings/${booking.booking.id}/messages`,
        params: { bookingId: booking.booking.id },
        cookie: bookingCookie,
        thread: booking.thread,
        foreign,
      },
      {
        name: "booking (client)",
        loader: clientBookingMessages.loader,
        path: `/booking/${booking.token}/messages`,
        params: { token: booking.token },
        cookie: undefined,
        thread: booking.thread,
        foreign,
      },
      {
        name: "inquiry (creator)",
        loader: inquiryMessages.loader,
        path: `/dashboard/inquiries/${inquiry.inquiry.id}/messages`,
        params: { inquiryId: inquiry.inquiry.id },
        cookie: inquiryCookie,
        thread: inquiry.thread,
        foreign,
      },
      {
        name: "inquiry (visitor)",
        loader: visitorInquiry.loader,
        path: `/inquiry/${inquiry.token}`,
        params: { token: inquiry.token },
        cookie: undefined,
        thread: inquiry.thread,
        foreign,
      },
    ];
    for (const page of pages) {
      const load = (search: string) =>
        settle(async () =>
          page.loader(
            args(makeRequest(`${page.path}${search}`, { cookie: page.cookie }), page.params),
          ),
        );
      for (const bad of ["x", "%27%3B--", "a".repeat(100), "%E0%A4%A", page.foreign]) {
        const got = await load(`?before=${bad}`);
        expect({ page: page.name, bad, status: statusOf(got.value) }).toEqual({
          page: page.name,
          bad,
          status: 400,
        });
      }
      // An empty `before` is the latest page.
      const empty = await load("?before=");
      expect(statusOf(empty.value)).toBe(200);

      // And a real place gives the page before it.
      const firstShown = listMessages(page.thread).messages[0]!.id;
      const older = await load(`?before=${firstShown}`);
      expect({ page: page.name, status: statusOf(older.value) }).toEqual({
        page: page.name,
        status: 200,
      });
      const data = older.value as { messages: { body: string }[]; more: boolean; older: boolean };
      expect(bodies(data.messages)).toEqual(range(0, 5));
      expect(data).toMatchObject({ more: false, older: true });
    }
  });
});
