import { and, between, count, eq, inArray } from "drizzle-orm";
import { db } from "~/db/client.server";
import { availabilitySettings, blockedDates, bookings } from "~/db/schema";
import { creatorProfiles } from "~/db/schema/portfolio";
import {
  DEFAULT_AVAILABILITY,
  nextAvailableDates,
  unavailableReason,
  type AvailabilitySettings,
  type DayLoad,
} from "./availability-rules";
import { addDays, todayIn } from "./dates";

/** Statuses that hold a slot on the day. */
export const SLOT_HOLDING = ["requested", "confirmed", "completed"] as const;

export function getAvailability(creatorId: string): AvailabilitySettings {
  const row = db
    .select()
    .from(availabilitySettings)
    .where(eq(availabilitySettings.creatorId, creatorId))
    .get();
  if (row)
    return {
      timeZone: row.timeZone,
      workingDays: row.workingDays,
      minNoticeDays: row.minNoticeDays,
      maxBookingsPerDay: row.maxBookingsPerDay,
      cancelNoticeHours: row.cancelNoticeHours,
    };
  // Until the creator saves availability, their profile's time zone applies with the defaults.
  const profile = db
    .select({ timeZone: creatorProfiles.timeZone })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.userId, creatorId))
    .get();
  return { ...DEFAULT_AVAILABILITY, timeZone: profile?.timeZone || DEFAULT_AVAILABILITY.timeZone };
}

/** Saves the creator's availability; a cancellation notice left out keeps the one stored (48 h at first). */
export function saveAvailability(
  creatorId: string,
  settings: Omit<AvailabilitySettings, "cancelNoticeHours"> & { cancelNoticeHours?: number },
) {
  db.insert(availabilitySettings)
    .values({ creatorId, ...settings, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: availabilitySettings.creatorId,
      set: { ...settings, updatedAt: new Date() },
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
    db
      .select({ date: blockedDates.date })
      .from(blockedDates)
      .where(and(eq(blockedDates.creatorId, creatorId), between(blockedDates.date, from, to)))
      .all()
      .map((r) => r.date),
  );
  const rows = db
    .select({ date: bookings.date, id: bookings.id })
    .from(bookings)
    .where(
      and(
        eq(bookings.creatorId, creatorId),
        between(bookings.date, from, to),
        inArray(bookings.status, [...SLOT_HOLDING]),
      ),
    )
    .all();
  const counts = new Map<string, number>();
  for (const r of rows)
    if (r.id !== excludeBookingId) counts.set(r.date, (counts.get(r.date) ?? 0) + 1);
  return { blocked, bookedCount: (date) => counts.get(date) ?? 0 };
}

export function countBookingsOn(creatorId: string, date: string) {
  return (
    db
      .select({ n: count() })
      .from(bookings)
      .where(
        and(
          eq(bookings.creatorId, creatorId),
          eq(bookings.date, date),
          inArray(bookings.status, [...SLOT_HOLDING]),
        ),
      )
      .get()?.n ?? 0
  );
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
  const settings = getAvailability(creatorId);
  const today = todayIn(settings.timeZone, now);
  return nextAvailableDates(settings, loadDays(creatorId, today, addDays(today, 366)), count, now);
}

/** Per-day availability for a month, for the month picker (true = can be requested). */
export function monthAvailability(creatorId: string, days: string[], now = new Date()) {
  const settings = getAvailability(creatorId);
  if (!days.length) return {};
  const load = loadDays(creatorId, days[0]!, days[days.length - 1]!);
  return Object.fromEntries(
    days.map((d) => [d, unavailableReason(settings, d, load, now) === null]),
  );
}
