import { invariantResponse } from "@epic-web/invariant";
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
import { StatusBadge, statusLabel } from "~/components/gigs/status-badge";
import { ErrorList } from "~/components/forms";
import {
  acceptApplication,
  GigNotOpenError,
  listApplicants,
  rejectApplication,
  shortlistApplication,
} from "~/models/gigs/applications.server";
import {
  changeGigStatus,
  gigCanComplete,
  GIG_ACTIONS,
  getGigHistory,
  type GigAction,
} from "~/models/gigs/gigs.server";
import {
  EDITABLE_GIG_STATUSES,
  GIG_TRANSITIONS,
  HIRING_GIG_STATUSES,
  IllegalTransitionError,
} from "~/models/gigs/state";
import { requireBrand } from "~/utils/require-brand.server";
import { formatDateTime, formatMoney } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.gig.title ?? "Gig"} · My gigs · Gigfolio` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireBrand(request);
  const found = listApplicants(params.gigId ?? "", user);
  invariantResponse(found, "Gig not found", { status: 404 });
  const { gig, rows } = found;
  const actions = (Object.keys(GIG_ACTIONS) as GigAction[]).filter(
    (a) =>
      GIG_TRANSITIONS[gig.status].includes(GIG_ACTIONS[a]) &&
      (a !== "complete" || gigCanComplete(gig.id)),
  );
  return {
    gig: { ...gig, publishedAt: gig.publishedAt?.getTime() ?? null },
    applicants: rows,
    actions,
    editable: EDITABLE_GIG_STATUSES.includes(gig.status),
    hiring: HIRING_GIG_STATUSES.includes(gig.status),
    history: getGigHistory(gig.id),
  };
}

const ACTION_LABELS: Record<GigAction, string> = {
  publish: "Publish",
  pause: "Pause",
  close: "Close applications",
  cancel: "Cancel gig",
  complete: "Mark completed",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireBrand(request);
  const gigId = params.gigId ?? "";
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const applicationId = String(form.get("applicationId") ?? "");
  try {
    if (intent in GIG_ACTIONS) {
      const done = changeGigStatus(gigId, user.id, intent as GigAction);
      invariantResponse(done, "Gig not found", { status: 404 });
      return redirect(`/dashboard/gigs/${gigId}?status=${done}`);
    }
    const mine = listApplicants(gigId, user);
    invariantResponse(mine, "Gig not found", { status: 404 });
    invariantResponse(
      mine.rows.some((r) => r.id === applicationId),
      "Application not found",
      { status: 404 },
    );
    if (intent === "shortlist") shortlistApplication(applicationId, user.id);
    else if (intent === "reject") {
      const message = String(form.get("message") ?? "").trim();
      if (message.length > 2000)
        return data(
          { error: "The message can be at most 2,000 characters.", applicationId },
          { status: 400 },
        );
      rejectApplication(applicationId, user.id, message || undefined);
    } else if (intent === "accept") {
      const deal = acceptApplication(applicationId, user.id);
      invariantResponse(deal, "Application not found", { status: 404 });
      return redirect(`/dashboard/deals/${deal.id}?started=1`);
    } else return data({ error: "Unknown action", applicationId: null }, { status: 400 });
    return redirect(`/dashboard/gigs/${gigId}#applicants`);
  } catch (error) {
    if (error instanceof IllegalTransitionError || error instanceof GigNotOpenError) {
      return data({ error: error.message, applicationId: applicationId || null }, { status: 409 });
    }
    throw error;
  }
}

