import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { budgetText, whereText } from "~/components/gigs/gig-summary";
import { GigTitle } from "~/components/gigs/gig-title";
import { StatusBadge } from "~/components/gigs/status-badge";
import { COMPARE_MAX } from "~/models/gigs/gig-schema";
import { compareSavedGigs } from "~/models/gigs/saved.server";
import { requireCreator } from "~/utils/require-creator.server";

export const meta: MetaFunction = () => [{ title: "Compare gigs · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const url = new URL(request.url);
  const ids = url.searchParams
    .getAll("ids")
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  return { rows: compareSavedGigs(user.id, ids), tooMany: new Set(ids).size > COMPARE_MAX };
}

export default function CompareGigs() {
  const { rows, tooMany } = useLoaderData<typeof loader>();
  const line = (label: string, f: (r: (typeof rows)[number]) => React.ReactNode) => (
    <tr className="border-b align-top">
      <th scope="row" className="py-2 pr-4 text-left text-sm text-slate-500">
        {label}
      </th>
      {rows.map((r) => (
        <td key={r.gigId} className="py-2 pr-4 text-sm">
          {f(r)}
        </td>
      ))}
    </tr>
  );
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link to="/dashboard/saved-gigs" className="link">
          ← Saved gigs
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Compare gigs</h1>
      {tooMany ? (
        <p className="text-sm text-amber-800">
          You can compare up to {COMPARE_MAX} gigs; showing the first {COMPARE_MAX}.
        </p>
      ) : null}
      {rows.length < 2 ? (
        <p className="card text-slate-600">Pick at least two saved gigs to compare.</p>
      ) : null}
      {rows.length ? (
        <div className="overflow-x-auto">
          <table className="w-full">
            <thead>
              <tr className="border-b">
                <th />
                {rows.map((r) => (
                  <th key={r.gigId} scope="col" className="py-2 pr-4 text-left">
                    <GigTitle gig={{ id: r.gigId, title: r.title, status: r.status }} />
                    {r.status === "cancelled" ? (
                      <>
                        {" "}
                        <StatusBadge status={r.status} />
                      </>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {line("Brand", (r) => r.brandName)}
              {line("Budget", (r) => budgetText(r))}
              {line("Where", (r) => whereText(r))}
              {line("Apply by", (r) => r.deadline)}
              {line("Creators wanted", (r) => r.creatorsWanted)}
              {line("Applicants", (r) => r.applicants)}
              {line("Status", (r) => r.status.replace("_", " "))}
              {line("You applied", (r) => r.applied ?? "No")}
              {line("Your note", (r) => r.note || "—")}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
