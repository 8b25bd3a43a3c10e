import { cachedStatement, db } from "~/db/client.server";
import { availabilitySettings } from "~/db/schema";
import {
  DEFAULT_AVAILABILITY,
  availabilityChecker,
  nextAvailableDates,
  unavailableReason,
  type AvailabilitySettings,
  type DayLoad,
} from "./availability-rules";
import { addDays, todayIn } from "./dates";
import { currentTimeZoneName } from "~/utils/time-zones.server";

/** Statuses that hold a slot on the day. */
export const SLOT_HOLDING = ["requested", "confirmed", "completed"] as const;

export function getAvailability(creatorId: string): AvailabilitySettings {
  // Read up to three times by the booking page: one prepared statement, no query building.
  const row = cachedStatement(
    `select time_zone as timeZone, working_days as workingDays, min_notice_days as minNoticeDays,
        max_bookings_per_day as maxBookingsPerDay, cancel_notice_hours as cancelNoticeHours
       from availability_settings where creator_id = ?`,
  ).get(creatorId) as AvailabilitySettings | undefined;
  // A zone saved under its old name (Europe/Kiev) reads as its current one (Europe/Kyiv), which the
  // page's list offers.
  if (row) return { ...row, timeZone: currentTimeZoneName(row.timeZone) };
  // Until the creator saves availability, their profile's time zone applies with the defaults.
  const profile = cachedStatement(
    "select time_zone as timeZone from creator_profiles where user_id = ?",
  ).get(creatorId) as { timeZone: string } | undefined;
  return {
    ...DEFAULT_AVAILABILITY,
    timeZone: currentTimeZoneName(profile?.timeZone || DEFAULT_AVAILABILITY.timeZone),
  };
}

/** Saves the creator's availability; a cancellation notice left out keeps the one stored (48 h at first). */
export function saveAvailability(
  creatorId: string,
  settings: Omit<AvailabilitySettings, "cancelNoticeHours"> & { cancelNoticeHours?: number },
) {
  const stored = { ...settings, timeZone: currentTimeZoneName(settings.timeZone) };
  db.insert(availabilitySettings)
    .values({ creatorId, ...stored, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: availabilitySettings.creatorId,
      set: { ...stored, updatedAt: new Date() },
    })
    .run();
}

/** Blocked days and booking counts for a date range (inclusive), read in one go. */
export function loadDays(
  creatorId: string,
  from: string,
  to: string,
  excludeBookingId?: string,
): DayLoad {
  const blocked = new Set(
    (
      cachedStatement(
        "select date from blocked_dates where creator_id = ? and date between ? and ?",
      ).all(creatorId, from, to) as { date: string }[]
    ).map((r) => r.date),
  );
  const slotHolding = SLOT_HOLDING.map((status) => `'${status}'`).join(", ");
  const counts = new Map<string, number>();
  if (excludeBookingId === undefined) {
    // Counted from an index alone (creator, date and status are all in it): no booking row is read.
    const rows = cachedStatement(
      `select date, count(*) as n from bookings
        where creator_id = ? and status in (${slotHolding}) and date between ? and ? group by date`,
    ).all(creatorId, from, to) as { date: string; n: number }[];
    for (const r of rows) counts.set(r.date, (counts.get(r.date) ?? 0) + r.n);
  } else {
    const rows = cachedStatement(
      `select date from bookings
        where creator_id = ? and status in (${slotHolding}) and date between ? and ? and id <> ?`,
    ).all(creatorId, from, to, excludeBookingId) as { date: string }[];
    for (const r of rows) counts.set(r.date, (counts.get(r.date) ?? 0) + 1);
  }
  return { blocked, bookedCount: (date) => counts.get(date) ?? 0 };
}

/** Re-checks one date against the database. Call inside the transaction that inserts. */
export function checkDate(
  creatorId: string,
  date: string,
  now = new Date(),
  excludeBookingId?: string,
) {
  const settings = getAvailability(creatorId);
  return unavailableReason(settings, date, loadDays(creatorId, date, date, excludeBookingId), now);
}

export function upcomingAvailableDates(creatorId: string, count = 10, now = new Date()) {
  return bookingPicker(creatorId, 0, count, now).nextDates;
}

/**
 * What the booking page offers: the next `count` requestable dates, and for each of the next
 * `pickerDays` days whether it can be requested (the month picker). One read of the creator's
 * settings and one of the year's bookings, checked against one "today".
 */
export function bookingPicker(
  creatorId: string,
  pickerDays: number,
  count: number,
  now = new Date(),
) {
  const settings = getAvailability(creatorId);
  const today = todayIn(settings.timeZone, now);
  const load = loadDays(creatorId, today, addDays(today, Math.max(366, pickerDays)));
  const check = availabilityChecker(settings, load, now);
  const available: Record<string, boolean> = {};
  for (let i = 0, date = today; i < pickerDays; i++, date = addDays(date, 1)) {
    available[date] = check(date) === null;
  }
  return {
    settings,
    today,
    nextDates: nextAvailableDates(settings, load, count, now),
    available,
  };
}
