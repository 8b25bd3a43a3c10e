import { parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Pager } from "~/components/bookings/pager";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { Stars, VerifiedBadge } from "~/components/reviews/stars";
import { ReplySchema } from "~/models/reviews/review-schema";
import {
  getReviewSummary,
  listCreatorReviews,
  replyToReview,
  setReviewHidden,
} from "~/models/reviews/reviews.server";
import { getAvailability } from "~/models/bookings/availability.server";
import { requireCreator } from "~/utils/require-creator.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Reviews · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const page = Math.max(
    1,
    Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1,
  );
  return {
    summary: getReviewSummary(user.id),
    timeZone: getAvailability(user.id).timeZone,
    ...listCreatorReviews(user.id, page),
  };
}

type ActionData = { reviewId: string; errors?: string[] };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCreator(request);
  const formData = await request.formData();
  const reviewId = String(formData.get("reviewId") ?? "");
  const intent = formData.get("intent");
  const page = String(formData.get("page") ?? "1");
  let result;
  if (intent === "hide" || intent === "unhide") {
    result = setReviewHidden(reviewId, user.id, intent === "hide");
    if (result === "removed")
      return data<ActionData>(
        { reviewId, errors: ["Gigfolio's moderators removed this review; it cannot be shown."] },
        { status: 409 },
      );
  } else {
    const submission = parseWithZod(formData, { schema: ReplySchema });
    if (submission.status !== "success")
      return data<ActionData>(
        { reviewId, errors: submission.error?.reply ?? ["Write a reply"] },
        { status: 400 },
      );
    result = replyToReview(reviewId, user.id, submission.value.reply);
    if (result === "removed")
      return data<ActionData>(
        { reviewId, errors: ["Gigfolio's moderators removed this review; it takes no reply."] },
        { status: 409 },
      );
    if (result === "already-replied")
      return data<ActionData>(
        { reviewId, errors: ["You have already replied to this review."] },
        { status: 409 },
      );
  }
  invariantResponse(result !== "not-found", "This review does not exist.", { status: 404 });
  return redirect(
    `/dashboard/reviews?page=${encodeURIComponent(page)}&done=${intent}#review-${reviewId}`,
  );
}

const DONE: Record<string, string> = {
  hide: "Review hidden: it no longer counts in your average.",
  unhide: "Review shown again.",
  reply: "Reply published.",
};

export default function ReviewsDashboard() {
  const { summary, timeZone, rows, page, pageCount, total } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const done = params.get("done");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Reviews</h1>
      {done && DONE[done] ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {DONE[done]}
        </p>
      ) : null}
      <p className="text-slate-700">
        {summary.average === null
          ? "No visible reviews yet."
          : `${summary.average.toFixed(1)} average from ${summary.count} visible ${summary.count === 1 ? "review" : "reviews"}.`}{" "}
        Ask for reviews from a completed booking or shoot.
      </p>
      {rows.length === 0 ? (
        <div className="card text-center text-slate-600">
          No reviews yet. When you complete a booking, make a review link for your client.
        </div>
      ) : (
        <ul className="space-y-3" aria-label={`${total} reviews`}>
          {rows.map((r) => (
            <li
              key={r.id}
              id={`review-${r.id}`}
              className={`card space-y-2 ${r.hidden ? "opacity-70" : ""}`}
            >
              <p className="flex flex-wrap items-center gap-2">
                <Stars rating={r.rating} />
                <strong>{r.clientName}</strong>
                <span className="text-sm text-slate-500">{r.clientEmail}</span>
                {r.verified ? <VerifiedBadge /> : null}
                {r.removedAt ? (
                  <span className="rounded-full bg-red-100 px-2 py-0.5 text-xs text-red-900">
                    Removed by moderators
                  </span>
                ) : r.hidden ? (
                  <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs">Hidden</span>
                ) : null}
              </p>
              {r.removedAt ? (
                <p className="text-sm text-red-900">
                  Gigfolio&apos;s moderators removed this review from your page: {r.removedReason}
                </p>
              ) : null}
              <p className="whitespace-pre-line">{r.body}</p>
              <p className="text-xs text-slate-500">{formatDateTime(r.createdAt, timeZone)}</p>
              {r.removedAt && !r.reply ? null : r.reply ? (
                <div className="border-l-4 border-brand-200 pl-3 text-sm">
                  <p className="font-semibold">Your public reply</p>
                  <p className="whitespace-pre-line">{r.reply}</p>
                </div>
              ) : (
                <Form method="post" className="space-y-2">
                  <input type="hidden" name="reviewId" value={r.id} />
                  <input type="hidden" name="page" value={page} />
                  <label htmlFor={`reply-${r.id}`} className="label">
                    Reply publicly (once)
                  </label>
                  <textarea
                    id={`reply-${r.id}`}
                    name="reply"
                    className="input"
                    rows={2}
                    maxLength={2000}
                    required
                    aria-invalid={actionData?.reviewId === r.id ? true : undefined}
                    aria-describedby={
                      actionData?.reviewId === r.id ? `reply-${r.id}-error` : undefined
                    }
                  />
                  <ErrorList
                    id={`reply-${r.id}-error`}
                    errors={actionData?.reviewId === r.id ? actionData.errors : undefined}
                  />
                  <SubmitButton
                    name="intent"
                    value="reply"
                    className="btn-secondary"
                    pendingText="Publishing…"
                  >
                    Publish reply
                  </SubmitButton>
                </Form>
              )}
              {r.removedAt ? null : (
                <Form method="post">
                  <input type="hidden" name="reviewId" value={r.id} />
                  <input type="hidden" name="page" value={page} />
                  <SubmitButton
                    name="intent"
                    value={r.hidden ? "unhide" : "hide"}
                    className="btn-secondary"
                    pendingText="Saving…"
                  >
                    {r.hidden ? "Show on my page" : "Hide from my page"}
                  </SubmitButton>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageCount={pageCount} href={(p) => `/dashboard/reviews?page=${p}`} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
