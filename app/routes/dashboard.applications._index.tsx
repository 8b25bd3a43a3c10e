import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { StatusBadge } from "~/components/gigs/status-badge";
import { listMyApplications } from "~/models/gigs/applications.server";
import { requireCreator } from "~/utils/require-creator.server";
import { formatMoney } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "My applications · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  return { rows: listMyApplications(user.id), me: user.id };
}

export default function MyApplications() {
  const { rows, me } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">My applications</h1>
      {rows.length === 0 ? (
        <p className="card text-slate-600">
          You have not applied to a gig yet.{" "}
          <Link to="/gigs" className="link">
            Browse gigs
          </Link>
        </p>
      ) : (
        <ul className="space-y-3">
          {rows.map((r) => (
            <li key={r.id} className="card flex flex-wrap items-center justify-between gap-2">
              <div>
                <Link to={`/dashboard/applications/${r.id}`} className="link font-semibold">
                  {r.gigTitle}
                </Link>
                <p className="text-sm text-slate-600">
                  {r.brandName} · you proposed {formatMoney(r.proposedCents, r.currency)}
                  {r.pendingOfferFrom && r.pendingOfferFrom !== me
                    ? " · an offer is waiting for your answer"
                    : ""}
                </p>
              </div>
              <div className="flex items-center gap-3">
                <StatusBadge status={r.status} />
                {r.dealId ? (
                  <Link to={`/dashboard/deals/${r.dealId}`} className="link text-sm">
                    Deal
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
