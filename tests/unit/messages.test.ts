import { beforeEach, describe, expect, test } from "vitest";
import { sqlite } from "~/db/client.server";
import { saveAvailability } from "~/models/bookings/availability.server";
import { actOnBooking, requestBooking } from "~/models/bookings/bookings.server";
import { addDays, todayIn } from "~/models/bookings/dates";
import { insertDeal } from "~/models/deals/deals.server";
import { latestEmailTo } from "~/models/email/outbox.server";
import { listConversations } from "~/models/messages/conversations.server";
import { listMessages, threadState, unreadMessageTotal } from "~/models/messages/messages.server";
import { sendDealMessage } from "~/models/messages/thread-messages.server";
import * as dealMessages from "~/routes/dashboard.deals.$dealId_.messages";
import * as bookingMessages from "~/routes/dashboard.bookings.$bookingId_.messages";
import * as clientMessages from "~/routes/booking.$token_.messages";
import * as inbox from "~/routes/dashboard.messages";
import * as bookingPage from "~/routes/dashboard.bookings.$bookingId";
import * as clientBooking from "~/routes/booking.$token";
import { resetRateLimitsForTests } from "~/utils/rate-limit.server";
import {
  args,
  dataOf,
  makeRequest,
  makeUser,
  sessionCookie,
  settle,
  statusOf,
  uniqueEmail,
} from "../utils";
import { renderRoute, textOf } from "./render-route";

beforeEach(() => resetRateLimitsForTests());

const messageCount = () =>
  (sqlite.prepare("select count(*) as n from messages").get() as { n: number }).n;

async function makeDeal() {
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
  return { brand, creator, deal };
}

async function makeBooking() {
  const creator = await makeUser("creator", { displayName: "Rina Creator" });
  saveAvailability(creator.id, {
    timeZone: "UTC",
    workingDays: 127,
    minNoticeDays: 0,
    maxBookingsPerDay: 3,
  });
  const clientEmail = uniqueEmail("client");
  const { booking, token } = requestBooking(
    creator,
    {
      date: addDays(todayIn("UTC"), 20),
      customRequest: "Portraits",
      name: "Cleo Client",
      email: clientEmail,
      message: "Looking forward to it!",
    },
    "http://x",
  );
  return { creator, booking, token, clientEmail };
}

const post = (path: string, cookie: string | undefined, form: Record<string, string>) =>
  makeRequest(path, { cookie, form });

