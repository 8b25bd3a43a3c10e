import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Pager } from "~/components/bookings/pager";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { getAvailability } from "~/models/bookings/availability.server";
import { formatLongDate } from "~/models/bookings/dates";
import { listConversations } from "~/models/messages/conversations.server";
import { requireUser } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Messages · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, { role: ["creator", "brand"] });
  const page = Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1;
  const timeZone = user.role === "creator" ? getAvailability(user.id).timeZone : "UTC";
  return { timeZone, ...listConversations(user.id, page) };
}

const preview = (body: string, max = 140) => (body.length > max ? `${body.slice(0, max)}…` : body);

export default function Messages() {
  const { rows, page, pageCount, timeZone } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Messages</h1>
      <p className="text-slate-600">
        Conversations about your deals, bookings and inquiries, latest first. Start one from a deal,
        a booking or an inquiry&apos;s page.
      </p>
      {rows.length === 0 ? (
        <div className="card text-center text-slate-600">
          No conversations yet. Open a{" "}
          <Link to="/dashboard/deals" className="link">
            deal
          </Link>
          , a booking or an inquiry and choose “Messages” to write to the other side.
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border" aria-label="Conversations">
          {rows.map((c) => {
            const href = c.dealId
              ? `/dashboard/deals/${c.dealId}/messages`
              : c.bookingId
                ? `/dashboard/bookings/${c.bookingId}/messages`
                : `/dashboard/inquiries/${c.inquiryId}/messages`;
            const about = c.dealId
              ? c.subject
              : c.bookingId
                ? `Booking on ${formatLongDate(c.subject)}`
                : `Inquiry: “${preview(c.subject, 60)}”`;
            return (
              <li key={href} className="space-y-1 p-3">
                <p className="flex flex-wrap items-center gap-2">
                  <Link to={href} className="link font-semibold">
                    {c.otherName}
                  </Link>
                  <span className="text-sm text-slate-600">{about}</span>
                  {c.unread > 0 ? (
                    <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">
                      {c.unread} new
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-700">
                  {c.lastSender === c.participant ? "You: " : ""}
                  {preview(c.lastBody)}
                </p>
                <p className="text-xs text-slate-500">
                  {formatDateTime(c.lastMessageAt, timeZone)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <Pager page={page} pageCount={pageCount} href={(p) => `/dashboard/messages?page=${p}`} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
