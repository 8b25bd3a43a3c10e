import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { db, immediateTransaction, lazyPrepared, lazyStatement } from "~/db/client.server";
import { bookings, bookingStatusHistory, type BookingStatus } from "~/db/schema/bookings";
import { shoots } from "~/db/schema/calendar";
import { createId } from "~/db/schema/columns";
import { BADGE_CAP } from "~/utils/badge";
import { generateToken, hashToken } from "~/utils/tokens.server";
import { getUserById } from "../accounts/users.server";
import { queueEmail } from "../email/outbox.server";
import { notify } from "../notifications/notify.server";
import { creatorPublicName, getProfileLink } from "../portfolio/profiles.server";
import { UNAVAILABLE_MESSAGES, type Unavailable } from "./availability-rules";
import { checkDate, getAvailability } from "./availability.server";
import type { BookingRequestInput } from "./booking-schema";
import { dateHasBegun, formatLongDate, zonedInstant } from "./dates";
import { nextStatus, STATUS_LABELS, tooLateToCancel, type BookingAction } from "./status-machine";

export const BOOKINGS_PAGE_SIZE = 20;
const MANAGE_LINK_TTL_MS = 400 * 24 * 60 * 60 * 1000;

export type Creator = { id: string; email: string; displayName: string };

/**
 * The creator as their clients know them: by their page's name, not the account's (which the
 * creator may change in the settings to something only they use); the account's without a page.
 * Every email to a client and the client's own pages name the creator this way.
 */
function asClientsKnow(creator: Creator): Creator {
  return {
    id: creator.id,
    email: creator.email,
    displayName: creatorPublicName(creator.id, creator.displayName),
  };
}

/**
 * The creator of a booking as its client sees them (their page's name), with the page's slug to
 * link to unless the page is private; null when the account is gone.
 */
export function creatorForClient(creatorId: string) {
  const account = getUserById(creatorId);
  if (!account) return null;
  const profile = getProfileLink(creatorId);
  return {
    creator: asClientsKnow(account),
    slug: profile && profile.visibility !== "private" ? profile.slug : null,
  };
}

export class DateUnavailableError extends Error {
  constructor(public reason: Unavailable) {
    super(UNAVAILABLE_MESSAGES[reason]);
  }
}

// Prepared once; ids and times are bound per row (a default function would run once, at prepare).
const requestQueries = lazyPrepared(() => ({
  booking: db
    .insert(bookings)
    .values({
      id: sql.placeholder("id"),
      creatorId: sql.placeholder("creatorId"),
      date: sql.placeholder("date"),
      startTime: sql.placeholder("startTime"),
      durationMinutes: sql.placeholder("durationMinutes"),
      packageId: sql.placeholder("packageId"),
      packageName: sql.placeholder("packageName"),
      customRequest: sql.placeholder("customRequest"),
      clientName: sql.placeholder("clientName"),
      clientEmail: sql.placeholder("clientEmail"),
      clientPhone: sql.placeholder("clientPhone"),
      message: sql.placeholder("message"),
      budgetCents: sql.placeholder("budgetCents"),
      currency: sql.placeholder("currency"),
      manageTokenHash: sql.placeholder("manageTokenHash"),
      manageTokenExpiresAt: sql.placeholder("manageTokenExpiresAt"),
      createdAt: sql.placeholder("createdAt"),
      updatedAt: sql.placeholder("createdAt"),
    })
    .returning()
    .prepare(),
  history: db
    .insert(bookingStatusHistory)
    .values({
      id: sql.placeholder("id"),
      bookingId: sql.placeholder("bookingId"),
      fromStatus: null,
      toStatus: "requested",
      actorKind: "client",
      createdAt: sql.placeholder("createdAt"),
    })
    .prepare(),
}));

/**
 * Checks the date and inserts in one BEGIN IMMEDIATE transaction: two requests for the last free
 * slot are serialised, and the second one sees the first one's row.
 */
