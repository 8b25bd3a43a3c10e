import { addDays, isValidDate, isoWeekday, todayIn } from "./dates";

export type AvailabilitySettings = {
  timeZone: string;
  /** Bit 0 = Monday … bit 6 = Sunday. */
  workingDays: number;
  minNoticeDays: number;
  maxBookingsPerDay: number;
  /** How long before a booking starts the client may still cancel it online. */
  cancelNoticeHours: number;
};

/** What decides which dates can be requested. */
export type DateRules = Omit<AvailabilitySettings, "cancelNoticeHours">;

export const DEFAULT_AVAILABILITY: AvailabilitySettings = {
  timeZone: "UTC",
  workingDays: 0b0011111,
  minNoticeDays: 1,
  maxBookingsPerDay: 1,
  cancelNoticeHours: 48,
};

/** How far ahead visitors may request. */
export const BOOKING_HORIZON_DAYS = 365;

export type Unavailable =
  "invalid" | "past" | "notice" | "too-far" | "weekday" | "blocked" | "full";

export const UNAVAILABLE_MESSAGES: Record<Unavailable, string> = {
  invalid: "Enter a valid date",
  past: "This date is in the past",
  notice: "This date is too soon: the creator needs more notice",
  "too-far": "Requests can be made up to a year ahead",
  weekday: "The creator does not work on this day of the week",
  blocked: "The creator is not available on this date",
  full: "This date is fully booked",
};

export type DayLoad = { blocked: ReadonlySet<string>; bookedCount: (date: string) => number };

export function worksOn(settings: DateRules, date: string) {
  return (settings.workingDays & (1 << (isoWeekday(date) - 1))) !== 0;
}

/**
 * Why a date cannot be requested, or null when it can, for many dates with the same rules, load and
 * moment: "today" in the creator's zone (a time-zone conversion) and the window it opens are worked out
 * once, not once per date (the booking picker checks up to a year of dates per page).
 */
export function availabilityChecker(settings: DateRules, load: DayLoad, now: Date = new Date()) {
  const today = todayIn(settings.timeZone, now);
  const earliest = addDays(today, settings.minNoticeDays);
  const latest = addDays(today, BOOKING_HORIZON_DAYS);
  return (date: string): Unavailable | null => {
    if (!isValidDate(date)) return "invalid";
    if (date < today) return "past";
    if (date < earliest) return "notice";
    if (date > latest) return "too-far";
    if (!worksOn(settings, date)) return "weekday";
    if (load.blocked.has(date)) return "blocked";
    if (load.bookedCount(date) >= settings.maxBookingsPerDay) return "full";
    return null;
  };
}

/** Why a date cannot be requested, or null when it can. `now` decides "today" in the creator's zone. */
export function unavailableReason(
  settings: DateRules,
  date: string,
  load: DayLoad,
  now: Date = new Date(),
): Unavailable | null {
  return availabilityChecker(settings, load, now)(date);
}

/** The first `count` requestable dates, starting at the earliest the notice allows. */
export function nextAvailableDates(
  settings: DateRules,
  load: DayLoad,
  count: number,
  now: Date = new Date(),
) {
  const check = availabilityChecker(settings, load, now);
  const result: string[] = [];
  let date = addDays(todayIn(settings.timeZone, now), settings.minNoticeDays);
  for (
    let i = 0;
    i <= BOOKING_HORIZON_DAYS && result.length < count;
    i++, date = addDays(date, 1)
  ) {
    if (check(date) === null) result.push(date);
  }
  return result;
}
