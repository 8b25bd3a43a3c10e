import { and, asc, between, eq, sql } from "drizzle-orm";
import { cachedStatement, db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { bookings } from "~/db/schema/bookings";
import { blockedDates, shoots, uploads } from "~/db/schema/calendar";
import { getAvailability } from "../bookings/availability.server";
import { addDays, dateHasBegun, formatLongDate } from "../bookings/dates";
import { getCreatorCurrency } from "../portfolio/profiles.server";
import type { ShootInput, UploadInput } from "./calendar-schema";

export const MAX_BLOCK_RANGE_DAYS = 366;

/** Blocks every day from..to (inclusive); days already blocked keep their reason. Returns how many were added. */
export function blockDates(
  creatorId: string,
  from: string,
  to: string | undefined,
  reason?: string,
) {
  const last = to ?? from;
  const days: string[] = [];
  for (let d = from; d <= last && days.length < MAX_BLOCK_RANGE_DAYS; d = addDays(d, 1))
    days.push(d);
  return immediateTransaction(() => {
    let added = 0;
    for (const date of days) {
      added += db
        .insert(blockedDates)
        .values({ creatorId, date, reason: reason || null })
        .onConflictDoNothing()
        .run().changes;
    }
    return added;
  });
}

export function unblockDate(creatorId: string, date: string) {
  return db
    .delete(blockedDates)
    .where(and(eq(blockedDates.creatorId, creatorId), eq(blockedDates.date, date)))
    .run().changes;
}

const blockedDatesQuery = lazyPrepared(() =>
  db
    .select({ date: blockedDates.date, reason: blockedDates.reason })
    .from(blockedDates)
    .where(
      and(
        eq(blockedDates.creatorId, sql.placeholder("creatorId")),
        between(blockedDates.date, sql.placeholder("from"), "9999-12-31"),
      ),
    )
    .orderBy(asc(blockedDates.date))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

export function listBlockedDates(creatorId: string, from: string, limit = 100) {
  return blockedDatesQuery().all({ creatorId, from, limit });
}

const shootForBookingQuery = lazyPrepared(() =>
  db
    .select()
    .from(shoots)
    .where(eq(shoots.bookingId, sql.placeholder("bookingId")))
    .prepare(),
);

/** The shoot planned from a booking, if the creator made one. */
export function shootForBooking(bookingId: string) {
  return shootForBookingQuery().get({ bookingId }) ?? null;
}

/**
 * `currency`: what the amount is in; the creator's currency unless given (a booking's shoot keeps
 * the booking's).
 */
export function createShoot(
  creatorId: string,
  input: Omit<ShootInput, "intent">,
  bookingId?: string,
  currency: string = getCreatorCurrency(creatorId),
) {
  return db
    .insert(shoots)
    .values({
      creatorId,
      title: input.title,
      date: input.date,
      startTime: input.startTime ?? null,
      location: input.location ?? null,
      brand: input.brand ?? null,
      campaign: input.campaign ?? null,
      notes: input.notes ?? null,
      amountCents: input.amount === undefined ? null : Math.round(input.amount * 100),
      currency,
      bookingId: bookingId ?? null,
    })
    .returning()
    .get();
}

/** A shoot on the day of a confirmed booking of this creator; the existing one if already created. */
export function createShootFromBooking(creatorId: string, bookingId: string) {
  return immediateTransaction(() => {
    const booking = db
      .select()
      .from(bookings)
      .where(and(eq(bookings.id, bookingId), eq(bookings.creatorId, creatorId)))
      .get();
    if (!booking) return null;
    if (booking.status !== "confirmed" && booking.status !== "completed")
      return { error: "Only confirmed bookings can become shoots." } as const;
    const existing = shootForBooking(bookingId);
    if (existing) return { shoot: existing } as const;
    const shoot = createShoot(
      creatorId,
      {
        title: `${booking.packageName ?? "Shoot"} for ${booking.clientName}`.slice(0, 120),
        date: booking.date,
        startTime: booking.startTime ?? undefined,
        notes: booking.customRequest ?? undefined,
        amount: booking.budgetCents === null ? undefined : booking.budgetCents / 100,
        brand: undefined,
        campaign: undefined,
        location: undefined,
      },
      bookingId,
      booking.currency,
    );
    return { shoot } as const;
  });
}

export function createUpload(creatorId: string, input: Omit<UploadInput, "intent">) {
  return db
    .insert(uploads)
    .values({
      creatorId,
      title: input.title,
      date: input.date,
      startTime: input.startTime ?? null,
      platform: input.platform,
      contentType: input.contentType,
      brand: input.brand ?? null,
      campaign: input.campaign ?? null,
      notes: input.notes ?? null,
    })
    .returning()
    .get();
}

export function getShoot(id: string, creatorId: string) {
  return (
    db
      .select()
      .from(shoots)
      .where(and(eq(shoots.id, id), eq(shoots.creatorId, creatorId)))
      .get() ?? null
  );
}
export function getUpload(id: string, creatorId: string) {
  return (
    db
      .select()
      .from(uploads)
      .where(and(eq(uploads.id, id), eq(uploads.creatorId, creatorId)))
      .get() ?? null
  );
}

/** Completing a shoot whose day has not begun where the creator lives. */
export class ShootNotBegunError extends Error {
  constructor(date: string) {
    super(
      `This shoot is on ${formatLongDate(date)}: it can be marked completed from that day on, not before.`,
    );
  }
}

/**
 * Marks a shoot or upload completed. False when it is not this creator's. A completed shoot can be
 * reviewed (verified when a booking is behind it), so a shoot whose day has not begun where the
 * creator lives is refused (ShootNotBegunError, nothing written); an upload may go out early.
 */
export function completeItem(
  kind: "shoot" | "upload",
  id: string,
  creatorId: string,
  now = new Date(),
) {
  if (kind === "shoot") {
    const shoot = getShoot(id, creatorId);
    if (!shoot) return false;
    if (!dateHasBegun(shoot.date, getAvailability(creatorId).timeZone, now))
      throw new ShootNotBegunError(shoot.date);
  }
  const table = kind === "shoot" ? shoots : uploads;
  return (
    db
      .update(table)
      .set({ status: "completed", completedAt: now })
      .where(and(eq(table.id, id), eq(table.creatorId, creatorId)))
      .run().changes === 1
  );
}

export function deleteItem(kind: "shoot" | "upload", id: string, creatorId: string) {
  const table = kind === "shoot" ? shoots : uploads;
  return (
    db
      .delete(table)
      .where(and(eq(table.id, id), eq(table.creatorId, creatorId)))
      .run().changes === 1
  );
}

export type CalendarEntry =
  | {
      kind: "booking";
      id: string;
      date: string;
      time: string | null;
      /** How long the booking lasts, when the client gave a time and a length. */
      minutes?: number | null;
      title: string;
      status: string;
    }
  | {
      kind: "shoot";
      id: string;
      date: string;
      time: string | null;
      title: string;
      status: string;
      location: string | null;
    }
  | {
      kind: "upload";
      id: string;
      date: string;
      time: string | null;
      title: string;
      status: string;
      platform: string;
    }
  | { kind: "blocked"; id: string; date: string; time: null; title: string; status: "blocked" };

/**
 * Everything on the creator's calendar between two dates (inclusive), sorted by date and time. Three
 * prepared statements reading only the columns the calendar shows (a busy creator's month holds
 * hundreds of entries).
 */
export function calendarEntries(creatorId: string, from: string, to: string): CalendarEntry[] {
  const args = [creatorId, from, to];
  const b = (
    cachedStatement(
      `select id, date, start_time as time, duration_minutes as minutes, client_name as clientName, status
         from bookings where creator_id = ? and date between ? and ? and status in ('requested', 'confirmed', 'completed')`,
    ).all(...args) as {
      id: string;
      date: string;
      time: string | null;
      minutes: number | null;
      clientName: string;
      status: string;
    }[]
  ).map((r): CalendarEntry => ({
    kind: "booking",
    id: r.id,
    date: r.date,
    time: r.time,
    minutes: r.minutes,
    title: `Booking: ${r.clientName}`,
    status: r.status,
  }));
  // Shoots and uploads in one statement: the same columns but the one each adds (location, platform).
  const planned = (
    cachedStatement(
      `select 'shoot' as kind, id, date, start_time as time, title, status, location as detail
         from shoots where creator_id = @creatorId and date between @from and @to
       union all
       select 'upload', id, date, start_time, title, status, platform
         from uploads where creator_id = @creatorId and date between @from and @to`,
    ).all({ creatorId, from, to }) as {
      kind: "shoot" | "upload";
      id: string;
      date: string;
      time: string | null;
      title: string;
      status: string;
      detail: string | null;
    }[]
  ).map(({ detail, ...r }): CalendarEntry =>
    r.kind === "shoot"
      ? { ...r, kind: "shoot", location: detail }
      : { ...r, kind: "upload", platform: detail ?? "" },
  );
  const bl = (
    cachedStatement(
      "select id, date, reason from blocked_dates where creator_id = ? and date between ? and ?",
    ).all(...args) as { id: string; date: string; reason: string | null }[]
  ).map((r): CalendarEntry => ({
    kind: "blocked",
    id: r.id,
    date: r.date,
    time: null,
    title: r.reason ? `Blocked: ${r.reason}` : "Blocked",
    status: "blocked",
  }));
  return [...bl, ...b, ...planned].sort(
    (x, y) => x.date.localeCompare(y.date) || (x.time ?? "").localeCompare(y.time ?? ""),
  );
}