export function requestBooking(
  creator: Creator,
  input: BookingRequestInput & { packageName?: string | null; currency?: string },
  origin: string,
  now = new Date(),
) {
  const { token, hash } = generateToken();
  const creatorName = asClientsKnow(creator).displayName;
  const row = immediateTransaction(() => {
    const reason = checkDate(creator.id, input.date, now);
    if (reason) throw new DateUnavailableError(reason);
    const q = requestQueries();
    // The request's own moment (the caller's clock), so its history sorts before what follows.
    const createdAt = now;
    const booking = q.booking.get({
      id: createId(),
      creatorId: creator.id,
      date: input.date,
      startTime: input.startTime ?? null,
      durationMinutes: input.durationMinutes ?? null,
      packageId: input.packageId ?? null,
      packageName: input.packageName ?? null,
      customRequest: input.customRequest ?? null,
      clientName: input.name,
      clientEmail: input.email.toLowerCase(),
      clientPhone: input.phone ?? null,
      message: input.message,
      budgetCents: input.budget === undefined ? null : Math.round(input.budget * 100),
      currency: input.currency ?? "USD",
      manageTokenHash: hash,
      manageTokenExpiresAt: new Date(now.getTime() + MANAGE_LINK_TTL_MS),
      createdAt,
    })!;
    q.history.run({ id: createId(), bookingId: booking.id, createdAt });
    queueEmail({
      to: booking.clientEmail,
      kind: "booking-requested",
      subject: `Your booking request with ${creatorName}`,
      text: `Hi ${input.name},\n\nYour request for ${formatLongDate(input.date)} was sent to ${creatorName}. You will get an email when they answer.\n\nSee or cancel your booking at any time (keep this link private):\n${origin}/booking/${token}\n`,
    });
    const asked = `${input.name} asked to book you on ${formatLongDate(input.date)}${input.startTime ? ` at ${input.startTime}` : ""}.`;
    notify(
      {
        userId: creator.id,
        type: "booking_request",
        title: `New booking request for ${formatLongDate(input.date)}`,
        body: asked,
        path: `/dashboard/bookings/${booking.id}`,
        email: {
          kind: "booking-received",
          text: `${input.name} <${booking.clientEmail}> asked to book you on ${formatLongDate(input.date)}${input.startTime ? ` at ${input.startTime}` : ""}.\n\n${input.message}\n\nAnswer it in your dashboard: ${origin}/dashboard/bookings/${booking.id}\n`,
        },
      },
      now,
    );
    return booking;
  });
  return { booking: row, token };
}

export type BookingFilter = BookingStatus | "all" | "open";

const bookingListColumns = {
  id: bookings.id,
  date: bookings.date,
  startTime: bookings.startTime,
  clientName: bookings.clientName,
  packageName: bookings.packageName,
  customRequest: bookings.customRequest,
  status: bookings.status,
  proposedDate: bookings.proposedDate,
};

/**
 * The inbox's queries, prepared once per shape (every bookings page and the dashboard badge run them):
 * all bookings, or one status; open and requested ones soonest first (on one date, the request that
 * has waited longest first), the rest latest first. Both orders are read from
 * bookings_creator_status_date_idx, forwards or backwards, without sorting.
 */
function inboxQueries(byStatus: boolean, soonestFirst: boolean) {
  const where = byStatus
    ? and(
        eq(bookings.creatorId, sql.placeholder("creatorId")),
        eq(bookings.status, sql.placeholder("status")),
      )
    : eq(bookings.creatorId, sql.placeholder("creatorId"));
  return {
    count: db.select({ n: count() }).from(bookings).where(where).prepare(),
    page: db
      .select(bookingListColumns)
      .from(bookings)
      .where(where)
      .orderBy(
        ...(soonestFirst
          ? [asc(bookings.date), asc(bookings.createdAt)]
          : [desc(bookings.date), desc(bookings.createdAt)]),
      )
      .limit(sql.placeholder("limit"))
      .offset(sql.placeholder("offset"))
      .prepare(),
  };
}
const inboxShapes = {
  all: lazyPrepared(() => inboxQueries(false, false)),
  soonest: lazyPrepared(() => inboxQueries(true, true)),
  latest: lazyPrepared(() => inboxQueries(true, false)),
};

export function listBookings(creatorId: string, filter: BookingFilter = "open", page = 1) {
  const status = filter === "open" ? "requested" : filter;
  const queries =
    filter === "all"
      ? inboxShapes.all()
      : status === "requested"
        ? inboxShapes.soonest()
        : inboxShapes.latest();
  const total = queries.count.get({ creatorId, status })?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / BOOKINGS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = queries.page.all({
    creatorId,
    status,
    limit: BOOKINGS_PAGE_SIZE,
    offset: (current - 1) * BOOKINGS_PAGE_SIZE,
  });
  return { rows, total, page: current, pageCount };
}

