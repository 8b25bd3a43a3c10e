import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { budgetText } from "~/components/gigs/gig-summary";
import { GigTitle } from "~/components/gigs/gig-title";
import { StatusBadge } from "~/components/gigs/status-badge";
import { COMPARE_MAX } from "~/models/gigs/gig-schema";
import { listSavedGigs } from "~/models/gigs/saved.server";
import { requireCreator } from "~/utils/require-creator.server";

export const meta: MetaFunction = () => [{ title: "Saved gigs · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  return { rows: listSavedGigs(user.id) };
}

export default function SavedGigs() {
  const { rows } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Saved gigs</h1>
      {rows.length === 0 ? (
        <p className="card text-slate-600">
          Nothing saved yet. Save gigs from their page to compare them here.{" "}
          <Link to="/gigs" className="link">
            Browse gigs
          </Link>
        </p>
      ) : (
        <Form method="get" action="/dashboard/saved-gigs/compare" className="space-y-3">
          <p className="text-sm text-slate-600">
            Tick up to {COMPARE_MAX} gigs to compare them side by side.
          </p>
          <ul className="space-y-3">
            {rows.map((r) => (
              <li key={r.gigId} className="card flex items-start gap-3">
                <input
                  type="checkbox"
                  name="ids"
                  value={r.gigId}
                  aria-label={`Compare ${r.title}`}
                  className="mt-1"
                />
                <div className="flex-1">
                  <GigTitle
                    gig={{ id: r.gigId, title: r.title, status: r.status }}
                    className="font-semibold"
                  />{" "}
                  {r.status !== "published" ? <StatusBadge status={r.status} /> : null}
                  <p className="text-sm text-slate-600">
                    {r.brandName} · {budgetText(r)} · apply by {r.deadline}
                    {r.applied ? ` · you applied (${r.applied})` : ""}
                  </p>
                  {r.note ? (
                    <p className="mt-1 text-sm italic text-slate-700">Your note: {r.note}</p>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          <button type="submit" className="btn-primary">
            Compare selected
          </button>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
