import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { bookings, bookingStatusHistory } from "~/db/schema/bookings";
import { emailOutbox } from "~/db/schema/accounts";
import {
  availabilityChecker,
  unavailableReason,
  nextAvailableDates,
  type DayLoad,
} from "~/models/bookings/availability-rules";
import {
  getAvailability,
  saveAvailability,
  upcomingAvailableDates,
} from "~/models/bookings/availability.server";
import { AvailabilitySchema } from "~/models/bookings/booking-schema";
import {
  actOnBooking,
  cancelByClient,
  acceptProposal,
  DateUnavailableError,
  declineProposal,
  getBookingByToken,
  getBookingForCreator,
  requestBooking,
  TransitionError,
} from "~/models/bookings/bookings.server";
import { addDays, isoWeekday, isValidDate, todayIn } from "~/models/bookings/dates";
import { blockDates } from "~/models/calendar/calendar.server";
import { hashToken } from "~/utils/tokens.server";
import { makeUser, uniqueEmail } from "../utils";

const ORIGIN = "http://localhost:3000";
const empty: DayLoad = { blocked: new Set(), bookedCount: () => 0 };
const everyDay = { timeZone: "UTC", workingDays: 127, minNoticeDays: 0, maxBookingsPerDay: 1 };

function request(
  creator: { id: string; email: string; displayName: string },
  date: string,
  now: Date,
  email = uniqueEmail("client"),
) {
  return requestBooking(
    creator,
    {
      date,
      customRequest: "Portrait session",
      name: "Cleo Client",
      email,
      message: "Hello, I would love to book you.",
    },
    ORIGIN,
    now,
  );
}

describe("calendar dates", () => {
  it("adds days across month, year and leap-day boundaries, and backwards", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    // Daylight-saving changes (Europe 29 March, US 8 March 2026) are ordinary days.
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-03-07", 365)).toBe("2027-03-07");
  });

  it("tells the ISO weekday and refuses impossible dates", () => {
    expect(isoWeekday("2026-11-30")).toBe(1); // Monday
    expect(isoWeekday("2026-12-05")).toBe(6);
    expect(isoWeekday("2026-12-06")).toBe(7); // Sunday
    expect(isValidDate("2028-02-29")).toBe(true);
    expect(isValidDate("2027-02-29")).toBe(false);
    expect(isValidDate("2026-13-01")).toBe(false);
    expect(isValidDate("2026-1-01")).toBe(false);
  });
});

describe("availability rules", () => {
  it("checks many dates with one 'today', taken in the creator's zone", () => {
    // 23:30 UTC on Wednesday 2 December is already Thursday 3 December, 12:30 in Auckland.
    const now = new Date("2026-12-02T23:30:00Z");
    const rules = {
      timeZone: "Pacific/Auckland",
      workingDays: 0b0011111,
      minNoticeDays: 3,
      maxBookingsPerDay: 1,
    };
    const load: DayLoad = {
      blocked: new Set(["2026-12-10"]),
      bookedCount: (d) => (d === "2026-12-11" ? 1 : 0),
    };
    const check = availabilityChecker(rules, load, now);
    expect(check("2026-12-02")).toBe("past");
    expect(check("2026-12-05")).toBe("notice");
    expect(check("2026-12-07")).toBeNull(); // Monday
    expect(check("2026-12-10")).toBe("blocked");
    expect(check("2026-12-11")).toBe("full");
    expect(check("2026-12-12")).toBe("weekday"); // Saturday
    expect(check("2027-12-03")).toBeNull(); // Friday, a year ahead
    expect(check("2027-12-04")).toBe("too-far");
    expect(check("2026-02-30")).toBe("invalid");
    expect(nextAvailableDates(rules, load, 4, now)).toEqual([
      "2026-12-07",
      "2026-12-08",
      "2026-12-09",
      "2026-12-14",
    ]);
  });

  // Wednesday 2026-12-02, 12:00 UTC
  const now = new Date("2026-12-02T12:00:00Z");

  it("refuses non-working weekdays", () => {
    const weekdaysOnly = { ...everyDay, workingDays: 0b0011111 };
    expect(unavailableReason(weekdaysOnly, "2026-12-05", empty, now)).toBe("weekday"); // Saturday
    expect(unavailableReason(weekdaysOnly, "2026-12-04", empty, now)).toBeNull(); // Friday
  });

  it("enforces the minimum notice and refuses the past", () => {
    const twoDays = { ...everyDay, minNoticeDays: 2 };
    expect(unavailableReason(twoDays, "2026-12-01", empty, now)).toBe("past");
    expect(unavailableReason(twoDays, "2026-12-03", empty, now)).toBe("notice");
    expect(unavailableReason(twoDays, "2026-12-04", empty, now)).toBeNull();
  });

  it("refuses blocked and full days, and impossible dates", () => {
    const load: DayLoad = {
      blocked: new Set(["2026-12-10"]),
      bookedCount: (d) => (d === "2026-12-11" ? 2 : 1),
    };
    const two = { ...everyDay, maxBookingsPerDay: 2 };
    expect(unavailableReason(two, "2026-12-10", load, now)).toBe("blocked");
    expect(unavailableReason(two, "2026-12-11", load, now)).toBe("full");
    expect(unavailableReason(two, "2026-12-12", load, now)).toBeNull();
    expect(unavailableReason(two, "2026-02-30", load, now)).toBe("invalid");
  });

  it("decides 'today' in the creator's time zone around midnight", () => {
    // 23:30 UTC on Dec 2 is already Dec 3 in Tokyo and still Dec 2 in Los Angeles.
    const late = new Date("2026-12-02T23:30:00Z");
    const tokyo = { ...everyDay, timeZone: "Asia/Tokyo", minNoticeDays: 1 };
    const la = { ...everyDay, timeZone: "America/Los_Angeles", minNoticeDays: 1 };
    expect(todayIn("Asia/Tokyo", late)).toBe("2026-12-03");
    expect(unavailableReason(tokyo, "2026-12-03", empty, late)).toBe("notice");
    expect(unavailableReason(tokyo, "2026-12-04", empty, late)).toBeNull();
    expect(unavailableReason(la, "2026-12-03", empty, late)).toBeNull();
  });

  it("lists the next available dates skipping weekends and blocked days", () => {
    const weekdays = { ...everyDay, workingDays: 0b0011111, minNoticeDays: 1 };
    const load: DayLoad = { blocked: new Set(["2026-12-04"]), bookedCount: () => 0 };
    expect(nextAvailableDates(weekdays, load, 3, now)).toEqual([
      "2026-12-03",
      "2026-12-07",
      "2026-12-08",
    ]);
  });
});

