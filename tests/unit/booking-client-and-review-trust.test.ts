import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { bookings } from "~/db/schema/bookings";
import { shoots } from "~/db/schema/calendar";
import { emailOutbox } from "~/db/schema/accounts";
import { creatorProfiles } from "~/db/schema/portfolio";
import { reviews } from "~/db/schema/reviews";
import { saveAvailability } from "~/models/bookings/availability.server";
import {
  actOnBooking,
  cancelByClient,
  creatorForClient,
  declineProposal,
  getBookingByToken,
  requestBooking,
} from "~/models/bookings/bookings.server";
import {
  completeItem,
  createShoot,
  createShootFromBooking,
} from "~/models/calendar/calendar.server";
import { addDays, formatLongDate } from "~/models/bookings/dates";
import { issueReviewLink, reviewableSubject } from "~/models/reviews/review-links.server";
import {
  listCreatorReviews,
  listPublicReviews,
  submitReview,
} from "~/models/reviews/reviews.server";
import { action as bookAction } from "~/routes/$slug_.book";
import {
  action as bookingPageAction,
  loader as bookingPageLoader,
} from "~/routes/dashboard.bookings.$bookingId";
import { action as manageAction, loader as manageLoader } from "~/routes/booking.$token";
import { action as reviewAction, loader as reviewLoader } from "~/routes/review.$token";
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
import { makeCreator } from "./portfolio-helpers";

const now = new Date("2026-12-02T12:00:00Z");
/** After the bookings' dates below (5 to 21 Dec 2026): when the work can be marked completed. */
const afterTheDates = new Date("2026-12-22T12:00:00Z");
const everyDay = { timeZone: "UTC", workingDays: 127, minNoticeDays: 0, maxBookingsPerDay: 3 };

function book(
  creator: { id: string; email: string; displayName: string },
  date: string,
  at: Date = now,
) {
  return requestBooking(
    creator,
    {
      date,
      customRequest: "Portraits",
      name: "Cleo Client-Smith",
      email: uniqueEmail("client"),
      message: "Looking forward to it!",
    },
    "http://x",
    at,
  );
}

/**
 * For tests that go through the client's manage link: its route checks the link's expiry by the real
 * clock, so the request is made by the real clock too, for a date counted from the real today.
 */
const realToday = () => new Date().toISOString().slice(0, 10);

const shootInput = (title: string) => ({
  title,
  date: "2026-12-09",
  startTime: undefined,
  location: undefined,
  brand: undefined,
  campaign: undefined,
  notes: undefined,
  amount: undefined,
});

describe("a booking request is asked and stored in the creator's currency", () => {
  async function post(currency: string, budget: string) {
    resetRateLimitsForTests();
    const { user, slug } = await makeCreator();
    db.update(creatorProfiles).set({ currency }).where(eq(creatorProfiles.userId, user.id)).run();
    saveAvailability(user.id, everyDay);
    const date = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const { value } = await settle(() =>
      bookAction(
        args(
          makeRequest(`/${slug}/book`, {
            form: {
              date,
              customRequest: "A shoot",
              name: "Cleo",
              email: uniqueEmail("client"),
              message: "Would love to book you for a day.",
              budget,
            },
          }),
          { slug },
        ),
      ),
    );
    const rows = db.select().from(bookings).where(eq(bookings.creatorId, user.id)).all();
    return { value, rows };
  }

  it("stores a euro budget as euros", async () => {
    const { rows } = await post("EUR", "1234.5");
    expect(rows.map((r) => [r.budgetCents, r.currency])).toEqual([[123450, "EUR"]]);
  });

  it("refuses yen with decimals beside the budget, and writes nothing", async () => {
    const { value, rows } = await post("JPY", "5000.5");
    expect(statusOf(value)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(value).error.budget).toEqual([
      "Budget: JPY amounts are whole numbers, without decimals",
    ]);
    expect(rows).toHaveLength(0);
  });
});

