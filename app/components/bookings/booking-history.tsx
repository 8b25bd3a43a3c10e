import type { BookingStatus } from "~/db/schema/bookings";
import { STATUS_LABELS } from "~/models/bookings/status-machine";
import { formatDateTime } from "~/utils/format";

type Entry = {
  id: string;
  fromStatus: string | null;
  toStatus: string;
  actorKind: string;
  note: string | null;
  createdAt: string | Date;
};

const label = (s: string) => STATUS_LABELS[s as BookingStatus] ?? s;

/** The status history of a booking: who did what, when. */
export function BookingHistory({
  history,
  creatorName,
  timeZone,
}: {
  history: Entry[];
  creatorName: string;
  /** The creator's time zone, which the booking's dates are in. */
  timeZone?: string;
}) {
  return (
    <section aria-labelledby="history-title" className="card">
      <h2 id="history-title" className="font-semibold">
        History
      </h2>
      <ol className="mt-2 space-y-2 text-sm text-slate-700">
        {history.map((h) => (
          <li key={h.id}>
            <span className="text-slate-500">{formatDateTime(h.createdAt, timeZone)}</span> ·{" "}
            {h.fromStatus === null
              ? "Requested by the client"
              : h.fromStatus === h.toStatus
                ? h.actorKind === "client"
                  ? "The client turned down the proposed date"
                  : `${creatorName} proposed another date`
                : `${label(h.fromStatus)} → ${label(h.toStatus)} by ${h.actorKind === "client" ? "the client" : creatorName}`}
            {h.note ? <span className="block pl-4 text-slate-600">“{h.note}”</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function StatusBadge({ status }: { status: BookingStatus }) {
  const colors: Record<BookingStatus, string> = {
    requested: "bg-amber-100 text-amber-900",
    confirmed: "bg-green-100 text-green-900",
    declined: "bg-slate-200 text-slate-800",
    cancelled: "bg-slate-200 text-slate-800",
    completed: "bg-brand-100 text-brand-900",
  };
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${colors[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
