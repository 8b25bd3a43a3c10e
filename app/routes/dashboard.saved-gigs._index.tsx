import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { budgetText } from "~/components/gigs/gig-summary";
import { GigTitle } from "~/components/gigs/gig-title";
import { StatusBadge } from "~/components/gigs/status-badge";
import { COMPARE_MAX } from "~/models/gigs/gig-schema";
import { listSavedGigs, unsaveGig } from "~/models/gigs/saved.server";
import { requireCreator } from "~/utils/require-creator.server";

export const meta: MetaFunction = () => [{ title: "Saved gigs · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  return { rows: listSavedGigs(user.id) };
}

/**
 * Removes one gig from the list. Here and not only on the gig's page, because a saved gig can be
 * unavailable (its brand suspended, decision 037): its page is a 404, so it has no other way out.
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCreator(request);
  const gigId = String((await request.formData()).get("remove") ?? "").trim();
  if (!gigId) return data({ error: "Choose a gig to remove." }, { status: 400 });
  // Removing what is not (or no longer) saved changes nothing: the list is as asked either way.
  unsaveGig(user.id, gigId);
  return redirect("/dashboard/saved-gigs?removed=1");
}

export default function SavedGigs() {
  const { rows } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Saved gigs</h1>
      {params.get("removed") === "1" ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Removed from your saved gigs.
        </p>
      ) : null}
      {actionData?.error ? (
        <p role="alert" className="text-sm text-red-700">
          {actionData.error}
        </p>
      ) : null}
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
                {r.unavailable ? (
                  // Nothing to compare: keeps the titles in line with the ticked ones.
                  <span className="mt-1 inline-block w-[13px]" aria-hidden="true" />
                ) : (
                  <input
                    type="checkbox"
                    name="ids"
                    value={r.gigId}
                    aria-label={`Compare ${r.title}`}
                    className="mt-1"
                  />
                )}
                <div className="flex-1">
                  {r.unavailable ? (
                    <>
                      <span className="font-semibold">{r.title}</span>
                      <p className="text-sm text-slate-600">This gig is no longer available.</p>
                    </>
                  ) : (
                    <>
                      <GigTitle
                        gig={{ id: r.gigId, title: r.title, status: r.status }}
                        className="font-semibold"
                      />{" "}
                      {r.status !== "published" ? <StatusBadge status={r.status} /> : null}
                      <p className="text-sm text-slate-600">
                        {r.brandName} · {budgetText(r)} · apply by {r.deadline}
                        {r.applied ? ` · you applied (${r.applied})` : ""}
                      </p>
                    </>
                  )}
                  {r.note ? (
                    <p className="mt-1 text-sm italic text-slate-700">Your note: {r.note}</p>
                  ) : null}
                </div>
                {/* Posts the removal form below: a form cannot hold a form, and a button of the
                    compare form would be its default (Enter would remove a gig). */}
                <button
                  type="submit"
                  form="remove-saved-gig"
                  name="remove"
                  value={r.gigId}
                  className="btn-secondary text-sm"
                >
                  Remove<span className="sr-only"> {r.title}</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="submit" className="btn-primary">
            Compare selected
          </button>
        </Form>
      )}
      {rows.length ? <Form id="remove-saved-gig" method="post" hidden /> : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
