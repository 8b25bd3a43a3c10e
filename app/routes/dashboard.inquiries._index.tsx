import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ReactNode } from "react";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InboxCount, INBOX_COUNT_ID } from "~/components/inbox-count";
import { listInquiries, type InboxFilter } from "~/models/inquiries/inquiries.server";
import { getAvailability } from "~/models/bookings/availability.server";
import { requireCreator } from "~/utils/require-creator.server";
import { formatDateTime, formatMoney } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Inquiries · Gigfolio" }];

const FILTERS: { value: InboxFilter; label: string }[] = [
  { value: "open", label: "Inbox" },
  { value: "new", label: "Unread" },
  { value: "archived", label: "Archived" },
];

/** What an empty list says: only an inbox that never received anything says "no inquiries yet". */
function emptyMessage(filter: InboxFilter, hasAny: boolean) {
  switch (filter) {
    case "open":
      return hasAny
        ? "No open inquiries. Archived ones are under Archived."
        : "No inquiries yet. Share your portfolio link to get some.";
    case "new":
      return "No unread inquiries.";
    case "read":
      return "No read inquiries.";
    case "archived":
      return "Nothing archived.";
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const url = new URL(request.url);
  const status = url.searchParams.get("status");
  const filter: InboxFilter = FILTERS.some((f) => f.value === status)
    ? (status as InboxFilter)
    : "open";
  const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
  const { timeZone } = getAvailability(user.id);
  return { filter, timeZone, ...listInquiries(user.id, filter, page) };
}

export default function InquiriesInbox() {
  const { filter, timeZone, rows, page, pageCount, total, hasAny } = useLoaderData<typeof loader>();
  // Where a status change brings the creator back: this page of this filter.
  const back = `/dashboard/inquiries?status=${filter}&page=${page}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Inquiries</h1>
      <nav aria-label="Inbox filters" className="flex gap-2">
        {FILTERS.map((f) => (
          <Link
            key={f.value}
            to={`/dashboard/inquiries?status=${f.value}`}
            aria-current={filter === f.value ? "page" : undefined}
            className={filter === f.value ? "btn-primary px-3 py-1" : "btn-secondary px-3 py-1"}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <div className="card text-center text-slate-600">{emptyMessage(filter, hasAny)}</div>
      ) : (
        <>
          <InboxCount total={total} one="inquiry" many="inquiries" />
          <ul className="space-y-3" aria-labelledby={INBOX_COUNT_ID}>
            {rows.map((inquiry) => (
              <li
                key={inquiry.id}
                className="card flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between"
              >
                <div className="min-w-0">
                  <p className="font-semibold">
                    {inquiry.status === "new" ? (
                      <span className="mr-2 rounded bg-brand-600 px-1.5 py-0.5 text-xs text-white">
                        New
                      </span>
                    ) : null}
                    <Link to={`/dashboard/inquiries/${inquiry.id}`} className="link">
                      {inquiry.name}
                    </Link>{" "}
                    <span className="font-normal text-slate-500">&lt;{inquiry.email}&gt;</span>
                  </p>
                  <p className="mt-1 line-clamp-2 text-sm text-slate-700">{inquiry.message}</p>
                  <p className="mt-1 text-xs text-slate-500">
                    {formatDateTime(inquiry.createdAt, timeZone)}
                    {inquiry.budgetCents !== null
                      ? ` · Budget ${formatMoney(inquiry.budgetCents, inquiry.currency)}`
                      : ""}
                  </p>
                </div>
                <div className="flex shrink-0 gap-2">
                  {inquiry.status === "new" ? (
                    <StatusButton id={inquiry.id} intent="read" back={back}>
                      Mark read
                    </StatusButton>
                  ) : null}
                  {inquiry.status !== "archived" ? (
                    <StatusButton id={inquiry.id} intent="archived" back={back}>
                      Archive
                    </StatusButton>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pagination" className="flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link
              to={`/dashboard/inquiries?status=${filter}&page=${page - 1}`}
              className="link"
              rel="prev"
            >
              ← Newer
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link
              to={`/dashboard/inquiries?status=${filter}&page=${page + 1}`}
              className="link"
              rel="next"
            >
              Older →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}

/** One status change for an inquiry, posted to its page (works without JavaScript). */
function StatusButton({
  id,
  intent,
  back,
  children,
}: {
  id: string;
  intent: "read" | "archived";
  back: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" action={`/dashboard/inquiries/${id}`}>
      <input type="hidden" name="redirectTo" value={back} />
      <button type="submit" name="intent" value={intent} className="btn-secondary px-3 py-1">
        {children}
      </button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