// The dashboard's badge, on every dashboard page: bounded (app/utils/badge.ts).
const pendingQuery = lazyStatement(
  `select count(*) as n from (select 1 from bookings where creator_id = ? and status = 'requested' limit ${BADGE_CAP})`,
);

/** The creator's booking requests to answer, counted up to BADGE_CAP (the badge then reads "99+"). */
export function countPendingBookings(creatorId: string) {
  return (pendingQuery().get(creatorId) as { n: number }).n;
}

const bookingQueries = lazyPrepared(() => ({
  history: db
    .select()
    .from(bookingStatusHistory)
    .where(eq(bookingStatusHistory.bookingId, sql.placeholder("bookingId")))
    .orderBy(asc(bookingStatusHistory.createdAt))
    .prepare(),
  ofCreator: db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.id, sql.placeholder("bookingId")),
        eq(bookings.creatorId, sql.placeholder("creatorId")),
      ),
    )
    .prepare(),
  byTokenHash: db
    .select()
    .from(bookings)
    .where(eq(bookings.manageTokenHash, sql.placeholder("hash")))
    .prepare(),
}));

function historyOf(bookingId: string) {
  return bookingQueries().history.all({ bookingId });
}

/** The booking only when it is this creator's; null otherwise (a 404). */
export function getBookingForCreator(id: string, creatorId: string) {
  const booking = bookingQueries().ofCreator.get({ bookingId: id, creatorId });
  if (!booking) return null;
  return { ...booking, history: historyOf(id) };
}

/** The booking behind a manage link; null for unknown or expired links. */
export function getBookingByToken(token: string, now = new Date()) {
  const booking = bookingQueries().byTokenHash.get({ hash: hashToken(token) });
  if (!booking || booking.manageTokenExpiresAt.getTime() < now.getTime()) return null;
  return { ...booking, history: historyOf(booking.id) };
}

export class TransitionError extends Error {}

/** Completing a booking whose day has not begun where the creator lives: the work cannot be done yet. */
export class TooEarlyToCompleteError extends TransitionError {
  constructor(date: string) {
    super(
      `This booking is on ${formatLongDate(date)}: it can be marked as completed from that day on, not before.`,
    );
  }
}

type ActionInput = { action: BookingAction; note?: string; reason?: string; proposedDate?: string };

function clientEmailFor(
  action: BookingAction,
  booking: { clientName: string; date: string },
  creatorName: string,
  input: ActionInput,
) {
  const when = formatLongDate(booking.date);
  switch (action) {
    case "confirm":
      return {
        subject: `${creatorName} confirmed your booking`,
        text: `Good news: ${creatorName} confirmed your booking on ${when}.`,
      };
    case "decline":
      return {
        subject: `${creatorName} declined your booking request`,
        text: `${creatorName} cannot take your booking on ${when}.\n\nReason: ${input.reason}`,
      };
    case "propose":
      return {
        subject: `${creatorName} proposed another date`,
        text: `${creatorName} cannot do ${when} but proposed ${formatLongDate(input.proposedDate!)} instead.${input.note ? `\n\n${input.note}` : ""}\n\nOpen the link from your first email to accept the new date.`,
      };
    case "cancel":
      return {
        subject: `${creatorName} cancelled your booking`,
        text: `${creatorName} cancelled your booking on ${when}.${input.note ? `\n\n${input.note}` : ""}`,
      };
    case "complete":
      return {
        subject: `Your booking with ${creatorName} is complete`,
        text: `${creatorName} marked your booking on ${when} as completed. Thank you!`,
      };
  }
}

/**
 * The creator changes a booking. Refuses transitions the status machine does not allow and proposed
 * dates that are not available. Returns null when the booking is not this creator's.
 */
