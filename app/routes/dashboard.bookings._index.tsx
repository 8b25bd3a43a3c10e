import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { StatusBadge } from "~/components/bookings/booking-history";
import { Pager } from "~/components/bookings/pager";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InboxCount, INBOX_COUNT_ID } from "~/components/inbox-count";
import { listBookings, type BookingFilter } from "~/models/bookings/bookings.server";
import { formatLongDate } from "~/models/bookings/dates";
import { requireCreator } from "~/utils/require-creator.server";

export const meta: MetaFunction = () => [{ title: "Bookings · Gigfolio" }];

const FILTERS: { value: BookingFilter; label: string }[] = [
  { value: "open", label: "To answer" },
  { value: "confirmed", label: "Confirmed" },
  { value: "completed", label: "Completed" },
  { value: "declined", label: "Declined" },
  { value: "cancelled", label: "Cancelled" },
  { value: "all", label: "All" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const url = new URL(request.url);
  const status = url.searchParams.get("status");
  const filter: BookingFilter = FILTERS.some((f) => f.value === status)
    ? (status as BookingFilter)
    : "open";
  const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
  return { filter, ...listBookings(user.id, filter, page) };
}

export default function BookingsList() {
  const { filter, rows, page, pageCount, total } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Bookings</h1>
        <div className="flex gap-2 text-sm">
          <Link to="/dashboard/availability" className="btn-secondary px-3 py-1">
            Availability
          </Link>
          <Link to="/dashboard/calendar" className="btn-secondary px-3 py-1">
            Calendar
          </Link>
        </div>
      </div>
      <nav aria-label="Booking filters" className="flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Link
            key={f.value}
            to={`/dashboard/bookings?status=${f.value}`}
            aria-current={filter === f.value ? "page" : undefined}
            className={filter === f.value ? "btn-primary px-3 py-1" : "btn-secondary px-3 py-1"}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <div className="card text-center text-slate-600">
          {filter === "open"
            ? "No booking requests waiting for you. Share your booking link: your page has a “Request a booking” button."
            : "No bookings here."}
        </div>
      ) : (
        <>
          <InboxCount total={total} one="booking" many="bookings" />
          <ul className="space-y-3" aria-labelledby={INBOX_COUNT_ID}>
            {rows.map((b) => (
              <li
                key={b.id}
                className="card flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between"
              >
                <div>
                  <p className="font-semibold">
                    <Link to={`/dashboard/bookings/${b.id}`} className="link">
                      {formatLongDate(b.date)}
                      {b.startTime ? ` ${b.startTime}` : ""} · {b.clientName}
                    </Link>
                  </p>
                  <p className="text-sm text-slate-600">{b.packageName ?? b.customRequest}</p>
                  {b.proposedDate ? (
                    <p className="text-xs text-slate-500">
                      You proposed {formatLongDate(b.proposedDate)}
                    </p>
                  ) : null}
                </div>
                <StatusBadge status={b.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      <Pager
        page={page}
        pageCount={pageCount}
        href={(p) => `/dashboard/bookings?status=${filter}&page=${p}`}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
