import { dateFormat } from "~/utils/intl";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** Calendar dates are YYYY-MM-DD strings in the creator's time zone; these helpers never shift them. */
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH_RE = /^\d{4}-\d{2}$/;

/**
 * The helpers below work on the date string as a UTC midnight: a calendar date has no zone, so UTC
 * arithmetic is exact (no daylight-saving day is 23 or 25 hours long) and cheap. The booking picker
 * checks a year of dates per page, where date-fns' parseISO and format cost 5–10 µs a call.
 */
const utcMidnight = (date: string) => new Date(`${date}T00:00:00Z`);

export function isValidDate(value: string) {
  if (!DATE_RE.test(value)) return false;
  const d = utcMidnight(value);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function isValidTimeZone(tz: string) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Today's date where the creator lives. */
export function todayIn(timeZone: string, now: Date = new Date()) {
  return format(new TZDate(now.getTime(), timeZone), "yyyy-MM-dd");
}

/**
 * Whether a calendar date has begun where the creator lives (its midnight there has passed). Work on
 * a date that has not begun cannot have been done: it cannot be marked completed, nor reviewed.
 */
export function dateHasBegun(date: string, timeZone: string, now: Date = new Date()) {
  return todayIn(timeZone, now) >= date;
}

export function addDays(date: string, days: number) {
  const d = utcMidnight(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: string) {
  return utcMidnight(date).getUTCDay() || 7;
}

/** The UTC instant at which a local date (and optional HH:MM) starts in the given time zone. */
export function zonedInstant(date: string, time: string | null | undefined, timeZone: string) {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = (time ?? "00:00").split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timeZone).getTime());
}

export function monthOf(date: string) {
  return date.slice(0, 7);
}

/**
 * The years the calendar pages show and link to. Four-digit years only (a year past 9999 has no
 * YYYY-MM form), and none of the years 0–99 that Date.UTC would read as 1900–1999.
 */
export const FIRST_CALENDAR_YEAR = 2000;
export const LAST_CALENDAR_YEAR = 2999;

const inCalendarYears = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_CALENDAR_YEAR && year <= LAST_CALENDAR_YEAR;
};

/** A YYYY-MM month the calendar shows: a real month of a year in the calendar's range. */
export function isCalendarMonth(value: string) {
  if (!MONTH_RE.test(value) || !inCalendarYears(value)) return false;
  const month = Number(value.slice(5));
  return month >= 1 && month <= 12;
}

/** A real YYYY-MM-DD date of a year in the calendar's range. */
export function isCalendarDate(value: string) {
  return isValidDate(value) && inCalendarYears(value);
}

/** A UTC date for year/month/day as given: Date.UTC would turn the years 0–99 into 1900–1999. */
function utcDate(year: number, monthIndex: number, day: number) {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
}

export function shiftMonth(month: string, delta: number) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = utcDate(y, m - 1 + delta, 1);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function daysInMonth(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const count = utcDate(y, m, 0).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
}

const longDates = new Map<string, string>();

/** "Sat, 5 Dec 2026". Lists print the same dates on every request: each is formatted once. */
export function formatLongDate(date: string) {
  let text = longDates.get(date);
  if (text === undefined) {
    text = dateFormat("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${date}T00:00:00Z`));
    // Bounded: a date is 10 characters, so 5,000 of them are well under a megabyte.
    if (longDates.size >= 5_000) longDates.clear();
    longDates.set(date, text);
  }
  return text;
}

export function formatMonth(month: string) {
  return dateFormat("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${month}-01T00:00:00Z`));
}

export const WEEKDAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;