export function actOnBooking(
  bookingId: string,
  creator: Creator,
  input: ActionInput,
  now = new Date(),
) {
  return immediateTransaction(() => {
    const booking = db
      .select()
      .from(bookings)
      .where(and(eq(bookings.id, bookingId), eq(bookings.creatorId, creator.id)))
      .get();
    if (!booking) return null;
    const to = nextStatus(booking.status, input.action);
    if (!to)
      throw new TransitionError(
        `A ${STATUS_LABELS[booking.status].toLowerCase()} booking cannot be changed that way.`,
      );
    // Completed work earns a verified review: not before the booking's day, in the creator's zone.
    if (
      input.action === "complete" &&
      !dateHasBegun(booking.date, getAvailability(creator.id).timeZone, now)
    )
      throw new TooEarlyToCompleteError(booking.date);
    if (input.action === "propose") {
      if (input.proposedDate === booking.date) throw new DateUnavailableError("invalid");
      const reason = checkDate(creator.id, input.proposedDate!, now, booking.id);
      // The creator may propose a day they blocked or do not usually work; not a past or full one.
      if (reason === "past" || reason === "full" || reason === "invalid")
        throw new DateUnavailableError(reason);
    }
    db.update(bookings)
      .set({
        status: to,
        updatedAt: now,
        ...(input.action === "decline" ? { declineReason: input.reason } : {}),
        ...(input.action === "propose"
          ? { proposedDate: input.proposedDate }
          : { proposedDate: null }),
      })
      .where(eq(bookings.id, booking.id))
      .run();
    const note =
      input.action === "decline"
        ? input.reason
        : input.action === "propose"
          ? `Proposed ${formatLongDate(input.proposedDate!)}${input.note ? `: ${input.note}` : ""}`
          : input.note;
    db.insert(bookingStatusHistory)
      .values({
        bookingId: booking.id,
        fromStatus: booking.status,
        toStatus: to,
        actorKind: "creator",
        actorUserId: creator.id,
        note: note || null,
        createdAt: now,
      })
      .run();
    if (to === "cancelled" || to === "declined") removePlannedShoots(booking.id);
    const email = clientEmailFor(input.action, booking, asClientsKnow(creator).displayName, input);
    queueEmail({
      to: booking.clientEmail,
      kind: `booking-${input.action}`,
      subject: email.subject,
      text: `Hi ${booking.clientName},\n\n${email.text}\n`,
    });
    return { ...booking, status: to };
  });
}

/**
 * A cancelled or declined booking takes the shoot planned for it off the creator's calendar (and
 * the feed); a completed shoot stays, since the work was done.
 */
function removePlannedShoots(bookingId: string) {
  db.delete(shoots)
    .where(and(eq(shoots.bookingId, bookingId), eq(shoots.status, "planned")))
    .run();
}

/**
 * Until when the client may still cancel online (the creator's cancellation notice, 48 hours unless
 * they chose another, before the booking starts where the creator is), and what they are told after.
 */
export function clientCancelPolicy(booking: {
  creatorId: string;
  date: string;
  startTime: string | null;
}) {
  const { timeZone, cancelNoticeHours } = getAvailability(booking.creatorId);
  const starts = zonedInstant(booking.date, booking.startTime, timeZone).getTime();
  return {
    deadline: new Date(starts - cancelNoticeHours * 60 * 60 * 1000),
    tooLate: tooLateToCancel(cancelNoticeHours),
  };
}

export type ClientResult = { ok: true } | { ok: false; message: string; status: number };

/** The client cancels through the manage link, before the cutoff. */
export function cancelByClient(token: string, creator: Creator, now = new Date()): ClientResult {
  return immediateTransaction(() => {
    const booking = getBookingByToken(token, now);
    if (!booking || booking.creatorId !== creator.id)
      return { ok: false, status: 404, message: "This booking link is not valid." };
    if (!nextStatus(booking.status, "cancel"))
      return {
        ok: false,
        status: 409,
        message: `This booking is ${booking.status} and can no longer be cancelled.`,
      };
    const policy = clientCancelPolicy(booking);
    if (booking.status === "confirmed" && now.getTime() > policy.deadline.getTime()) {
      return {
        ok: false,
        status: 409,
        message: `${policy.tooLate} Contact the creator directly.`,
      };
    }
    db.update(bookings)
      .set({ status: "cancelled", proposedDate: null, updatedAt: now })
      .where(eq(bookings.id, booking.id))
      .run();
    removePlannedShoots(booking.id);
    db.insert(bookingStatusHistory)
      .values({
        bookingId: booking.id,
        fromStatus: booking.status,
        toStatus: "cancelled",
        actorKind: "client",
        note: null,
        createdAt: now,
      })
      .run();
    notify(
      {
        userId: creator.id,
        type: "booking_client_update",
        title: `${booking.clientName} cancelled the booking on ${formatLongDate(booking.date)}`,
        body: `${booking.clientName} cancelled their booking on ${formatLongDate(booking.date)}. The date is free again.`,
        path: `/dashboard/bookings/${booking.id}`,
        email: {
          kind: "booking-cancelled-by-client",
          text: `${booking.clientName} cancelled their booking on ${formatLongDate(booking.date)}. The date is free again.`,
        },
      },
      now,
    );
    return { ok: true };
  });
}

