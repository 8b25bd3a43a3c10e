import { describe, expect, test } from "vitest";
import { sqlite } from "~/db/client.server";
import { deleteAccount } from "~/models/accounts/delete-account.server";
import { suspendUser } from "~/models/admin/admin-users.server";
import { saveAvailability } from "~/models/bookings/availability.server";
import { requestBooking } from "~/models/bookings/bookings.server";
import { addDays, todayIn } from "~/models/bookings/dates";
import { insertDeal } from "~/models/deals/deals.server";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import { sendDealMessage } from "~/models/messages/thread-messages.server";
import {
  countUnreadNotifications,
  listNotifications,
} from "~/models/notifications/notifications.server";
import { getPreferences } from "~/models/notifications/preferences.server";
import { NOTIFICATIONS_KEPT, notify } from "~/models/notifications/notify.server";
import * as layout from "~/routes/dashboard";
import * as page from "~/routes/dashboard.notifications";
import * as settings from "~/routes/dashboard.settings_.notifications";
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

const emailsTo = (address: string, kind: string) =>
  (
    sqlite
      .prepare("select count(*) as n from email_outbox where to_address = ? and kind = ?")
      .get(address, kind) as { n: number }
  ).n;

const notificationsOf = (userId: string) =>
  sqlite
    .prepare("select type, title, path, read_at as readAt from notifications where user_id = ?")
    .all(userId) as { type: string; title: string; path: string; readAt: number | null }[];

async function creatorTakingBookings() {
  const creator = await makeUser("creator", { displayName: "Rina Creator" });
  saveAvailability(creator.id, {
    timeZone: "UTC",
    workingDays: 127,
    minNoticeDays: 0,
    maxBookingsPerDay: 3,
  });
  return creator;
}

function book(creator: Awaited<ReturnType<typeof creatorTakingBookings>>, days = 20) {
  return requestBooking(
    creator,
    {
      date: addDays(todayIn("UTC"), days),
      customRequest: "Portraits",
      name: "Cleo Client",
      email: uniqueEmail("client"),
      message: "Looking forward to it!",
    },
    "http://x",
  ).booking;
}

const inquire = (creator: { id: string; email: string; displayName: string }) =>
  createInquiry(creator, {
    name: "Ola Visitor",
    email: uniqueEmail("visitor"),
    message: "Would you film our spring launch?",
  });

