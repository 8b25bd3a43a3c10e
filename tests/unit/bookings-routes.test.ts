import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { bookings } from "~/db/schema/bookings";
import { reviews } from "~/db/schema/reviews";
import { creatorProfiles } from "~/db/schema/portfolio";
import { saveAvailability } from "~/models/bookings/availability.server";
import { actOnBooking, requestBooking } from "~/models/bookings/bookings.server";
import { addDays, formatLongDate, todayIn } from "~/models/bookings/dates";
import { createShoot } from "~/models/calendar/calendar.server";
import { regenerateFeed } from "~/models/calendar/feeds.server";
import { issueReviewLink, reviewableSubject } from "~/models/reviews/review-links.server";
import { action as bookAction, loader as bookLoader } from "~/routes/$slug_.book";
import {
  action as bookingDetailAction,
  loader as bookingDetailLoader,
} from "~/routes/dashboard.bookings.$bookingId";
import { loader as feedLoader } from "~/routes/calendar.$token[.]ics";
import { loader as clientIcsLoader } from "~/routes/booking.$token.calendar[.]ics";
import { action as dayAction, loader as dayLoader } from "~/routes/dashboard.calendar.$date";
import { action as reviewAction, loader as reviewLoader } from "~/routes/review.$token";
import { action as reviewsDashAction } from "~/routes/dashboard.reviews";
import * as bookingDetailPage from "~/routes/dashboard.bookings.$bookingId";
import { resetRateLimitsForTests } from "~/utils/rate-limit.server";
import { renderRoute, textOf } from "./render-route";
import {
  args,
  dataOf,
  locationOf,
  makeRequest,
  makeUser,
  sessionCookie,
  settle,
  statusOf,
  uniqueEmail,
} from "../utils";

beforeEach(() => resetRateLimitsForTests());

async function creatorWithPage() {
  const creator = await makeUser("creator", { displayName: "Rae Studio" });
  const slug = `rs-${Math.random().toString(36).slice(2, 10)}`;
  db.insert(creatorProfiles).values({ userId: creator.id, slug, displayName: "Rae Studio" }).run();
  saveAvailability(creator.id, {
    timeZone: "UTC",
    workingDays: 127,
    minNoticeDays: 1,
    maxBookingsPerDay: 1,
  });
  return { creator, slug, cookie: (await sessionCookie(creator.id)).cookie };
}

/** Noon (UTC) the day after a booking: when it can be marked completed. */
const dayAfter = (date: string) => new Date(`${addDays(date, 1)}T12:00:00Z`);

const form = (date: string, extra: Record<string, string> = {}) => ({
  date,
  customRequest: "Product photos",
  name: "Cleo",
  email: uniqueEmail("client"),
  message: "Twelve products on white background.",
  ...extra,
});

describe("public booking form", () => {
  it("books an available date and redirects; the GET lists upcoming dates without writing", async () => {
    const { creator, slug } = await creatorWithPage();
    const page = await settle(() => bookLoader(args(makeRequest(`/${slug}/book`), { slug })));
    const next = dataOf<{ nextDates: { date: string }[] }>(page.value).nextDates;
    expect(next[0]?.date).toBe(addDays(todayIn("UTC"), 1));
    expect(db.select().from(bookings).where(eq(bookings.creatorId, creator.id)).all()).toHaveLength(
      0,
    );
    const { value } = await settle(() =>
      bookAction(args(makeRequest(`/${slug}/book`, { form: form(next[0]!.date) }), { slug })),
    );
    expect(locationOf(value)).toBe(`/${slug}/book?sent=1`);
    expect(db.select().from(bookings).where(eq(bookings.creatorId, creator.id)).all()).toHaveLength(
      1,
    );
  });

  it("answers 400 with a message on the date field for a taken or too-soon date, writing nothing more", async () => {
    const { creator, slug } = await creatorWithPage();
    const date = addDays(todayIn("UTC"), 2);
    await settle(() =>
      bookAction(args(makeRequest(`/${slug}/book`, { form: form(date) }), { slug })),
    );
    const taken = await settle(() =>
      bookAction(args(makeRequest(`/${slug}/book`, { form: form(date) }), { slug })),
    );
    expect(statusOf(taken.value)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(taken.value).error.date?.[0]).toMatch(
      /fully booked/,
    );
    const today = await settle(() =>
      bookAction(args(makeRequest(`/${slug}/book`, { form: form(todayIn("UTC")) }), { slug })),
    );
    expect(dataOf<{ error: Record<string, string[]> }>(today.value).error.date?.[0]).toMatch(
      /too soon/,
    );
    const bad = await settle(() =>
      bookAction(
        args(makeRequest(`/${slug}/book`, { form: form("2026-13-45", { email: "nope" }) }), {
          slug,
        }),
      ),
    );
    expect(statusOf(bad.value)).toBe(400);
    expect(db.select().from(bookings).where(eq(bookings.creatorId, creator.id)).all()).toHaveLength(
      1,
    );
  });

  it("drops honeypot submissions silently and 404s unknown creators", async () => {
    const { creator, slug } = await creatorWithPage();
    const bot = await settle(() =>
      bookAction(
        args(
          makeRequest(`/${slug}/book`, {
            form: form(addDays(todayIn("UTC"), 3), { website_url: "http://spam" }),
          }),
          { slug },
        ),
      ),
    );
    expect(statusOf(bot.value)).toBe(302);
    expect(db.select().from(bookings).where(eq(bookings.creatorId, creator.id)).all()).toHaveLength(
      0,
    );
    const unknown = await settle(() =>
      bookLoader(args(makeRequest(`/no-such-creator/book`), { slug: "no-such-creator" })),
    );
    expect(statusOf(unknown.value)).toBe(404);
  });
});