describe("booking requests", () => {
  const now = new Date("2026-12-02T12:00:00Z");

  it("stores only the hash of the manage link and emails the raw link to the client", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const email = uniqueEmail("client");
    const { booking, token } = request(creator, "2026-12-10", now, email);
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(booking.manageTokenHash).toBe(hashToken(token));
    expect(
      JSON.stringify(db.select().from(bookings).where(eq(bookings.id, booking.id)).get()),
    ).not.toContain(token);
    const mail = db.select().from(emailOutbox).where(eq(emailOutbox.toAddress, email)).get();
    expect(mail?.textBody).toContain(`/booking/${token}`);
    expect(getBookingByToken(token, now)?.id).toBe(booking.id);
    expect(getBookingByToken("nope", now)).toBeNull();
  });

  it("refuses a blocked date on the server and writes nothing", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    blockDates(creator.id, "2026-12-10", "2026-12-12", "Holiday");
    expect(() => request(creator, "2026-12-11", now)).toThrow(DateUnavailableError);
    expect(db.select().from(bookings).where(eq(bookings.creatorId, creator.id)).all()).toHaveLength(
      0,
    );
    expect(upcomingAvailableDates(creator.id, 12, now)).not.toContain("2026-12-11");
  });

  it("lets exactly one of several requests for the last free slot win", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, { ...everyDay, maxBookingsPerDay: 2 });
    request(creator, "2026-12-15", now);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        Promise.resolve().then(() => request(creator, "2026-12-15", now)),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(
      rejected.every((o) => o.reason instanceof DateUnavailableError && o.reason.reason === "full"),
    ).toBe(true);
    expect(db.select().from(bookings).where(eq(bookings.creatorId, creator.id)).all()).toHaveLength(
      2,
    );
  });

  it("frees the slot again when a booking is declined", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const { booking } = request(creator, "2026-12-16", now);
    expect(() => request(creator, "2026-12-16", now)).toThrow(/fully booked/);
    actOnBooking(booking.id, creator, { action: "decline", reason: "Travelling that week" }, now);
    expect(() => request(creator, "2026-12-16", now)).not.toThrow();
  });
});