describe("the client answers a proposed date", () => {
  it("can turn it down and keep the original request; the creator is told", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const asked = addDays(realToday(), 18);
    const proposed = addDays(asked, 2);
    const { booking, token } = book(creator, asked, new Date());
    actOnBooking(booking.id, creator, { action: "propose", proposedDate: proposed }, new Date());
    const res = (await manageAction(
      args(makeRequest(`/booking/${token}`, { form: { intent: "decline-proposal" } }), { token }),
    )) as Response;
    expect(res.headers.get("Location")).toBe(`/booking/${token}?done=decline-proposal`);
    const after = getBookingByToken(token)!;
    expect([after.status, after.date, after.proposedDate]).toEqual(["requested", asked, null]);
    expect(after.history.filter((h) => h.actorKind === "client").map((h) => h.note)).toContain(
      `Turned down ${formatLongDate(proposed)}; keeps ${formatLongDate(asked)}`,
    );
    const mail = db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.kind, "booking-proposal-declined"))
      .all()
      .filter((m) => m.toAddress === creator.email);
    expect(mail).toHaveLength(1);
    // Nothing left to turn down.
    expect(declineProposal(token, creator)).toMatchObject({ ok: false, status: 409 });
  });

  it("shows the booking's times in the creator's time zone, named", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, { ...everyDay, timeZone: "Europe/Stockholm" });
    const { token } = book(creator, addDays(realToday(), 18), new Date());
    const page = dataOf<{ timeZone: string; canCancel: boolean }>(
      await manageLoader(args(makeRequest(`/booking/${token}`), { token })),
    );
    expect(page.timeZone).toBe("Europe/Stockholm");
    expect(page.canCancel).toBe(true);
  });
});

describe("clients know the creator by their page's name", () => {
  it("in the emails and on the booking's page, whatever the account is called", async () => {
    // The account is "Test Creator"; the page, which clients booked, is "Studio Nord".
    const { user: creator, slug } = await makeCreator({ displayName: "Studio Nord" });
    expect(creator.displayName).toBe("Test Creator");
    saveAvailability(creator.id, everyDay);
    const { booking } = book(creator, "2026-12-20");
    actOnBooking(booking.id, creator, { action: "confirm" }, now);
    const mail = db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, booking.clientEmail))
      .all();
    expect(mail.map((m) => m.subject)).toEqual([
      "Your booking request with Studio Nord",
      "Studio Nord confirmed your booking",
    ]);
    expect(mail.map((m) => m.textBody).join("\n")).not.toContain("Test Creator");
    expect(creatorForClient(creator.id)).toMatchObject({
      creator: { id: creator.id, email: creator.email, displayName: "Studio Nord" },
      slug,
    });
    // A private page is not linked to; a creator without a page goes by the account's name.
    db.update(creatorProfiles)
      .set({ visibility: "private" })
      .where(eq(creatorProfiles.userId, creator.id))
      .run();
    expect(creatorForClient(creator.id)?.slug).toBeNull();
    const noPage = await makeUser("creator", { displayName: "Plain Account" });
    expect(creatorForClient(noPage.id)).toMatchObject({
      creator: { displayName: "Plain Account" },
      slug: null,
    });
  });
});

describe("a cancelled booking leaves the calendar", () => {
  it("removes the planned shoot made from it, whoever cancels", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const byCreator = book(creator, "2026-12-20");
    const byClient = book(creator, "2026-12-21");
    for (const b of [byCreator, byClient]) {
      actOnBooking(b.booking.id, creator, { action: "confirm" }, now);
      createShootFromBooking(creator.id, b.booking.id);
    }
    const shootsOf = (bookingId: string) =>
      db.select().from(shoots).where(eq(shoots.bookingId, bookingId)).all();
    expect(shootsOf(byCreator.booking.id)).toHaveLength(1);
    actOnBooking(byCreator.booking.id, creator, { action: "cancel" }, now);
    expect(shootsOf(byCreator.booking.id)).toHaveLength(0);
    expect(cancelByClient(byClient.token, creator, now)).toEqual({ ok: true });
    expect(shootsOf(byClient.booking.id)).toHaveLength(0);
  });
});

