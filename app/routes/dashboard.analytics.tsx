import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ViewsChart } from "~/components/analytics/views-chart";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { creatorAnalytics } from "~/models/analytics/creator-analytics.server";
import { ANALYTICS_PERIODS, parsePeriod } from "~/models/analytics/periods";
import { formatLongDate } from "~/models/bookings/dates";
import { getProfileLink } from "~/models/portfolio/profiles.server";
import { requireCreator } from "~/utils/require-creator.server";
import { formatMoney } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Analytics · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const days = parsePeriod(new URL(request.url).searchParams.get("days"));
  return { profile: getProfileLink(user.id), stats: creatorAnalytics(user.id, days) };
}

const SOURCE_LABELS: Record<string, string> = {
  direct: "Direct (a shared link, a bookmark, an app)",
  search: "Gigfolio’s creator search and home page",
  referral: "Other sites, search engines included",
};

const percent = (value: number | null) => (value === null ? "–" : `${Math.round(value * 100)} %`);

function change(now: number, before: number) {
  if (before === 0) return now === 0 ? "the same as" : "up from none in";
  const delta = Math.round(((now - before) / before) * 100);
  if (delta === 0) return "the same as";
  return delta > 0 ? `up ${delta} % on` : `down ${-delta} % on`;
}

export default function AnalyticsPage() {
  const { profile, stats } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Analytics</h1>
        <nav aria-label="Period" className="flex gap-2 text-sm">
          {ANALYTICS_PERIODS.map((d) => (
            <Link
              key={d}
              to={`/dashboard/analytics?days=${d}`}
              aria-current={stats.days === d ? "page" : undefined}
              className={stats.days === d ? "btn-primary px-3 py-1" : "btn-secondary px-3 py-1"}
            >
              {d} days
            </Link>
          ))}
        </nav>
      </div>
      <p className="text-sm text-slate-600">
        {formatLongDate(stats.first)} to {formatLongDate(stats.last)} (days in UTC). Your own
        visits, bots and link previews are not counted.
      </p>
      {profile ? null : (
        <p className="card text-slate-700">
          You have no public page yet, so nobody can visit it.{" "}
          <Link to="/dashboard/profile" className="link">
            Set up your portfolio
          </Link>{" "}
          to get a link to share.
        </p>
      )}

      <section className="card space-y-3" aria-labelledby="views-title">
        <h2 id="views-title" className="font-semibold">
          Profile views
        </h2>
        <p>
          <span className="text-3xl font-bold tabular-nums">
            {stats.views.toLocaleString("en")}
          </span>{" "}
          <span className="text-sm text-slate-600">
            {change(stats.views, stats.previousViews)} the {stats.days} days before (
            {stats.previousViews.toLocaleString("en")})
          </span>
        </p>
        {stats.views === 0 ? (
          <p className="text-sm text-slate-600">
            No views in this period yet. Share your page’s link
            {profile ? (
              <>
                {" "}
                from{" "}
                <Link to="/dashboard/profile/share" className="link">
                  the share page
                </Link>
              </>
            ) : null}
            .
          </p>
        ) : null}
        <ViewsChart daily={stats.daily} title={`Profile views per day, last ${stats.days} days`} />
      </section>

      <div className="grid gap-4 md:grid-cols-2">
        <section className="card" aria-labelledby="sources-title">
          <h2 id="sources-title" className="font-semibold">
            Where visitors came from
          </h2>
          <table className="mt-3 w-full text-sm">
            <tbody>
              {stats.sources.map((s) => (
                <tr key={s.source}>
                  <th scope="row" className="py-1 text-left font-normal">
                    {SOURCE_LABELS[s.source] ?? s.source}
                  </th>
                  <td className="text-right tabular-nums">{s.views.toLocaleString("en")}</td>
                  <td className="w-16 text-right tabular-nums text-slate-500">
                    {percent(s.share)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="mt-4 text-sm font-semibold">Sites that sent the most visitors</h3>
          {stats.referrers.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">None in this period.</p>
          ) : (
            <ol className="mt-1 space-y-1 text-sm">
              {stats.referrers.map((r) => (
                <li key={r.host} className="flex justify-between gap-2">
                  <span className="truncate">{r.host}</span>
                  <span className="tabular-nums">{r.views.toLocaleString("en")}</span>
                </li>
              ))}
            </ol>
          )}
        </section>

        <section className="card" aria-labelledby="funnel-title">
          <h2 id="funnel-title" className="font-semibold">
            From visit to work
          </h2>
          <dl className="mt-3 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
            <dt>Inquiries received</dt>
            <dd className="text-right tabular-nums">{stats.inquiries}</dd>
            <dt>Booking requests received</dt>
            <dd className="text-right tabular-nums">{stats.bookingRequests}</dd>
            <dt>Contacts per 100 views</dt>
            <dd className="text-right tabular-nums">
              {stats.contactRate === null ? "–" : (stats.contactRate * 100).toFixed(1)}
            </dd>
            <dt>Booking requests confirmed (even if cancelled since)</dt>
            <dd className="text-right tabular-nums">
              {stats.bookingsAccepted} ({percent(stats.acceptRate)})
            </dd>
          </dl>
          <h3 className="mt-4 text-sm font-semibold">Earned from completed deals</h3>
          {stats.earnings.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">No deal completed in this period.</p>
          ) : (
            <ul className="mt-1 space-y-1 text-sm">
              {stats.earnings.map((e) => (
                <li key={e.currency} className="flex justify-between gap-2">
                  <span>
                    {e.deals} {e.deals === 1 ? "deal" : "deals"}
                  </span>
                  <span className="tabular-nums">{formatMoney(e.cents, e.currency)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
