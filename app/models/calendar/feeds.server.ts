import { and, eq, isNull, sql } from "drizzle-orm";
import { createEvents, type EventAttributes } from "ics";
import { db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { calendarFeeds } from "~/db/schema/calendar";
import { generateToken, hashToken } from "~/utils/tokens.server";
import { getAvailability } from "../bookings/availability.server";
import { addDays, todayIn, zonedInstant } from "../bookings/dates";
import { calendarEntries, type CalendarEntry } from "./calendar.server";

/** Revokes the live feed (if any) and issues a new secret URL token. Only its hash is stored. */
export function regenerateFeed(creatorId: string, now = new Date()) {
  const { token, hash } = generateToken();
  immediateTransaction(() => {
    db.update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.creatorId, creatorId), isNull(calendarFeeds.revokedAt)))
      .run();
    db.insert(calendarFeeds).values({ creatorId, tokenHash: hash, createdAt: now }).run();
  });
  return token;
}

export function revokeFeed(creatorId: string, now = new Date()) {
  return db
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.creatorId, creatorId), isNull(calendarFeeds.revokedAt)))
    .run().changes;
}

const liveFeedQuery = lazyPrepared(() =>
  db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.creatorId, sql.placeholder("creatorId")),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .prepare(),
);

export function liveFeed(creatorId: string) {
  return liveFeedQuery().get({ creatorId }) ?? null;
}

/** The creator id behind a live feed token, or null (unknown or revoked). */
export function feedOwner(token: string) {
  const row = db
    .select({ creatorId: calendarFeeds.creatorId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), isNull(calendarFeeds.revokedAt)))
    .get();
  return row?.creatorId ?? null;
}

const toArray = (date: string) => date.split("-").map(Number) as [number, number, number];

/**
 * origin: links to the dashboard (the creator's feed); url: an explicit link instead (the client's
 * file). Times are the creator's wall-clock times in `timeZone`; they are written in UTC, so every
 * calendar app shows them at the right moment wherever its owner is (no VTIMEZONE needed).
 */
export function entryToEvent(
  e: CalendarEntry,
  origin: string | null,
  url: string | undefined,
  timeZone: string,
): EventAttributes {
  const [y, m, d] = toArray(e.date);
  const base = {
    uid: `${e.kind}-${e.id}@gigfolio`,
    title: e.title,
    url:
      url ??
      (e.kind === "booking"
        ? `${origin}/dashboard/bookings/${e.id}`
        : `${origin}/dashboard/calendar/${e.date}`),
    status:
      e.kind === "booking" && e.status === "requested"
        ? ("TENTATIVE" as const)
        : ("CONFIRMED" as const),
    ...(e.kind === "shoot" && e.location ? { location: e.location } : {}),
  };
  if (e.time) {
    const at = zonedInstant(e.date, e.time, timeZone);
    const minutes = (e.kind === "booking" && e.minutes) || 60;
    return {
      ...base,
      start: [
        at.getUTCFullYear(),
        at.getUTCMonth() + 1,
        at.getUTCDate(),
        at.getUTCHours(),
        at.getUTCMinutes(),
      ],
      startInputType: "utc",
      startOutputType: "utc",
      duration: { hours: Math.floor(minutes / 60), minutes: minutes % 60 },
    };
  }
  const [ny, nm, nd] = toArray(addDays(e.date, 1));
  return { ...base, start: [y, m, d], end: [ny, nm, nd] };
}

/** The creator's calendar from 90 days ago to a year ahead (in their time zone) as an iCalendar document. */
export function buildFeed(creatorId: string, origin: string, now = new Date()) {
  const { timeZone } = getAvailability(creatorId);
  const today = todayIn(timeZone, now);
  const entries = calendarEntries(creatorId, addDays(today, -90), addDays(today, 366));
  const { error, value } = createEvents(
    entries.map((e) => entryToEvent(e, origin, undefined, timeZone)),
    { calName: "Gigfolio", productId: "gigfolio/ics" },
  );
  if (error || value === undefined) throw error ?? new Error("Could not build the calendar");
  return value;
}

/** One entry of `creatorId`'s calendar as an iCalendar document (the client's copy of a booking). */
export function buildSingleEvent(
  entry: CalendarEntry,
  creatorId: string,
  origin: string | null,
  url?: string,
) {
  const { timeZone } = getAvailability(creatorId);
  const { error, value } = createEvents([entryToEvent(entry, origin, url, timeZone)], {
    productId: "gigfolio/ics",
  });
  if (error || value === undefined) throw error ?? new Error("Could not build the event");
  return value;
}
