import { describe, expect, it } from "vitest";
import { saveAvailability } from "~/models/bookings/availability.server";
import { actOnBooking, requestBooking } from "~/models/bookings/bookings.server";
import {
  blockDates,
  calendarEntries,
  completeItem,
  createShootFromBooking,
  createUpload,
  listBlockedDates,
  unblockDate,
} from "~/models/calendar/calendar.server";
import { makeUser, uniqueEmail } from "../utils";

const now = new Date("2026-12-02T12:00:00Z");

describe("calendar", () => {
  it("blocks a range day by day, keeps the private reason, and unblocks one day of it", async () => {
    const creator = await makeUser("creator");
    expect(blockDates(creator.id, "2026-12-30", "2027-01-02", "New year")).toBe(4);
    expect(blockDates(creator.id, "2026-12-31", undefined, "again")).toBe(0);
    unblockDate(creator.id, "2027-01-01");
    expect(listBlockedDates(creator.id, "2026-12-01").map((b) => [b.date, b.reason])).toEqual([
      ["2026-12-30", "New year"],
      ["2026-12-31", "New year"],
      ["2027-01-02", "New year"],
    ]);
  });

  it("combines bookings, shoots, uploads and blocked days; a shoot can be made from a confirmed booking only, once", async () => {
    const creator = await makeUser("creator");
    const other = await makeUser("creator");
    saveAvailability(creator.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 3,
    });
    const { booking } = requestBooking(
      creator,
      {
        date: "2026-12-12",
        startTime: "10:00",
        customRequest: "Portraits",
        name: "Lea",
        email: uniqueEmail("c"),
        message: "Family portraits please",
        budget: 300,
      },
      "http://x",
      now,
    );
    expect(createShootFromBooking(creator.id, booking.id)).toEqual({
      error: "Only confirmed bookings can become shoots.",
    });
    expect(createShootFromBooking(other.id, booking.id)).toBeNull();
    actOnBooking(booking.id, creator, { action: "confirm" }, now);
    const made = createShootFromBooking(creator.id, booking.id);
    const again = createShootFromBooking(creator.id, booking.id);
    const shootOf = (r: typeof made) => (r && "shoot" in r ? r.shoot : undefined);
    expect(shootOf(made)?.amountCents).toBe(30000);
    expect(shootOf(again)?.id).toBe(shootOf(made)?.id);
    expect(shootOf(made)?.id).toBeTruthy();
    const upload = createUpload(creator.id, {
      title: "Reel",
      date: "2026-12-13",
      platform: "Instagram",
      contentType: "Reel",
      startTime: undefined,
      brand: undefined,
      campaign: undefined,
      notes: undefined,
    });
    blockDates(creator.id, "2026-12-14", undefined, "Rest");
    expect(completeItem("upload", upload.id, other.id)).toBe(false);
    expect(completeItem("upload", upload.id, creator.id)).toBe(true);
    const entries = calendarEntries(creator.id, "2026-12-01", "2026-12-31");
    expect(entries.map((e) => [e.kind, e.date, e.status])).toEqual([
      ["booking", "2026-12-12", "confirmed"],
      ["shoot", "2026-12-12", "planned"],
      ["upload", "2026-12-13", "completed"],
      ["blocked", "2026-12-14", "blocked"],
    ]);
    // What each kind adds: the booking's time and client, the upload's platform, the block's reason.
    expect(entries[0]).toMatchObject({ time: "10:00", title: "Booking: Lea" });
    expect(entries[1]).toMatchObject({ kind: "shoot", time: "10:00" });
    expect(entries[2]).toMatchObject({ title: "Reel", platform: "Instagram", time: null });
    expect(entries[2]).not.toHaveProperty("location");
    expect(entries[3]).toMatchObject({ title: "Blocked: Rest" });
    expect(calendarEntries(other.id, "2026-12-01", "2026-12-31")).toEqual([]);
  });
});