describe("a deal's conversation", () => {
  test("the brand writes, the creator gets one email and an unread count until they read it", async () => {
    const { brand, creator, deal } = await makeDeal();
    const path = `/dashboard/deals/${deal.id}/messages`;
    const brandCookie = (await sessionCookie(brand.id)).cookie;

    const sent = await dealMessages.action(
      args(
        post(path, brandCookie, { intent: "send", body: "Hi Rina,\r\ncan you film on Friday?" }),
        {
          dealId: deal.id,
        },
      ),
    );
    expect(statusOf(sent)).toBe(302);
    expect((sent as Response).headers.get("Location")).toBe(`${path}#latest`);
    await dealMessages.action(
      args(post(path, brandCookie, { intent: "send", body: "And one more thing." }), {
        dealId: deal.id,
      }),
    );

    expect(unreadMessageTotal(creator.id)).toBe(2);
    expect(unreadMessageTotal(brand.id)).toBe(0);
    const emails = sqlite
      .prepare(
        "select count(*) as n from email_outbox where to_address = ? and kind = 'deal_message'",
      )
      .get(creator.email) as { n: number };
    expect(emails.n).toBe(1);
    expect(latestEmailTo(creator.email, "deal_message")?.textBody).toContain(
      "can you film on Friday?",
    );

    const creatorCookie = (await sessionCookie(creator.id)).cookie;
    const page = await renderRoute(
      dealMessages,
      "/dashboard/deals/:dealId/messages",
      makeRequest(path, { cookie: creatorCookie }),
    );
    const text = textOf(page.html);
    expect(text).toContain("Messages with Acme Outdoors");
    expect(text).toContain("Hi Rina,\ncan you film on Friday?");
    expect(text).toContain("Mark as read");
    // Reading the page is a GET: it changes nothing.
    expect(unreadMessageTotal(creator.id)).toBe(2);

    // The button (JavaScript off) goes back to the conversation, so a reload posts nothing.
    const read = await dealMessages.action(
      args(post(path, creatorCookie, { intent: "read" }), { dealId: deal.id }),
    );
    expect((read as Response).headers.get("Location")).toBe(path);
    expect(unreadMessageTotal(creator.id)).toBe(0);
    // The page's script marks it read in the background and stays on the page.
    sendDealMessage(deal, "brand", "One more detail.");
    const byScript = await dealMessages.action(
      args(post(path, creatorCookie, { intent: "read", via: "script" }), { dealId: deal.id }),
    );
    expect(dataOf<{ read: boolean }>(byScript).read).toBe(true);
    expect(unreadMessageTotal(creator.id)).toBe(0);

    // Replying also reads; the brand's first unread message sends the brand one email.
    sendDealMessage(deal, "creator", "Friday works.");
    expect(threadState({ kind: "deal", id: deal.id }, "brand").unread).toBe(1);
    expect(latestEmailTo(brand.email, "deal_message")?.textBody).toContain("Friday works.");
  });

  test("an empty message is a 400 beside the box and writes nothing; others get 404, an admin 403", async () => {
    const { brand, deal } = await makeDeal();
    const other = await makeUser("brand");
    const admin = await makeUser("admin");
    const path = `/dashboard/deals/${deal.id}/messages`;
    const before = messageCount();

    const empty = await dealMessages.action(
      args(post(path, (await sessionCookie(brand.id)).cookie, { intent: "send", body: " \n " }), {
        dealId: deal.id,
      }),
    );
    expect(statusOf(empty)).toBe(400);
    expect(dataOf<{ errors: string[] }>(empty).errors).toEqual(["Write a message."]);
    const long = "x".repeat(5001);
    const tooLong = await dealMessages.action(
      args(post(path, (await sessionCookie(brand.id)).cookie, { intent: "send", body: long }), {
        dealId: deal.id,
      }),
    );
    expect(statusOf(tooLong)).toBe(400);
    // The refused text comes back, so the box keeps it without JavaScript.
    expect(dataOf<{ body: string }>(tooLong).body).toBe(long);

    const stranger = await settle(async () =>
      dealMessages.action(
        args(post(path, (await sessionCookie(other.id)).cookie, { intent: "send", body: "Hi" }), {
          dealId: deal.id,
        }),
      ),
    );
    expect(statusOf(stranger.value)).toBe(404);
    const adminPost = await settle(async () =>
      dealMessages.action(
        args(post(path, (await sessionCookie(admin.id)).cookie, { intent: "send", body: "Hi" }), {
          dealId: deal.id,
        }),
      ),
    );
    expect(statusOf(adminPost.value)).toBe(403);
    expect(messageCount()).toBe(before);
  });

  test("more than 30 messages a minute from one sender are refused with a 429", async () => {
    const { brand, deal } = await makeDeal();
    const cookie = (await sessionCookie(brand.id)).cookie;
    const path = `/dashboard/deals/${deal.id}/messages`;
    for (let i = 0; i < 30; i++) {
      const ok = await dealMessages.action(
        args(post(path, cookie, { intent: "send", body: `Message ${i}` }), { dealId: deal.id }),
      );
      expect(statusOf(ok)).toBe(302);
    }
    const limited = await dealMessages.action(
      args(post(path, cookie, { intent: "send", body: "One too many" }), { dealId: deal.id }),
    );
    expect(statusOf(limited)).toBe(429);
  });
});