describe("status machine", () => {
  const now = new Date("2026-12-02T12:00:00Z");

  it("records each change with the actor and emails the client", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const email = uniqueEmail("client");
    const { booking } = request(creator, "2026-12-20", now, email);
    actOnBooking(booking.id, creator, { action: "confirm" }, now);
    // On the booking's day, once it has begun.
    actOnBooking(booking.id, creator, { action: "complete" }, new Date("2026-12-20T09:00:00Z"));
    const history = db
      .select()
      .from(bookingStatusHistory)
      .where(eq(bookingStatusHistory.bookingId, booking.id))
      .all();
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.actorKind])).toEqual([
      [null, "requested", "client"],
      ["requested", "confirmed", "creator"],
      ["confirmed", "completed", "creator"],
    ]);
    const kinds = db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, email))
      .all()
      .map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(["booking-requested", "booking-confirm", "booking-complete"]),
    );
  });

  it("refuses to complete a booking before its day has begun where the creator lives, and writes nothing", async () => {
    const creator = await makeUser("creator");
    // Auckland is 13 hours ahead of UTC in December: 20 Dec begins there at 19 Dec 11:00 UTC.
    saveAvailability(creator.id, { ...everyDay, timeZone: "Pacific/Auckland" });
    const email = uniqueEmail("client");
    const { booking } = request(creator, "2026-12-20", now, email);
    actOnBooking(booking.id, creator, { action: "confirm" }, now);
    const complete = (at: string) =>
      actOnBooking(booking.id, creator, { action: "complete" }, new Date(at));
    for (const early of ["2026-12-02T12:00:00Z", "2026-12-19T10:59:00Z"])
      expect(() => complete(early)).toThrow(
        /This booking is on Sun, 20 Dec 2026: it can be marked as completed from that day on/,
      );
    expect(() => complete("2026-12-19T10:59:00Z")).toThrow(TransitionError);
    const after = getBookingForCreator(booking.id, creator.id)!;
    expect(after.status).toBe("confirmed");
    expect(after.history.map((h) => h.toStatus)).toEqual(["requested", "confirmed"]);
    const kinds = db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, email))
      .all()
      .map((e) => e.kind);
    expect(kinds).not.toContain("booking-complete");
    // Just after midnight in Auckland, still 19 Dec in UTC: done.
    expect(complete("2026-12-19T11:01:00Z")?.status).toBe("completed");
  });

  it("refuses illegal transitions and changes nothing", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const { booking } = request(creator, "2026-12-21", now);
    expect(() => actOnBooking(booking.id, creator, { action: "complete" }, now)).toThrow(
      TransitionError,
    );
    actOnBooking(booking.id, creator, { action: "decline", reason: "Not my style" }, now);
    expect(() => actOnBooking(booking.id, creator, { action: "confirm" }, now)).toThrow(
      TransitionError,
    );
    expect(() => actOnBooking(booking.id, creator, { action: "cancel" }, now)).toThrow(
      TransitionError,
    );
    expect(getBookingForCreator(booking.id, creator.id)?.status).toBe("declined");
  });

  it("returns null (404) when another creator acts on a booking", async () => {
    const creator = await makeUser("creator");
    const other = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const { booking } = request(creator, "2026-12-22", now);
    expect(getBookingForCreator(booking.id, other.id)).toBeNull();
    expect(actOnBooking(booking.id, other, { action: "confirm" }, now)).toBeNull();
    expect(getBookingForCreator(booking.id, creator.id)?.status).toBe("requested");
  });

  it("lets the client accept a proposed date, which confirms the booking there", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const { booking, token } = request(creator, "2026-12-23", now);
    actOnBooking(booking.id, creator, { action: "propose", proposedDate: "2026-12-28" }, now);
    expect(acceptProposal(token, creator, now)).toEqual({ ok: true });
    const after = getBookingForCreator(booking.id, creator.id)!;
    expect([after.status, after.date, after.proposedDate]).toEqual([
      "confirmed",
      "2026-12-28",
      null,
    ]);
  });

  it("answers a proposal only through its own open link: 404 for another creator's or an unknown one, 409 with none open", async () => {
    const creator = await makeUser("creator");
    const other = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const { booking, token } = request(creator, "2026-12-24", now);
    const invalid = { ok: false, status: 404, message: "This booking link is not valid." };
    for (const answer of [acceptProposal, declineProposal]) {
      expect(answer("not-a-token", creator, now)).toEqual(invalid);
      expect(answer(token, other, now)).toEqual(invalid);
    }
    expect(acceptProposal(token, creator, now)).toEqual({
      ok: false,
      status: 409,
      message: "There is no proposed date to accept.",
    });
    expect(declineProposal(token, creator, now)).toEqual({
      ok: false,
      status: 409,
      message: "There is no proposed date to turn down.",
    });
    actOnBooking(booking.id, creator, { action: "propose", proposedDate: "2026-12-29" }, now);
    expect(acceptProposal(token, other, now)).toEqual(invalid);
    expect(getBookingForCreator(booking.id, creator.id)).toMatchObject({
      status: "requested",
      proposedDate: "2026-12-29",
    });
  });
});