describe("authorization on creator pages", () => {
  it("another creator gets 404 for a booking, its actions, a calendar item and a review; brands get 403; anonymous users go to login", async () => {
    const { creator } = await creatorWithPage();
    const other = await creatorWithPage();
    const brand = await makeUser("brand");
    const brandCookie = (await sessionCookie(brand.id)).cookie;
    const { booking } = requestBooking(
      creator,
      { ...form(addDays(todayIn("UTC"), 5)), email: uniqueEmail("c") },
      "http://x",
    );
    const params = { bookingId: booking.id };
    expect(
      statusOf(
        (
          await settle(() =>
            bookingDetailLoader(
              args(
                makeRequest(`/dashboard/bookings/${booking.id}`, { cookie: other.cookie }),
                params,
              ),
            ),
          )
        ).value,
      ),
    ).toBe(404);
    const act = await settle(() =>
      bookingDetailAction(
        args(
          makeRequest(`/dashboard/bookings/${booking.id}`, {
            cookie: other.cookie,
            form: { intent: "confirm" },
          }),
          params,
        ),
      ),
    );
    expect(statusOf(act.value)).toBe(404);
    expect(db.select().from(bookings).where(eq(bookings.id, booking.id)).get()?.status).toBe(
      "requested",
    );
    expect(
      statusOf(
        (
          await settle(() =>
            bookingDetailLoader(
              args(
                makeRequest(`/dashboard/bookings/${booking.id}`, { cookie: brandCookie }),
                params,
              ),
            ),
          )
        ).value,
      ),
    ).toBe(403);
    const anon = await settle(() =>
      bookingDetailLoader(args(makeRequest(`/dashboard/bookings/${booking.id}`), params)),
    );
    expect(locationOf(anon.value)).toMatch(/^\/login\?redirectTo=/);

    const shoot = createShoot(creator.id, {
      title: "Lookbook",
      date: "2026-12-09",
      startTime: undefined,
      location: undefined,
      brand: undefined,
      campaign: undefined,
      notes: undefined,
      amount: undefined,
    });
    const complete = await settle(() =>
      dayAction(
        args(
          makeRequest(`/dashboard/calendar/2026-12-09`, {
            cookie: other.cookie,
            form: { intent: "complete-shoot", id: shoot.id },
          }),
          { date: "2026-12-09" },
        ),
      ),
    );
    expect(statusOf(complete.value)).toBe(404);
    const otherDay = await settle(() =>
      dayLoader(
        args(makeRequest(`/dashboard/calendar/2026-12-09`, { cookie: other.cookie }), {
          date: "2026-12-09",
        }),
      ),
    );
    expect(JSON.stringify(dataOf(otherDay.value))).not.toContain("Lookbook");
    expect(
      statusOf(
        (
          await settle(() =>
            dayLoader(
              args(makeRequest(`/dashboard/calendar/2026-02-31`, { cookie: other.cookie }), {
                date: "2026-02-31",
              }),
            ),
          )
        ).value,
      ),
    ).toBe(404);

    actOnBooking(booking.id, creator, { action: "confirm" });
    // Completed the day after (the creator works in UTC); the link by the real clock, as the page reads it.
    actOnBooking(booking.id, creator, { action: "complete" }, dayAfter(booking.date));
    const token = issueReviewLink(
      creator.id,
      reviewableSubject(creator.id, "booking", booking.id)!,
    );
    await settle(() =>
      reviewAction(
        args(
          makeRequest(`/review/${token}`, {
            form: {
              rating: "5",
              body: "Great work, delivered on time and beautiful.",
              name: "Cleo",
              email: "c@example.com",
              consent: "on",
            },
          }),
          { token },
        ),
      ),
    );
    const review = db.select().from(reviews).where(eq(reviews.creatorId, creator.id)).get()!;
    const hide = await settle(() =>
      reviewsDashAction(
        args(
          makeRequest("/dashboard/reviews", {
            cookie: other.cookie,
            form: { intent: "hide", reviewId: review.id },
          }),
        ),
      ),
    );
    expect(statusOf(hide.value)).toBe(404);
    expect(db.select().from(reviews).where(eq(reviews.id, review.id)).get()?.hidden).toBe(false);
  });
});

