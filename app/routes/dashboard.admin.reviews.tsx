import { parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ReasonForm } from "~/components/admin/reason-form";
import { Pager } from "~/components/bookings/pager";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { Stars, VerifiedBadge } from "~/components/reviews/stars";
import {
  REVIEW_FILTERS,
  ReviewModerationSchema,
  type ReviewFilter,
} from "~/models/admin/admin-schemas";
import {
  listReviewsForAdmin,
  removeReview,
  restoreReview,
} from "~/models/admin/admin-reviews.server";
import { requireUser } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Reviews · Admin · Gigfolio" }];

function parseFilter(value: string | null): ReviewFilter {
  const v = value?.toLowerCase() ?? "";
  return (REVIEW_FILTERS as readonly string[]).includes(v) ? (v as ReviewFilter) : "all";
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const filter = parseFilter(url.searchParams.get("show"));
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  return { filter, ...listReviewsForAdmin(filter, page) };
}

type ActionData = { reviewId: string; errors: string[]; reason?: string };

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const formData = await request.formData();
  const reviewId = String(formData.get("reviewId") ?? "");
  const typed = formData.get("reason");
  const submission = parseWithZod(formData, { schema: ReviewModerationSchema });
  if (submission.status !== "success")
    return data<ActionData>(
      {
        reviewId,
        errors: submission.error?.reason ?? ["That request was not understood."],
        reason: typeof typed === "string" ? typed.slice(0, 2000) : undefined,
      },
      { status: 400 },
    );
  const { intent, reason } = submission.value;
  const result =
    intent === "remove"
      ? removeReview({ adminId: admin.id, reviewId, reason })
      : restoreReview({ adminId: admin.id, reviewId, reason });
  invariantResponse(result !== "not-found", "No review has this id.", { status: 404 });
  if (result === "already")
    return data<ActionData>(
      {
        reviewId,
        errors: [
          intent === "remove" ? "This review is already removed." : "This review is not removed.",
        ],
      },
      { status: 409 },
    );
  const url = new URL(request.url);
  const back = new URLSearchParams(url.search);
  back.set("done", intent === "remove" ? "removed" : "restored");
  return redirect(`/dashboard/admin/reviews?${back}#review-${reviewId}`);
}

const FILTER_LABELS: Record<ReviewFilter, string> = {
  all: "All reviews",
  low: "1 and 2 stars",
  removed: "Removed",
};

const DONE: Record<string, string> = {
  removed: "Review removed: it is off the creator's page and out of their rating.",
  restored: "Review restored.",
};

export default function AdminReviews() {
  const { filter, rows, total, page, pageCount } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const done = params.get("done");
  const query = (p: number) =>
    `?${new URLSearchParams({ ...(filter !== "all" ? { show: filter } : {}), page: String(p) })}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Reviews</h1>
      {done && DONE[done] ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900">
          {DONE[done]}
        </p>
      ) : null}
      <nav aria-label="Show" className="flex flex-wrap gap-2 text-sm">
        {REVIEW_FILTERS.map((f) => (
          <Link
            key={f}
            to={f === "all" ? "/dashboard/admin/reviews" : `/dashboard/admin/reviews?show=${f}`}
            className={f === filter ? "btn-primary" : "btn-secondary"}
            aria-current={f === filter ? "page" : undefined}
          >
            {FILTER_LABELS[f]}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-600">
        {total} {total === 1 ? "review" : "reviews"}, newest first.
      </p>
      {rows.length === 0 ? (
        <div className="card text-center text-slate-600">
          {filter === "removed" ? "No reviews have been removed." : "No reviews here yet."}
        </div>
      ) : (
        <ul className="space-y-3" aria-label="Reviews">
          {rows.map((r) => (
            <li key={r.id} id={`review-${r.id}`} className="card space-y-2">
              <p className="flex flex-wrap items-center gap-2">
                <Stars rating={r.rating} />
                <strong>{r.clientName}</strong>
                <span className="break-all text-sm text-slate-500">{r.clientEmail}</span>
                {r.verified ? <VerifiedBadge /> : null}
                {r.removedAt ? (
                  <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs text-red-900">
                    Removed
                  </span>
                ) : r.hidden ? (
                  <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs">
                    Hidden by the creator
                  </span>
                ) : null}
              </p>
              <p className="text-sm">
                About{" "}
                <Link to={`/dashboard/admin/users/${r.creatorId}`} className="link">
                  {r.creatorName}
                </Link>
                {r.slug ? <span className="text-slate-500"> (/{r.slug})</span> : null} ·{" "}
                {formatDateTime(r.createdAt)}
              </p>
              <p className="whitespace-pre-line">{r.body}</p>
              {r.removedAt ? (
                <>
                  <p className="text-sm text-red-900">
                    Removed {formatDateTime(r.removedAt)}: {r.removedReason}
                  </p>
                  <ReasonForm
                    id={`restore-${r.id}`}
                    intent="restore"
                    label="Note for the audit log"
                    submitLabel="Restore this review"
                    pendingText="Restoring…"
                    required={false}
                    hidden={{ reviewId: r.id }}
                    errors={actionData?.reviewId === r.id ? actionData.errors : undefined}
                    draft={actionData?.reviewId === r.id ? actionData.reason : undefined}
                  />
                </>
              ) : (
                <ReasonForm
                  id={`remove-${r.id}`}
                  intent="remove"
                  label="Why remove it? (the creator is shown this)"
                  submitLabel="Remove this review"
                  pendingText="Removing…"
                  required
                  danger
                  hidden={{ reviewId: r.id }}
                  errors={actionData?.reviewId === r.id ? actionData.errors : undefined}
                  draft={actionData?.reviewId === r.id ? actionData.reason : undefined}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={page}
        pageCount={pageCount}
        href={(p) => `/dashboard/admin/reviews${query(p)}`}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