describe("notifications", () => {
  test("a booking request reaches the creator in the app and by email, and opening it reads it", async () => {
    const creator = await creatorTakingBookings();
    const booking = book(creator);

    const [notification] = notificationsOf(creator.id);
    expect(notification).toMatchObject({
      type: "booking_request",
      path: `/dashboard/bookings/${booking.id}`,
      readAt: null,
    });
    expect(notification!.title).toMatch(/^New booking request for /);
    expect(emailsTo(creator.email, "booking-received")).toBe(1);
    expect(countUnreadNotifications(creator.id)).toBe(1);

    // The menu's badge and the list.
    const cookie = (await sessionCookie(creator.id)).cookie;
    const menu = await renderRoute(layout, "/dashboard", makeRequest("/dashboard", { cookie }));
    expect(textOf(menu.html)).toContain("Notifications1 unread");
    const list = await renderRoute(
      page,
      "/dashboard/notifications",
      makeRequest("/dashboard/notifications", { cookie }),
    );
    const text = textOf(list.html);
    expect(text).toContain("1 unread, newest first.");
    expect(text).toContain("Cleo Client asked to book you on");
    expect(text).toContain("Mark all as read");
    // Showing the list is a GET: nothing is marked read.
    expect(countUnreadNotifications(creator.id)).toBe(1);

    const id = listNotifications(creator.id, 1).rows[0]!.id;
    const opened = await page.action(
      args(makeRequest("/dashboard/notifications", { cookie, form: { intent: "open", id } })),
    );
    expect(statusOf(opened)).toBe(302);
    expect((opened as Response).headers.get("Location")).toBe(`/dashboard/bookings/${booking.id}`);
    expect(countUnreadNotifications(creator.id)).toBe(0);
  });

  test("another user's notification is a 404 and stays unread; anonymous visitors go to log in", async () => {
    const creator = await creatorTakingBookings();
    book(creator);
    const id = listNotifications(creator.id, 1).rows[0]!.id;
    const other = await makeUser("brand");
    const cookie = (await sessionCookie(other.id)).cookie;

    const outcome = await settle(() =>
      page.action(
        args(makeRequest("/dashboard/notifications", { cookie, form: { intent: "open", id } })),
      ),
    );
    expect(outcome.thrown).toBe(true);
    expect(statusOf(outcome.value)).toBe(404);
    expect(countUnreadNotifications(creator.id)).toBe(1);

    const readAll = await page.action(
      args(makeRequest("/dashboard/notifications", { cookie, form: { intent: "read-all" } })),
    );
    expect(statusOf(readAll)).toBe(302);
    expect(countUnreadNotifications(creator.id)).toBe(1);

    const bad = await page.action(
      args(makeRequest("/dashboard/notifications", { cookie, form: { intent: "nonsense" } })),
    );
    expect(statusOf(bad)).toBe(400);

    const runs: (() => Promise<unknown>)[] = [
      () => page.loader(args(makeRequest("/dashboard/notifications"))),
      () => settings.loader(args(makeRequest("/dashboard/settings/notifications"))),
      () =>
        settings.action(
          args(makeRequest("/dashboard/settings/notifications", { form: { email: [] } })),
        ),
    ];
    for (const run of runs) {
      const anonymous = await settle(run);
      expect(statusOf(anonymous.value)).toBe(302);
      expect((anonymous.value as Response).headers.get("Location")).toMatch(/^\/login\?/);
    }
  });

  test("mark all as read clears the badge; a long list has pages of 20, newest first", async () => {
    const creator = await creatorTakingBookings();
    for (let i = 0; i < 23; i++) inquire(creator);
    const cookie = (await sessionCookie(creator.id)).cookie;
    expect(countUnreadNotifications(creator.id)).toBe(23);
    expect(listNotifications(creator.id, 1).rows).toHaveLength(20);
    expect(listNotifications(creator.id, 2).rows).toHaveLength(3);
    expect(listNotifications(creator.id, 9).page).toBe(2);

    const readAll = await page.action(
      args(
        makeRequest("/dashboard/notifications", {
          cookie,
          form: { intent: "read-all", page: "2" },
        }),
      ),
    );
    expect((readAll as Response).headers.get("Location")).toBe("/dashboard/notifications?page=2");
    expect(countUnreadNotifications(creator.id)).toBe(0);
    const list = await renderRoute(
      page,
      "/dashboard/notifications",
      makeRequest("/dashboard/notifications?page=2", { cookie }),
    );
    expect(textOf(list.html)).toContain("All caught up.");
    expect(textOf(list.html)).toContain("Page 2 of 2");
  });

  test("the settings choose the channels per type: off in one channel, still on in the other", async () => {
    const creator = await creatorTakingBookings();
    const cookie = (await sessionCookie(creator.id)).cookie;
    const form = await renderRoute(
      settings,
      "/dashboard/settings/notifications",
      makeRequest("/dashboard/settings/notifications", { cookie }),
    );
    expect(textOf(form.html)).toContain("New booking requests");
    expect(textOf(form.html)).not.toContain("New applications");
    expect(form.html.match(/checked=""/g)?.length).toBe(
      2 * getPreferences(creator.id, "creator").length,
    );

    const all = getPreferences(creator.id, "creator").map((p) => p.type);
    // Inquiries: in the app only. Booking requests: by email only.
    const saved = await settings.action(
      args(
        makeRequest("/dashboard/settings/notifications", {
          cookie,
          form: {
            inApp: all.filter((t) => t !== "booking_request"),
            email: all.filter((t) => t !== "inquiry_new"),
          },
        }),
      ),
    );
    expect((saved as Response).headers.get("Location")).toBe(
      "/dashboard/settings/notifications?saved=1",
    );
    inquire(creator);
    book(creator);
    expect(notificationsOf(creator.id).map((n) => n.type)).toEqual(["inquiry_new"]);
    expect(emailsTo(creator.email, "inquiry-received")).toBe(0);
    expect(emailsTo(creator.email, "booking-received")).toBe(1);

    const shown = await renderRoute(
      settings,
      "/dashboard/settings/notifications",
      makeRequest("/dashboard/settings/notifications?saved=1", { cookie }),
    );
    expect(textOf(shown.html)).toContain("Your notification settings are saved.");
    expect(shown.html.match(/checked=""/g)?.length).toBe(2 * all.length - 2);
  });

  test("a type the role cannot receive, or an unknown one, is a 400 that saves nothing", async () => {
    const brand = await makeUser("brand");
    const cookie = (await sessionCookie(brand.id)).cookie;
    for (const form of [{ inApp: ["booking_request"] }, { email: ["nonsense"] }] as Record<
      string,
      string[]
    >[]) {
      const refused = await settings.action(
        args(makeRequest("/dashboard/settings/notifications", { cookie, form })),
      );
      expect(statusOf(refused)).toBe(400);
    }
    const rows = sqlite
      .prepare("select count(*) as n from notification_preferences where user_id = ?")
      .get(brand.id) as { n: number };
    expect(rows.n).toBe(0);
    expect(getPreferences(brand.id, "brand").map((p) => p.type)).toEqual([
      "application_new",
      "deal_offer",
      "deal_deliverable",
      "deal_status",
      "message_new",
    ]);
  });

  test("a message notifies once per conversation while unread; a suspended creator gets no email", async () => {
    const admin = await makeUser("admin");
    const brand = await makeUser("brand", { displayName: "Acme Outdoors" });
    const creator = await makeUser("creator");
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
    sendDealMessage(deal, "brand", "First");
    sendDealMessage(deal, "brand", "Second");
    const messageNotices = () =>
      notificationsOf(creator.id).filter((n) => n.type === "message_new");
    expect(messageNotices()).toHaveLength(1);
    expect(messageNotices()[0]!.path).toBe(`/dashboard/deals/${deal.id}/messages`);
    expect(emailsTo(creator.email, "deal_message")).toBe(1);

    sendDealMessage(deal, "creator", "Reply");
    expect(
      suspendUser({ adminId: admin.id, userId: creator.id, reason: "Checking a report" }),
    ).toEqual({ ok: true });
    sendDealMessage(deal, "brand", "Are you there?");
    expect(messageNotices()).toHaveLength(2);
    expect(emailsTo(creator.email, "deal_message")).toBe(1);
  });

  test("the email names where to change the settings; deleting the account removes the notifications", async () => {
    const creator = await creatorTakingBookings();
    inquire(creator);
    const email = sqlite
      .prepare(
        "select text_body as text from email_outbox where to_address = ? and kind = 'inquiry-received'",
      )
      .get(creator.email) as { text: string };
    expect(email.text).toContain("Would you film our spring launch?");
    expect(email.text).toMatch(
      /Choose which emails Gigfolio sends you: http.*\/dashboard\/settings\/notifications/,
    );

    expect(deleteAccount(creator)).toBe(true);
    expect(notificationsOf(creator.id)).toEqual([]);
    // A deleted account hears of nothing more.
    inquire({ ...creator, email: "x@deleted.invalid" });
    expect(notificationsOf(creator.id)).toEqual([]);
  });

  test("a user keeps their newest 500 notifications; older ones go as new ones come", async () => {
    const creator = await makeUser("creator");
    const other = await makeUser("creator");
    const start = Date.now() - 1_000_000;
    const tell = (userId: string, i: number) =>
      notify(
        {
          userId,
          type: "inquiry_new",
          title: `Inquiry ${i}`,
          path: "/dashboard/inquiries",
          email: { kind: "inquiry-received", text: "x" },
        },
        new Date(start + i * 1000),
      );
    tell(other.id, 0);
    for (let i = 1; i <= NOTIFICATIONS_KEPT + 5; i++) tell(creator.id, i);
    const titles = sqlite
      .prepare("select title from notifications where user_id = ? order by created_at")
      .pluck()
      .all(creator.id) as string[];
    expect(titles).toHaveLength(NOTIFICATIONS_KEPT);
    expect(titles[0]).toBe("Inquiry 6");
    expect(titles.at(-1)).toBe(`Inquiry ${NOTIFICATIONS_KEPT + 5}`);
    expect(notificationsOf(other.id)).toHaveLength(1);
  });
});