export default function ManageGig() {
  const { gig, applicants, actions, editable, hiring, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link to="/dashboard/gigs" className="link">
          ← My gigs
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{gig.title}</h1>
        <StatusBadge status={gig.status} />
      </div>
      {params.get("created") ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Draft saved. Publish it when it is ready.
        </p>
      ) : null}
      {params.get("saved") ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Changes saved.
        </p>
      ) : null}
      {/* Only while it is still true: a link or a later change must not announce a stale status. */}
      {params.get("status") === gig.status ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Gig is now {statusLabel(gig.status).toLowerCase()}.
        </p>
      ) : null}
      {actionData && !actionData.applicationId ? <ErrorList errors={[actionData.error]} /> : null}
      <p className="text-sm text-slate-600">
        {budgetText(gig)} · apply by {gig.deadline} · {gig.creatorsWanted}{" "}
        {gig.creatorsWanted === 1 ? "creator" : "creators"} wanted ·{" "}
        <Link to={`/gigs/${gig.id}`} className="link">
          {gig.status === "draft" ? "Preview" : "Public page"}
        </Link>
        {editable ? (
          <>
            {" · "}
            <Link to={`/dashboard/gigs/${gig.id}/edit`} className="link">
              Edit
            </Link>
          </>
        ) : null}
      </p>
      {actions.length ? (
        <Form method="post" className="flex flex-wrap gap-2">
          {actions.map((a) => (
            <button
              key={a}
              type="submit"
              name="intent"
              value={a}
              className={
                a === "cancel" ? "btn-danger" : a === "publish" ? "btn-primary" : "btn-secondary"
              }
            >
              {ACTION_LABELS[a]}
            </button>
          ))}
        </Form>
      ) : null}
      <section id="applicants" aria-labelledby="applicants-title" className="space-y-3">
        <h2 id="applicants-title" className="text-xl font-bold">
          Applicants ({applicants.length})
        </h2>
        {applicants.length === 0 ? (
          <p className="card text-slate-600">
            {gig.status === "draft"
              ? "Publish the gig to receive applications."
              : "No applications yet."}
          </p>
        ) : (
          <ul className="space-y-3">
            {applicants.map((a) => (
              <li key={a.id} className="card space-y-2" data-testid="applicant">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="font-semibold">
                    {a.creatorSlug ? (
                      <Link to={`/${a.creatorSlug}`} className="link">
                        {a.creatorName}
                      </Link>
                    ) : (
                      a.creatorName
                    )}{" "}
                    <StatusBadge status={a.status} />
                  </p>
                  <p className="text-sm">Asks {formatMoney(a.proposedCents, a.currency)}</p>
                </div>
                {a.headline ? <p className="text-sm text-slate-600">{a.headline}</p> : null}
                {a.categories ? <p className="text-xs text-slate-500">{a.categories}</p> : null}
                {a.portfolio.length ? (
                  <p className="text-xs text-slate-600">
                    Portfolio:{" "}
                    {a.portfolio.map((i, n) => (
                      <span key={i.id}>
                        {n ? ", " : ""}
                        {i.url ? (
                          <a href={i.url} className="link" rel="noopener noreferrer nofollow">
                            {i.title}
                          </a>
                        ) : (
                          i.title
                        )}
                      </span>
                    ))}
                    {a.creatorSlug ? (
                      <>
                        {" · "}
                        <Link to={`/${a.creatorSlug}`} className="link">
                          see all
                        </Link>
                      </>
                    ) : null}
                  </p>
                ) : null}
                <p className="whitespace-pre-line text-sm">{a.message}</p>
                {actionData && actionData.applicationId === a.id ? (
                  <ErrorList errors={[actionData.error]} />
                ) : null}
                <div className="flex flex-wrap items-start gap-2">
                  <Link to={`/dashboard/applications/${a.id}`} className="btn-secondary">
                    Open / negotiate
                  </Link>
                  {a.dealId ? (
                    <Link to={`/dashboard/deals/${a.dealId}`} className="btn-secondary">
                      Open deal
                    </Link>
                  ) : null}
                  {hiring && (a.status === "pending" || a.status === "shortlisted") ? (
                    <Form method="post" className="flex flex-wrap gap-2">
                      <input type="hidden" name="applicationId" value={a.id} />
                      {a.status === "pending" ? (
                        <button
                          type="submit"
                          name="intent"
                          value="shortlist"
                          className="btn-secondary"
                        >
                          Shortlist
                        </button>
                      ) : null}
                      <button type="submit" name="intent" value="accept" className="btn-primary">
                        Accept
                      </button>
                    </Form>
                  ) : null}
                  {a.status === "pending" || a.status === "shortlisted" ? (
                    <details>
                      <summary className="btn-secondary cursor-pointer">Reject…</summary>
                      <Form method="post" className="mt-2 space-y-2">
                        <input type="hidden" name="applicationId" value={a.id} />
                        <label className="label" htmlFor={`msg-${a.id}`}>
                          Message to the creator (optional)
                        </label>
                        <textarea
                          id={`msg-${a.id}`}
                          name="message"
                          className="input"
                          rows={2}
                          maxLength={2000}
                        />
                        <button type="submit" name="intent" value="reject" className="btn-danger">
                          Reject application
                        </button>
                      </Form>
                    </details>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title" className="text-lg font-bold">
          History
        </h2>
        <ul className="mt-2 space-y-1 text-sm text-slate-600">
          {history.map((h, i) => (
            <li key={i}>
              {formatDateTime(h.createdAt)} —{" "}
              {h.fromStatus ? `${statusLabel(h.fromStatus)} → ` : ""}
              {statusLabel(h.toStatus)}
              {h.actor ? ` by ${h.actor}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
