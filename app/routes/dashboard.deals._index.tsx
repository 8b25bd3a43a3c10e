import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { StatusBadge } from "~/components/gigs/status-badge";
import { listDealsFor } from "~/models/deals/deals.server";
import { requireUser } from "~/utils/auth.server";
import { formatMoney } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Deals · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, { role: ["brand", "creator"] });
  const side = user.role === "brand" ? "brand" : "creator";
  return { side, rows: listDealsFor(user.id, side) };
}

export default function Deals() {
  const { side, rows } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Deals</h1>
      {rows.length === 0 ? (
        <p className="card text-slate-600">
          No deals yet.{" "}
          {side === "creator"
            ? "Apply to gigs; accepted applications become deals."
            : "Accept an application to start a deal."}
        </p>
      ) : (
        <ul className="space-y-3">
          {rows.map((d) => (
            <li key={d.id} className="card flex flex-wrap items-center justify-between gap-2">
              <div>
                <Link to={`/dashboard/deals/${d.id}`} className="link font-semibold">
                  {d.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {side === "brand" ? d.creatorName : d.brandName} ·{" "}
                  {formatMoney(d.amountCents, d.currency)}
                  {d.status === "active" && d.nextDue
                    ? ` · next due ${d.nextDue}: ${d.nextTitle}`
                    : ""}
                </p>
                {d.status === "active" && side === "brand" && d.awaitingReview > 0 ? (
                  <p className="text-sm font-semibold text-amber-800">
                    {d.awaitingReview} to review
                  </p>
                ) : null}
                {d.status === "active" && side === "creator" && d.needsRevision > 0 ? (
                  <p className="text-sm text-slate-700">{d.needsRevision} to deliver</p>
                ) : null}
              </div>
              <StatusBadge status={d.status} />
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
