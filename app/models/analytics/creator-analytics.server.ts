import { lazyStatement } from "~/db/client.server";
import { VIEW_SOURCES } from "~/db/schema/portfolio-extras";
import { addDays } from "../bookings/dates";
import type { AnalyticsPeriod } from "./periods";
import { utcDay } from "./view-queue.server";

// Read from the primary key (creator_id, day, source, referrer_host): one range per creator.
const viewsByDayStmt = lazyStatement(
  `select day, sum(count) as views from profile_views
    where creator_id = ? and day between ? and ? group by day`,
);
const viewsBySourceStmt = lazyStatement(
  `select source, sum(count) as views from profile_views
    where creator_id = ? and day between ? and ? group by source`,
);
const topReferrersStmt = lazyStatement(
  `select referrer_host as host, sum(count) as views from profile_views
    where creator_id = ? and day between ? and ? and referrer_host <> ''
    group by referrer_host order by views desc, host limit 10`,
);
const inquiriesStmt = lazyStatement(
  `select count(*) from inquiries where creator_id = ? and created_at >= ? and created_at < ?`,
);
// The period's requests, and how many of them the creator (or the client, accepting a proposed
// date) confirmed by `to`, read from the status history: a booking confirmed and cancelled since
// still counts, once, however often it went back and forth.
const bookingsStmt = lazyStatement(
  `select count(*) as requested,
          coalesce(sum(exists (select 1 from booking_status_history h
                                where h.booking_id = b.id and h.to_status = 'confirmed'
                                  and h.created_at < @to)), 0) as accepted
     from bookings b where b.creator_id = @creatorId and b.created_at >= @from and b.created_at < @to`,
);
const earningsStmt = lazyStatement(
  `select currency, sum(amount_cents) as cents, count(*) as deals from deals
    where creator_id = ? and status = 'completed' and completed_at >= ? and completed_at < ?
    group by currency order by cents desc`,
);

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * A creator's figures for the last `days` days up to today (UTC), and the views of the period
 * before for comparison. Every day of the period is in `daily`, those without views at 0.
 */
export function creatorAnalytics(creatorId: string, days: AnalyticsPeriod, now = new Date()) {
  const last = utcDay(now);
  const first = addDays(last, -(days - 1));
  const previousFirst = addDays(first, -days);
  const previousLast = addDays(first, -1);
  // Times are stored in milliseconds; the period runs from its first UTC midnight to now.
  const from = Date.parse(`${first}T00:00:00Z`);
  const to = now.getTime() + 1;

  const byDay = new Map(
    (viewsByDayStmt().all(creatorId, first, last) as { day: string; views: number }[]).map((r) => [
      r.day,
      r.views,
    ]),
  );
  const daily = Array.from({ length: days }, (_, i) => {
    const day = addDays(first, i);
    return { day, views: byDay.get(day) ?? 0 };
  });
  const views = daily.reduce((sum, d) => sum + d.views, 0);
  const previousViews = (
    viewsByDayStmt().all(creatorId, previousFirst, previousLast) as { views: number }[]
  ).reduce((sum, r) => sum + r.views, 0);

  const bySource = new Map(
    (viewsBySourceStmt().all(creatorId, first, last) as { source: string; views: number }[]).map(
      (r) => [r.source, r.views],
    ),
  );
  const sources = VIEW_SOURCES.map((source) => ({
    source,
    views: bySource.get(source) ?? 0,
    share: ratio(bySource.get(source) ?? 0, views),
  }));

  const inquiries = inquiriesStmt().pluck().get(creatorId, from, to) as number;
  const bookings = bookingsStmt().get({ creatorId, from, to }) as {
    requested: number;
    accepted: number;
  };
  const earnings = earningsStmt().all(creatorId, from, to) as {
    currency: string;
    cents: number;
    deals: number;
  }[];

  return {
    days,
    first,
    last,
    views,
    previousViews,
    daily,
    sources,
    referrers: topReferrersStmt().all(creatorId, first, last) as { host: string; views: number }[],
    inquiries,
    bookingRequests: bookings.requested,
    bookingsAccepted: bookings.accepted,
    /** Inquiries and booking requests per view: how often a visit turns into a contact. */
    contactRate: ratio(inquiries + bookings.requested, views),
    /** The share of the period's booking requests that were confirmed, even if cancelled since. */
    acceptRate: ratio(bookings.accepted, bookings.requested),
    earnings,
  };
}

export type CreatorAnalytics = ReturnType<typeof creatorAnalytics>;