describe("client cancellation through the manage link", () => {
  it("cancels before the 48-hour cutoff and refuses after it", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, { ...everyDay, timeZone: "Europe/Paris" });
    const now = new Date("2026-12-02T12:00:00Z");
    const early = request(creator, "2026-12-10", now);
    const late = request(creator, "2026-12-11", now);
    for (const b of [early, late]) actOnBooking(b.booking.id, creator, { action: "confirm" }, now);
    expect(cancelByClient(early.token, creator, new Date("2026-12-07T12:00:00Z"))).toEqual({
      ok: true,
    });
    expect(getBookingByToken(early.token, now)?.status).toBe("cancelled");
    // Dec 11 00:00 in Paris is Dec 10 23:00 UTC; 48 h before is Dec 8 23:00 UTC.
    expect(cancelByClient(late.token, creator, new Date("2026-12-08T22:59:00Z"))).toEqual({
      ok: true,
    });
    const third = request(creator, "2026-12-12", now);
    actOnBooking(third.booking.id, creator, { action: "confirm" }, now);
    const refused = cancelByClient(third.token, creator, new Date("2026-12-09T23:01:00Z"));
    expect(refused).toMatchObject({ ok: false, status: 409 });
    expect(getBookingByToken(third.token, now)?.status).toBe("confirmed");
    const history = getBookingByToken(early.token, now)!.history.at(-1)!;
    expect([history.toStatus, history.actorKind]).toEqual(["cancelled", "client"]);
  });

  it("follows the creator's own cancellation notice, and says it when refusing", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, { ...everyDay, timeZone: "Europe/Paris", cancelNoticeHours: 168 });
    // Saving the other settings again keeps the notice.
    saveAvailability(creator.id, { ...everyDay, timeZone: "Europe/Paris", maxBookingsPerDay: 2 });
    expect(getAvailability(creator.id).cancelNoticeHours).toBe(168);
    const now = new Date("2026-12-02T12:00:00Z");
    // Dec 12 00:00 in Paris is Dec 11 23:00 UTC; a week before is Dec 4 23:00 UTC.
    const inTime = request(creator, "2026-12-12", now);
    actOnBooking(inTime.booking.id, creator, { action: "confirm" }, now);
    expect(cancelByClient(inTime.token, creator, new Date("2026-12-04T22:59:00Z"))).toEqual({
      ok: true,
    });
    const tooLate = request(creator, "2026-12-12", now);
    actOnBooking(tooLate.booking.id, creator, { action: "confirm" }, now);
    const refused = cancelByClient(tooLate.token, creator, new Date("2026-12-04T23:01:00Z"));
    expect(refused).toMatchObject({ ok: false, status: 409 });
    expect(refused.ok ? "" : refused.message).toMatch(/less than 168 hours before/);
    // No notice at all: until the booking starts.
    saveAvailability(creator.id, { ...everyDay, timeZone: "Europe/Paris", cancelNoticeHours: 0 });
    expect(cancelByClient(tooLate.token, creator, new Date("2026-12-11T22:59:00Z"))).toEqual({
      ok: true,
    });
  });

  it("refuses a cancellation notice outside 0–720 hours, in the form and in the database", async () => {
    const creator = await makeUser("creator");
    const parse = (hours: string) =>
      AvailabilitySchema.safeParse({
        timeZone: "UTC",
        workingDays: ["1"],
        minNoticeDays: "1",
        maxBookingsPerDay: "1",
        cancelNoticeHours: hours,
      });
    expect(parse("24").success).toBe(true);
    expect(parse("-1").error?.issues[0]?.message).toBe("Cannot be negative");
    expect(parse("721").error?.issues[0]?.message).toBe("At most 720 hours (30 days)");
    expect(parse("1.5").error?.issues[0]?.message).toBe("Whole hours only");
    expect(() => saveAvailability(creator.id, { ...everyDay, cancelNoticeHours: 1000 })).toThrow(
      /CHECK constraint/,
    );
  });

  it("lets a request not yet confirmed be withdrawn at any time, even inside the notice", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, { ...everyDay, timeZone: "Europe/Paris" });
    const now = new Date("2026-12-02T12:00:00Z");
    const requested = request(creator, "2026-12-03", now);
    expect(cancelByClient(requested.token, creator, new Date("2026-12-02T20:00:00Z"))).toEqual({
      ok: true,
    });
    expect(getBookingByToken(requested.token, now)?.status).toBe("cancelled");
  });

  it("cannot cancel a booking that is already completed", async () => {
    const creator = await makeUser("creator");
    saveAvailability(creator.id, everyDay);
    const now = new Date("2026-12-02T12:00:00Z");
    const { booking, token } = request(creator, "2026-12-20", now);
    actOnBooking(booking.id, creator, { action: "confirm" }, now);
    const done = new Date("2026-12-21T12:00:00Z");
    actOnBooking(booking.id, creator, { action: "complete" }, done);
    expect(cancelByClient(token, creator, done)).toMatchObject({ ok: false, status: 409 });
  });
});
