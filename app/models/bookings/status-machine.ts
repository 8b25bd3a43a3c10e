import type { BookingStatus } from "~/db/schema/bookings";

export type BookingAction = "confirm" | "decline" | "propose" | "cancel" | "complete";

/** Which action is allowed from which status, and where it leads. Anything else is refused. */
const TRANSITIONS: Record<BookingAction, { from: readonly BookingStatus[]; to: BookingStatus }> = {
  confirm: { from: ["requested"], to: "confirmed" },
  decline: { from: ["requested"], to: "declined" },
  propose: { from: ["requested"], to: "requested" },
  cancel: { from: ["requested", "confirmed"], to: "cancelled" },
  complete: { from: ["confirmed"], to: "completed" },
};

export function nextStatus(current: BookingStatus, action: BookingAction): BookingStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(current) ? t.to : null;
}

export function allowedActions(current: BookingStatus): BookingAction[] {
  return (Object.keys(TRANSITIONS) as BookingAction[]).filter((a) =>
    TRANSITIONS[a].from.includes(current),
  );
}

export const STATUS_LABELS: Record<BookingStatus, string> = {
  requested: "Requested",
  confirmed: "Confirmed",
  declined: "Declined",
  cancelled: "Cancelled",
  completed: "Completed",
};

/** What the client is told once the creator's cancellation notice has passed. */
export function tooLateToCancel(cancelNoticeHours: number) {
  return cancelNoticeHours === 0
    ? "It is too late to cancel online (the booking has started)."
    : `It is too late to cancel online (less than ${cancelNoticeHours} ${cancelNoticeHours === 1 ? "hour" : "hours"} before the booking).`;
}