describe("reviews a creator could fake", () => {
  async function completedBookingLink() {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const { booking } = book(creator, "2026-12-05");
    actOnBooking(booking.id, creator, { action: "confirm" }, now);
    actOnBooking(booking.id, creator, { action: "complete" }, afterTheDates);
    const subject = reviewableSubject(creator.id, "booking", booking.id)!;
    // Issued by the real clock: the review page and submitReview check its expiry by the real clock.
    return { creator, token: issueReviewLink(creator.id, subject) };
  }
  const form = (email: string) => ({
    rating: "5",
    body: "Wonderful to work with, on time and creative.",
    name: "Jessica Client-Smith",
    email,
    consent: "on",
  });

  it("refuses the link to the creator who made it, signed in, and their own email", async () => {
    resetRateLimitsForTests();
    const { creator, token } = await completedBookingLink();
    const { cookie } = await sessionCookie(creator.id);
    const page = await settle(() =>
      reviewLoader(args(makeRequest(`/review/${token}`, { cookie }), { token })),
    );
    expect(statusOf(page.value)).toBe(403);
    const post = await settle(() =>
      reviewAction(
        args(makeRequest(`/review/${token}`, { cookie, form: form(uniqueEmail("x")) }), {
          token,
        }),
      ),
    );
    expect(statusOf(post.value)).toBe(403);
    const ownEmail = await settle(() =>
      reviewAction(args(makeRequest(`/review/${token}`, { form: form(creator.email) }), { token })),
    );
    expect(statusOf(ownEmail.value)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(ownEmail.value).error.email?.[0]).toMatch(
      /creator’s own email/,
    );
    expect(db.select().from(reviews).where(eq(reviews.creatorId, creator.id)).all()).toHaveLength(
      0,
    );
  });

  it("marks a review of a shoot with no booking behind it as not verified", async () => {
    const creator = await makeUser("creator");
    const shoot = createShoot(creator.id, shootInput("Own shoot"));
    completeItem("shoot", shoot.id, creator.id, afterTheDates);
    const token = issueReviewLink(creator.id, reviewableSubject(creator.id, "shoot", shoot.id)!);
    const result = submitReview(token, {
      rating: 5,
      body: "Wonderful to work with, on time and creative.",
      name: "Someone",
      email: uniqueEmail("c"),
      consent: "on",
    } as never);
    expect(result.ok).toBe(true);
    const row = db.select().from(reviews).where(eq(reviews.creatorId, creator.id)).get()!;
    expect(row.verified).toBe(false);
  });

  it("shows only the client's first name publicly, the whole name to the creator", async () => {
    const { creator, token } = await completedBookingLink();
    submitReview(token, {
      rating: 4,
      body: "Wonderful to work with, on time and creative.",
      name: "Jessica Client-Smith",
      email: uniqueEmail("c"),
      consent: "on",
    } as never);
    expect(listPublicReviews(creator.id).rows.map((r) => [r.clientName, r.verified])).toEqual([
      ["Jessica", true],
    ]);
    expect(listCreatorReviews(creator.id).rows.map((r) => r.clientName)).toEqual([
      "Jessica Client-Smith",
    ]);
  });
});

describe("the booking page's review link", () => {
  it("comes after a redirect, shown once: a reload shows it no more and posts nothing", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const { booking } = book(creator, "2026-12-05");
    actOnBooking(booking.id, creator, { action: "confirm" }, now);
    actOnBooking(booking.id, creator, { action: "complete" }, afterTheDates);
    const { cookie } = await sessionCookie(creator.id);
    const path = `/dashboard/bookings/${booking.id}?done=complete`;
    const params = { bookingId: booking.id };
    const made = (await bookingPageAction(
      args(makeRequest(path, { cookie, form: { intent: "review-link" } }), params),
    )) as Response;
    expect(made.status).toBe(302);
    const next = made.headers.get("Location")!;
    expect(next).toBe(`/dashboard/bookings/${booking.id}?done=review-link`);
    const carried = made.headers.get("Set-Cookie")!.split(";")[0]!;
    const page = (cookies: string) =>
      bookingPageLoader(args(makeRequest(next, { cookie: cookies }), params));
    const shown = await page(`${cookie}; ${carried}`);
    expect(dataOf<{ freshReviewUrl: string }>(shown).freshReviewUrl).toMatch(/\/review\//);
    const reload = await page(cookie);
    expect(dataOf<{ freshReviewUrl: string | null }>(reload).freshReviewUrl).toBeNull();
  });
});
