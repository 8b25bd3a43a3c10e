import { describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { deals } from "~/db/schema/deals";
import { profileViews } from "~/db/schema/portfolio-extras";
import { creatorAnalytics } from "~/models/analytics/creator-analytics.server";
import { parsePeriod } from "~/models/analytics/periods";
import { saveAvailability } from "~/models/bookings/availability.server";
import { addDays } from "~/models/bookings/dates";
import {
  acceptProposal,
  actOnBooking,
  cancelByClient,
  requestBooking,
} from "~/models/bookings/bookings.server";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import { loader } from "~/routes/dashboard.analytics";
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
import { makeCreator } from "./portfolio-helpers";

const now = new Date("2026-12-02T15:00:00Z");

function views(
  creatorId: string,
  day: string,
  source: "direct" | "search" | "referral",
  count: number,
  referrerHost = "",
) {
  db.insert(profileViews).values({ creatorId, day, source, referrerHost, count }).run();
}

describe("a creator's analytics", () => {
  it("counts the period's views by day, source and site, against the period before", async () => {
    const { user } = await makeCreator();
    const other = await makeCreator();
    views(user.id, "2026-12-02", "direct", 5);
    views(user.id, "2026-11-30", "search", 3);
    views(user.id, "2026-11-30", "referral", 2, "news.example");
    views(user.id, "2026-11-26", "referral", 4, "blog.example");
    views(user.id, "2026-11-25", "direct", 100); // the week before
    views(other.user.id, "2026-12-02", "direct", 50); // another creator
    const stats = creatorAnalytics(user.id, 7, now);
    expect([stats.first, stats.last]).toEqual(["2026-11-26", "2026-12-02"]);
    expect(stats.daily).toHaveLength(7);
    expect(stats.daily.map((d) => d.views)).toEqual([4, 0, 0, 0, 5, 0, 5]);
    expect([stats.views, stats.previousViews]).toEqual([14, 100]);
    expect(stats.sources).toEqual([
      { source: "direct", views: 5, share: 5 / 14 },
      { source: "search", views: 3, share: 3 / 14 },
      { source: "referral", views: 6, share: 6 / 14 },
    ]);
    expect(stats.referrers).toEqual([
      { host: "blog.example", views: 4 },
      { host: "news.example", views: 2 },
    ]);
  });

  it("turns views into contacts, confirmed bookings and earnings of the period", async () => {
    // The inquiry is written by the real clock (createInquiry takes no clock), so the whole period
    // is laid out around the real now: every date below is relative to it.
    const realNow = new Date();
    const today = realNow.toISOString().slice(0, 10);
    const daysAgo = (n: number) => new Date(realNow.getTime() - n * 86_400_000);
    const { user } = await makeCreator();
    const brand = await makeUser("brand");
    saveAvailability(user.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 5,
    });
    views(user.id, addDays(today, -1), "direct", 40);
    createInquiry(user, {
      name: "Ann",
      email: uniqueEmail("a"),
      message: "Hello there, a shoot?",
      budget: undefined,
    } as never);
    const make = (date: string) =>
      requestBooking(
        user,
        {
          date,
          customRequest: "Shoot",
          name: "Bo",
          email: uniqueEmail("b"),
          message: "Hello, a shoot please.",
        },
        "http://x",
        realNow,
      );
    const a = make(addDays(today, 18));
    make(addDays(today, 19));
    actOnBooking(a.booking.id, user, { action: "confirm" }, realNow);
    db.insert(deals)
      .values([
        {
          brandId: brand.id,
          creatorId: user.id,
          title: "Done",
          amountCents: 120000,
          currency: "EUR",
          status: "completed",
          completedAt: daysAgo(2),
        },
        {
          brandId: brand.id,
          creatorId: user.id,
          title: "Old",
          amountCents: 99900,
          currency: "EUR",
          status: "completed",
          completedAt: daysAgo(62),
        },
        {
          brandId: brand.id,
          creatorId: user.id,
          title: "Running",
          amountCents: 5000,
          currency: "EUR",
        },
      ])
      .run();
    // Up to the real now: the inquiry was written after realNow was read.
    const stats = creatorAnalytics(user.id, 30, new Date());
    expect([stats.inquiries, stats.bookingRequests, stats.bookingsAccepted]).toEqual([1, 2, 1]);
    expect(stats.acceptRate).toBe(0.5);
    expect(stats.contactRate).toBeCloseTo(3 / 40);
    expect(stats.earnings).toEqual([{ currency: "EUR", cents: 120000, deals: 1 }]);
  });

  it("counts a request confirmed in the period once, even if it was cancelled or completed since", async () => {
    const { user } = await makeCreator();
    saveAvailability(user.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 5,
    });
    const asked = new Date("2026-12-01T09:00:00Z");
    const answered = new Date("2026-12-01T10:00:00Z");
    const make = (date: string) =>
      requestBooking(
        user,
        {
          date,
          customRequest: "Shoot",
          name: "Bo",
          email: uniqueEmail("b"),
          message: "Hello, a shoot please.",
        },
        "http://x",
        asked,
      );
    const cancelledByCreator = make("2026-12-20");
    actOnBooking(cancelledByCreator.booking.id, user, { action: "confirm" }, answered);
    actOnBooking(cancelledByCreator.booking.id, user, { action: "cancel" }, answered);
    const cancelledByClient = make("2026-12-21");
    actOnBooking(cancelledByClient.booking.id, user, { action: "confirm" }, answered);
    expect(cancelByClient(cancelledByClient.token, user, answered)).toEqual({ ok: true });
    const movedByClient = make("2026-12-22");
    actOnBooking(
      movedByClient.booking.id,
      user,
      { action: "propose", proposedDate: "2026-12-23" },
      answered,
    );
    expect(acceptProposal(movedByClient.token, user, answered)).toEqual({ ok: true });
    const done = make("2026-12-02");
    actOnBooking(done.booking.id, user, { action: "confirm" }, answered);
    actOnBooking(done.booking.id, user, { action: "complete" }, now);
    const declined = make("2026-12-24");
    actOnBooking(declined.booking.id, user, { action: "decline", reason: "Away" }, answered);
    make("2026-12-25"); // still waiting
    const stats = creatorAnalytics(user.id, 7, now);
    expect([stats.bookingRequests, stats.bookingsAccepted]).toEqual([6, 4]);
    expect(stats.acceptRate).toBeCloseTo(4 / 6);
  });

  it("offers 7, 30 and 90 days, 30 for anything else", () => {
    expect([parsePeriod("7"), parsePeriod("90"), parsePeriod("365"), parsePeriod(null)]).toEqual([
      7, 90, 30, 30,
    ]);
  });

  it("is a creator's page: brands get 403, anonymous visitors log in", async () => {
    const brand = await makeUser("brand");
    const { cookie } = await sessionCookie(brand.id);
    const asBrand = await settle(() =>
      loader(args(makeRequest("/dashboard/analytics", { cookie }))),
    );
    expect(statusOf(asBrand.value)).toBe(403);
    const anon = await settle(() => loader(args(makeRequest("/dashboard/analytics"))));
    expect(statusOf(anon.value)).toBe(302);
    const { user } = await makeCreator();
    const page = dataOf<{ stats: { days: number } }>(
      await loader(
        args(
          makeRequest("/dashboard/analytics?days=90", {
            cookie: (await sessionCookie(user.id)).cookie,
          }),
        ),
      ),
    );
    expect(page.stats.days).toBe(90);
  });
});