/**
 * The booking behind a manage link with a date the creator proposed and the client has not answered
 * yet, or why the client cannot answer one: an unknown link (or another creator's) is a 404, no
 * proposal open a 409 saying there is none to `verb`.
 */
function openProposal(
  token: string,
  creator: Creator,
  now: Date,
  verb: string,
):
  | { booking: NonNullable<ReturnType<typeof getBookingByToken>> & { proposedDate: string } }
  | { refused: ClientResult } {
  const booking = getBookingByToken(token, now);
  if (!booking || booking.creatorId !== creator.id)
    return { refused: { ok: false, status: 404, message: "This booking link is not valid." } };
  const { proposedDate } = booking;
  if (booking.status !== "requested" || !proposedDate)
    return {
      refused: { ok: false, status: 409, message: `There is no proposed date to ${verb}.` },
    };
  return { booking: { ...booking, proposedDate } };
}

/** The client accepts the date the creator proposed: the booking moves there, confirmed, if it is still free. */
export function acceptProposal(token: string, creator: Creator, now = new Date()): ClientResult {
  return immediateTransaction(() => {
    const open = openProposal(token, creator, now, "accept");
    if ("refused" in open) return open.refused;
    const { booking } = open;
    const reason = checkDate(creator.id, booking.proposedDate, now, booking.id);
    if (reason === "past" || reason === "full")
      return {
        ok: false,
        status: 409,
        message: "The proposed date is no longer available. Contact the creator.",
      };
    db.update(bookings)
      .set({ status: "confirmed", date: booking.proposedDate, proposedDate: null, updatedAt: now })
      .where(eq(bookings.id, booking.id))
      .run();
    db.insert(bookingStatusHistory)
      .values({
        bookingId: booking.id,
        fromStatus: "requested",
        toStatus: "confirmed",
        actorKind: "client",
        note: `Client accepted ${booking.proposedDate}`,
        createdAt: now,
      })
      .run();
    notify(
      {
        userId: creator.id,
        type: "booking_client_update",
        title: `${booking.clientName} accepted ${formatLongDate(booking.proposedDate)}`,
        body: `${booking.clientName} accepted your proposed date, ${formatLongDate(booking.proposedDate)}. The booking is confirmed.`,
        path: `/dashboard/bookings/${booking.id}`,
        email: {
          kind: "booking-proposal-accepted",
          text: `${booking.clientName} accepted your proposed date, ${formatLongDate(booking.proposedDate)}. The booking is confirmed.`,
        },
      },
      now,
    );
    return { ok: true };
  });
}

/**
 * The client turns down the date the creator proposed and keeps the request for its own date: the
 * proposal is withdrawn, the booking stays requested, and the creator is told, to confirm, decline
 * or propose again.
 */
export function declineProposal(token: string, creator: Creator, now = new Date()): ClientResult {
  return immediateTransaction(() => {
    const open = openProposal(token, creator, now, "turn down");
    if ("refused" in open) return open.refused;
    const { booking } = open;
    db.update(bookings)
      .set({ proposedDate: null, updatedAt: now })
      .where(eq(bookings.id, booking.id))
      .run();
    db.insert(bookingStatusHistory)
      .values({
        bookingId: booking.id,
        fromStatus: "requested",
        toStatus: "requested",
        actorKind: "client",
        note: `Turned down ${formatLongDate(booking.proposedDate)}; keeps ${formatLongDate(booking.date)}`,
        createdAt: now,
      })
      .run();
    const turnedDown = `${booking.clientName} turned down your proposed date, ${formatLongDate(booking.proposedDate)}, and keeps the request for ${formatLongDate(booking.date)}. Confirm it, decline it or propose another date from your dashboard.`;
    notify(
      {
        userId: creator.id,
        type: "booking_client_update",
        title: `${booking.clientName} cannot make ${formatLongDate(booking.proposedDate)}`,
        body: turnedDown,
        path: `/dashboard/bookings/${booking.id}`,
        email: { kind: "booking-proposal-declined", text: turnedDown },
      },
      now,
    );
    return { ok: true };
  });
}