describe("the booking page", () => {
  it("offers Mark as completed only from the booking's day in the creator's zone, and says from when before it", async () => {
    const { creator, cookie } = await creatorWithPage();
    // Auckland is ahead of UTC: its day begins before UTC's (and the booking's date is Auckland's).
    saveAvailability(creator.id, {
      timeZone: "Pacific/Auckland",
      workingDays: 127,
      minNoticeDays: 1,
      maxBookingsPerDay: 1,
    });
    const today = todayIn("Pacific/Auckland");
    const soon = addDays(today, 3);
    const { booking: future } = requestBooking(creator, form(soon), "http://x");
    actOnBooking(future.id, creator, { action: "confirm" });
    const page = (id: string) =>
      renderRoute(
        bookingDetailPage,
        "/dashboard/bookings/:bookingId",
        makeRequest(`/dashboard/bookings/${id}`, { cookie }),
      );
    const before = await page(future.id);
    expect(before.status).toBe(200);
    expect(before.html).not.toContain('value="complete"');
    expect(before.html).toContain('value="cancel"');
    expect(textOf(before.html)).toContain(
      `You can mark it completed from ${formatLongDate(soon)}, the day of the booking.`,
    );
    // A booking whose day has come (booked days ahead, then the days passed) offers the button.
    const past = addDays(today, -2);
    const { booking: done } = requestBooking(
      creator,
      form(past),
      "http://x",
      new Date(`${addDays(past, -5)}T12:00:00Z`),
    );
    actOnBooking(
      done.id,
      creator,
      { action: "confirm" },
      new Date(`${addDays(past, -5)}T12:00:00Z`),
    );
    const after = await page(done.id);
    expect(after.html).toContain('value="complete"');
    expect(textOf(after.html)).toContain("Mark as completed");
    expect(textOf(after.html)).not.toContain("You can mark it completed from");
    // Today (where the creator lives) counts: the day has begun.
    const { booking: todays } = requestBooking(
      creator,
      form(today),
      "http://x",
      new Date(`${addDays(today, -5)}T12:00:00Z`),
    );
    actOnBooking(
      todays.id,
      creator,
      { action: "confirm" },
      new Date(`${addDays(today, -5)}T12:00:00Z`),
    );
    expect((await page(todays.id)).html).toContain('value="complete"');
  });

  it("refuses to mark a booking completed before its day, with the reason on the page, writing nothing", async () => {
    const { creator, cookie } = await creatorWithPage();
    const { booking } = requestBooking(creator, form(addDays(todayIn("UTC"), 3)), "http://x");
    actOnBooking(booking.id, creator, { action: "confirm" });
    const params = { bookingId: booking.id };
    const refused = await settle(() =>
      bookingDetailAction(
        args(
          makeRequest(`/dashboard/bookings/${booking.id}`, {
            cookie,
            form: { intent: "complete" },
          }),
          params,
        ),
      ),
    );
    expect(statusOf(refused.value)).toBe(409);
    expect(dataOf<{ error: string }>(refused.value).error).toMatch(
      /^This booking is on .*: it can be marked as completed from that day on, not before\.$/,
    );
    const row = db.select().from(bookings).where(eq(bookings.id, booking.id)).get()!;
    expect(row.status).toBe("confirmed");
    const page = dataOf<{ booking: { history: unknown[] }; actions: string[] }>(
      await bookingDetailLoader(
        args(makeRequest(`/dashboard/bookings/${booking.id}`, { cookie }), params),
      ),
    );
    expect(page.booking.history).toHaveLength(2);
  });
});

