import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { Agenda, MonthGrid, monthEntry, type MonthEntry } from "~/components/calendar/month-grid";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { getAvailability } from "~/models/bookings/availability.server";
import {
  daysInMonth,
  formatMonth,
  isCalendarMonth,
  shiftMonth,
  todayIn,
} from "~/models/bookings/dates";
import { calendarEntries } from "~/models/calendar/calendar.server";
import { liveFeed, regenerateFeed, revokeFeed } from "~/models/calendar/feeds.server";
import { redirectShowingOnce, takeShownOnce } from "~/utils/shown-once.server";
import { requireCreator } from "~/utils/require-creator.server";
import { formatDateTime } from "~/utils/format";
import { getOrigin } from "~/utils/url.server";

export const meta: MetaFunction = () => [{ title: "Calendar · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const today = todayIn(getAvailability(user.id).timeZone);
  const requested = new URL(request.url).searchParams.get("month") ?? "";
  // Anything but a month of the calendar's years (a typo, 0050-02, 10000-01) shows this month.
  const month = isCalendarMonth(requested) ? requested : today.slice(0, 7);
  const days = daysInMonth(month);
  const byDay: Record<string, MonthEntry[]> = {};
  for (const e of calendarEntries(user.id, days[0]!, days[days.length - 1]!))
    (byDay[e.date] ??= []).push(monthEntry(e));
  // The feed URL made by the last post, shown once (it came through the redirect in a cookie).
  const { shown, headers } = await takeShownOnce(request, user.id, (key) => key === "feed");
  return data(
    { month, days, entries: byDay, today, feed: liveFeed(user.id), feedUrl: shown?.url ?? null },
    headers ? { headers } : undefined,
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCreator(request);
  const intent = (await request.formData()).get("intent");
  // Back to the month the creator was looking at; a reload of the page then posts nothing again.
  const month = new URL(request.url).searchParams.get("month") ?? "";
  const back = (feed: string) =>
    `/dashboard/calendar?${isCalendarMonth(month) ? `month=${month}&` : ""}feed=${feed}`;
  if (intent === "feed") {
    const url = `${getOrigin(request)}/calendar/${regenerateFeed(user.id)}.ics`;
    return redirectShowingOnce(back("created"), { userId: user.id, key: "feed", url });
  }
  if (intent === "revoke-feed") {
    revokeFeed(user.id);
    return redirect(back("revoked"));
  }
  throw new Response("Unknown action.", { status: 400 });
}

export default function CalendarPage() {
  const { month, days, entries, today, feed, feedUrl } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Calendar</h1>
        <div className="flex gap-2 text-sm">
          <Link to={`/dashboard/calendar/${today}`} className="btn-primary px-3 py-1">
            Add to today
          </Link>
          <Link to="/dashboard/availability" className="btn-secondary px-3 py-1">
            Availability
          </Link>
        </div>
      </div>
      <nav aria-label="Months" className="flex items-center justify-between">
        <MonthLink month={shiftMonth(month, -1)} rel="prev" />
        <h2 className="text-lg font-semibold">{formatMonth(month)}</h2>
        <MonthLink month={shiftMonth(month, 1)} rel="next" />
      </nav>
      <MonthGrid days={days} entries={entries} today={today} />
      <Agenda days={days} entries={entries} />
      <p className="text-xs text-slate-500">
        Open a day to add a shoot or an upload, or to block it.
      </p>
      <section aria-labelledby="feed-title" className="card space-y-3">
        <h2 id="feed-title" className="font-semibold">
          Subscribe in your calendar app
        </h2>
        {params.get("feed") === "revoked" ? (
          <p role="status" className="text-sm text-green-800">
            The feed URL was revoked; calendar apps using it stop updating.
          </p>
        ) : null}
        {params.get("feed") === "created" && !feedUrl ? (
          <p role="status" className="text-sm text-green-800">
            A new feed URL was made and shown once. Did not copy it? Make a new one.
          </p>
        ) : null}
        {feedUrl ? (
          <div className="space-y-1">
            <label htmlFor="feed-url" className="label">
              Your private feed URL (shown once: copy it into Google Calendar, Apple Calendar or
              Outlook)
            </label>
            <input
              id="feed-url"
              readOnly
              value={feedUrl}
              className="input font-mono text-xs"
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
        ) : feed ? (
          <p className="text-sm text-slate-700">
            A private feed URL is active since {formatDateTime(feed.createdAt)}. Lost it, or shared
            it by mistake? Make a new one: the old one stops working.
          </p>
        ) : (
          <p className="text-sm text-slate-700">
            Get a secret URL that calendar apps can subscribe to (bookings, shoots, uploads and
            blocked dates).
          </p>
        )}
        <Form method="post" className="flex flex-wrap gap-2">
          <SubmitButton
            name="intent"
            value="feed"
            className="btn-secondary"
            pendingText="Creating…"
          >
            {feed || feedUrl ? "Make a new feed URL" : "Create a feed URL"}
          </SubmitButton>
          {feed ? (
            <SubmitButton
              name="intent"
              value="revoke-feed"
              className="btn-danger"
              pendingText="Revoking…"
            >
              Revoke the feed URL
            </SubmitButton>
          ) : null}
        </Form>
      </section>
    </div>
  );
}

/** A link to the month before or after; none past the calendar's first or last month. */
function MonthLink({ month, rel }: { month: string; rel: "prev" | "next" }) {
  // An empty box keeps the month's name centred.
  if (!isCalendarMonth(month)) return <span className="w-24" />;
  return (
    <Link to={`/dashboard/calendar?month=${month}`} className="btn-secondary px-3 py-1" rel={rel}>
      {rel === "prev" ? `← ${formatMonth(month)}` : `${formatMonth(month)} →`}
    </Link>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