describe("a booking's conversation", () => {
  test("the creator and the client (through the booking link) write to each other", async () => {
    const { creator, booking, token, clientEmail } = await makeBooking();
    const creatorCookie = (await sessionCookie(creator.id)).cookie;

    await bookingMessages.action(
      args(
        post(`/dashboard/bookings/${booking.id}/messages`, creatorCookie, {
          intent: "send",
          body: "Could we start at 10?",
        }),
        { bookingId: booking.id },
      ),
    );
    const email = latestEmailTo(clientEmail, "booking_message");
    expect(email?.textBody).toContain("Could we start at 10?");
    expect(email?.textBody).not.toContain(token);

    const clientPage = await renderRoute(
      clientMessages,
      "/booking/:token/messages",
      makeRequest(`/booking/${token}/messages`),
    );
    expect(textOf(clientPage.html)).toContain("Could we start at 10?");

    const reply = await clientMessages.action(
      args(
        post(`/booking/${token}/messages`, undefined, { intent: "send", body: "Yes, 10 is fine." }),
        {
          token,
        },
      ),
    );
    expect(statusOf(reply)).toBe(302);
    expect(threadState({ kind: "booking", id: booking.id }, "client").unread).toBe(0);
    expect(unreadMessageTotal(creator.id)).toBe(1);
    expect(latestEmailTo(creator.email, "booking_message")?.textBody).toContain("Yes, 10 is fine.");

    // Both booking pages lead to the conversation, with the unread count.
    const creatorPage = await renderRoute(
      bookingPage,
      "/dashboard/bookings/:bookingId",
      makeRequest(`/dashboard/bookings/${booking.id}`, { cookie: creatorCookie }),
    );
    expect(creatorPage.html).toContain(`href="/dashboard/bookings/${booking.id}/messages"`);
    expect(textOf(creatorPage.html)).toContain("Messages (1 new)");
    const clientBookingPage = await renderRoute(
      clientBooking,
      "/booking/:token",
      makeRequest(`/booking/${token}`),
    );
    expect(clientBookingPage.html).toContain(`href="/booking/${token}/messages"`);

    const list = await renderRoute(
      inbox,
      "/dashboard/messages",
      makeRequest("/dashboard/messages", { cookie: creatorCookie }),
    );
    const text = textOf(list.html);
    expect(text).toContain("Cleo Client");
    expect(text).toContain("1 new");
    expect(text).toContain("Yes, 10 is fine.");
  });

  test("a wrong link is a 404; a declined booking's conversation is closed (409)", async () => {
    const { creator, booking, token } = await makeBooking();
    const before = messageCount();
    const wrong = await settle(() =>
      clientMessages.action(
        args(post("/booking/not-a-token/messages", undefined, { intent: "send", body: "Hi" }), {
          token: "not-a-token",
        }),
      ),
    );
    expect(statusOf(wrong.value)).toBe(404);
    actOnBooking(booking.id, creator, { action: "decline", reason: "Fully booked" });
    const closed = await clientMessages.action(
      args(post(`/booking/${token}/messages`, undefined, { intent: "send", body: "Please?" }), {
        token,
      }),
    );
    expect(statusOf(closed)).toBe(409);
    expect(messageCount()).toBe(before);
  });

  test("messages written in the same millisecond keep the order they were sent in", async () => {
    const { creator, deal } = await makeDeal();
    const at = new Date();
    const bodies = ["one", "two", "three", "four", "five", "six", "seven", "eight"];
    bodies.forEach((body, i) => sendDealMessage(deal, i % 2 ? "creator" : "brand", body, at));
    expect(listMessages({ kind: "deal", id: deal.id }).messages.map((m) => m.body)).toEqual(bodies);
    expect(listConversations(creator.id, 1).rows[0]?.lastBody).toBe("eight");
  });

  test("the inbox lists a user's conversations only, latest first", async () => {
    const first = await makeDeal();
    const second = await makeDeal();
    sendDealMessage(first.deal, "brand", "First deal message");
    sendDealMessage(second.deal, "brand", "Second deal message");
    const { rows } = listConversations(first.creator.id, 1);
    expect(rows.map((r) => r.lastBody)).toEqual(["First deal message"]);
    expect(rows[0]).toMatchObject({
      otherName: "Acme Outdoors",
      subject: "Trail video",
      unread: 1,
    });
  });

  test("times read in the creator's time zone for the creator, in UTC for the brand", async () => {
    const { brand, creator, deal } = await makeDeal();
    saveAvailability(creator.id, {
      timeZone: "Europe/Stockholm",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 3,
    });
    sendDealMessage(deal, "brand", "What time suits you?");
    const path = `/dashboard/deals/${deal.id}/messages`;
    const render = async (userId: string, module: typeof dealMessages | typeof inbox) =>
      textOf(
        (
          await renderRoute(
            module,
            module === inbox ? "/dashboard/messages" : "/dashboard/deals/:dealId/messages",
            makeRequest(module === inbox ? "/dashboard/messages" : path, {
              cookie: (await sessionCookie(userId)).cookie,
            }),
          )
        ).html,
      );
    expect(await render(creator.id, dealMessages)).toContain("(Europe/Stockholm time)");
    expect(await render(creator.id, inbox)).toContain("(Europe/Stockholm time)");
    expect(await render(brand.id, dealMessages)).toContain(" UTC");
  });
});