describe("review page", () => {
  it("shows the form for a valid link, 400 for bad input (nothing written), 410 once used, 404 for an unknown token", async () => {
    const { creator } = await creatorWithPage();
    const { booking } = requestBooking(
      creator,
      { ...form(addDays(todayIn("UTC"), 6)) },
      "http://x",
    );
    actOnBooking(booking.id, creator, { action: "confirm" });
    // Completed the day after (the creator works in UTC); the link by the real clock, as the page reads it.
    actOnBooking(booking.id, creator, { action: "complete" }, dayAfter(booking.date));
    const token = issueReviewLink(
      creator.id,
      reviewableSubject(creator.id, "booking", booking.id)!,
    );
    const page = await settle(() => reviewLoader(args(makeRequest(`/review/${token}`), { token })));
    expect(dataOf<{ creatorName: string; subjectLabel: string }>(page.value)).toMatchObject({
      creatorName: "Rae Studio",
      subjectLabel: expect.stringContaining("Booking on"),
    });
    const bad = await settle(() =>
      reviewAction(
        args(
          makeRequest(`/review/${token}`, {
            form: { rating: "9", body: "short", name: "", email: "x", consent: "" },
          }),
          { token },
        ),
      ),
    );
    expect(statusOf(bad.value)).toBe(400);
    const errors = dataOf<{ error: Record<string, string[]> }>(bad.value).error;
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(["rating", "body", "name", "email", "consent"]),
    );
    expect(db.select().from(reviews).where(eq(reviews.creatorId, creator.id)).all()).toHaveLength(
      0,
    );
    const good = {
      rating: "4",
      body: "Lovely photos and very easy to work with.",
      name: "Cleo",
      email: "c@example.com",
      consent: "on",
    };
    const ok = await settle(() =>
      reviewAction(args(makeRequest(`/review/${token}`, { form: good }), { token })),
    );
    expect(locationOf(ok.value)).toMatch(/^\/review\/thanks/);
    const replay = await settle(() =>
      reviewAction(args(makeRequest(`/review/${token}`, { form: good }), { token })),
    );
    expect(statusOf(replay.value)).toBe(410);
    expect(
      statusOf(
        (await settle(() => reviewLoader(args(makeRequest(`/review/${token}`), { token })))).value,
      ),
    ).toBe(410);
    expect(db.select().from(reviews).where(eq(reviews.creatorId, creator.id)).all()).toHaveLength(
      1,
    );
    expect(
      statusOf(
        (await settle(() => reviewLoader(args(makeRequest(`/review/nope`), { token: "nope" }))))
          .value,
      ),
    ).toBe(404);
  });
});

describe("ICS feed", () => {
  it("serves the creator's calendar at the secret URL and stops after regeneration", async () => {
    const { creator } = await creatorWithPage();
    const date = addDays(todayIn("UTC"), 4);
    requestBooking(creator, { ...form(date), name: "Feed Client" }, "http://x");
    const first = regenerateFeed(creator.id);
    const res = (
      await settle(() => feedLoader(args(makeRequest(`/calendar/${first}.ics`), { token: first })))
    ).value as Response;
    expect(res.headers.get("Content-Type")).toMatch(/text\/calendar/);
    const body = await res.text();
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).toContain("Booking: Feed Client");
    expect(body).toContain(`DTSTART;VALUE=DATE:${date.replaceAll("-", "")}`);
    const second = regenerateFeed(creator.id);
    expect(
      statusOf(
        (
          await settle(() =>
            feedLoader(args(makeRequest(`/calendar/${first}.ics`), { token: first })),
          )
        ).value,
      ),
    ).toBe(404);
    expect(
      statusOf(
        (
          await settle(() =>
            feedLoader(args(makeRequest(`/calendar/${second}.ics`), { token: second })),
          )
        ).value,
      ),
    ).toBe(200);
  });

  it("writes timed bookings at the right moment in UTC, for the creator's feed and the client's file", async () => {
    const { creator } = await creatorWithPage();
    // India has no daylight saving time: 14:00 there is 08:30 UTC on every date.
    saveAvailability(creator.id, {
      timeZone: "Asia/Kolkata",
      workingDays: 127,
      minNoticeDays: 1,
      maxBookingsPerDay: 5,
    });
    const date = addDays(todayIn("Asia/Kolkata"), 5);
    const { token } = requestBooking(
      creator,
      { ...form(date), name: "Zoned Client", startTime: "14:00", durationMinutes: 90 },
      "http://x",
    );
    const start = `DTSTART:${date.replaceAll("-", "")}T083000Z`;

    const feedToken = regenerateFeed(creator.id);
    const feed = await (
      (await feedLoader(
        args(makeRequest(`/calendar/${feedToken}.ics`), { token: feedToken }),
      )) as Response
    ).text();
    expect(feed).toContain(start);
    expect(feed).toContain("DURATION:PT1H30M");

    const file = (await clientIcsLoader(
      args(makeRequest(`/booking/${token}/calendar.ics`), { token }),
    )) as Response;
    expect(file.headers.get("Content-Disposition")).toContain(`booking-${date}.ics`);
    const body = await file.text();
    expect(body).toContain(start);
    expect(body).toContain("DURATION:PT1H30M");
    expect(body).not.toMatch(/DTSTART:\d{8}T\d{6}\r?\n/); // no floating time
  });
});
