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
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { StatusBadge, statusLabel } from "~/components/gigs/status-badge";
import { BrandRatingSchema } from "~/models/brands/brand-schema";
import {
  getBrandRatingForDeal,
  rateBrand,
  RatingNotAllowedError,
} from "~/models/brands/ratings.server";
import {
  getCreatorReviewForDeal,
  reviewCreatorForDeal,
  ReviewNotAllowedError,
} from "~/models/deals/creator-review.server";
import {
  CancelDealSchema,
  CreatorReviewSchema,
  RevisionSchema,
  SubmitDeliverableSchema,
} from "~/models/deals/deal-schema";
import {
  cancelDeal,
  getDealForParty,
  getDealTimeline,
  listDeliverables,
  partyOf,
} from "~/models/deals/deals.server";
import {
  approveDeliverable,
  NotYourTurnError,
  requestRevision,
  submitDeliverable,
} from "~/models/deals/deliverables.server";
import { IllegalTransitionError } from "~/models/gigs/state";
import { getUserById } from "~/models/accounts/users.server";
import { threadState } from "~/models/messages/messages.server";
import { requireUser } from "~/utils/auth.server";
import { formatDateTime, formatMoney } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.deal.title ?? "Deal"} · Deals · Gigfolio` },
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const deal = getDealForParty(params.dealId ?? "", user);
  invariantResponse(deal, "Deal not found", { status: 404 });
  const side = partyOf(deal, user.id);
  return {
    side,
    deal: {
      id: deal.id,
      title: deal.title,
      status: deal.status,
      amountCents: deal.amountCents,
      currency: deal.currency,
      cancelReason: deal.cancelReason,
      gigId: deal.gigId,
      applicationId: deal.applicationId,
    },
    brandName: getUserById(deal.brandId)?.displayName ?? "Brand",
    creatorName: getUserById(deal.creatorId)?.displayName ?? "Creator",
    deliverables: listDeliverables(deal.id).map((d) => ({
      id: d.id,
      title: d.title,
      dueDate: d.dueDate,
      status: d.status,
      submissionUrl: d.submissionUrl,
      submissionNote: d.submissionNote,
      revisionCount: d.revisionCount,
    })),
    timeline: getDealTimeline(deal.id),
    unreadMessages: side ? threadState({ kind: "deal", id: deal.id }, side).unread : 0,
    rated: !!getBrandRatingForDeal(deal.id),
    reviewed: !!getCreatorReviewForDeal(deal.id),
  };
}

type Fail = {
  intent: string;
  target: string | null;
  /** What was typed, shown again beside the errors. */
  values: Record<string, string>;
  fieldErrors: Record<string, string[] | null | undefined>;
  formError?: string;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const deal = getDealForParty(params.dealId ?? "", user);
  invariantResponse(deal && partyOf(deal, user.id), "Deal not found", { status: 404 });
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const target = form.get("deliverableId") ? String(form.get("deliverableId")) : null;
  const back = redirect(`/dashboard/deals/${deal.id}`);
  const values: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === "string") values[name] = value;
  const fail = (status: number, fieldErrors: Fail["fieldErrors"], formError?: string) =>
    data<Fail>({ intent, target, values, fieldErrors, formError }, { status });
  const parse = <S extends Parameters<typeof parseWithZod>[1]["schema"]>(schema: S) =>
    parseWithZod(form, { schema });
  try {
    if (intent === "submit") {
      const s = parse(SubmitDeliverableSchema);
      if (s.status !== "success") return fail(400, s.error ?? {});
      invariantResponse(
        submitDeliverable(target ?? "", user, s.value as { url: string; note: string }),
        "Deliverable not found",
        { status: 404 },
      );
      return back;
    }
    if (intent === "revision") {
      const s = parse(RevisionSchema);
      if (s.status !== "success") return fail(400, s.error ?? {});
      invariantResponse(
        requestRevision(target ?? "", user, (s.value as { note: string }).note),
        "Deliverable not found",
        { status: 404 },
      );
      return back;
    }
    if (intent === "approve") {
      invariantResponse(approveDeliverable(target ?? "", user), "Deliverable not found", {
        status: 404,
      });
      return back;
    }
    if (intent === "cancel") {
      const s = parse(CancelDealSchema);
      if (s.status !== "success") return fail(400, s.error ?? {});
      cancelDeal(deal.id, user, (s.value as { reason: string }).reason);
      return back;
    }
    if (intent === "rate-brand") {
      const s = parseWithZod(form, { schema: BrandRatingSchema });
      if (s.status !== "success") return fail(400, s.error ?? {});
      rateBrand(deal.id, user, s.value);
      return redirect(`/dashboard/deals/${deal.id}?rated=1`);
    }
    if (intent === "review-creator") {
      const s = parseWithZod(form, { schema: CreatorReviewSchema });
      if (s.status !== "success") return fail(400, s.error ?? {});
      reviewCreatorForDeal(deal.id, user, s.value);
      return redirect(`/dashboard/deals/${deal.id}?reviewed=1`);
    }
    return fail(400, {}, "Unknown action");
  } catch (error) {
    if (
      error instanceof IllegalTransitionError ||
      error instanceof NotYourTurnError ||
      error instanceof RatingNotAllowedError ||
      error instanceof ReviewNotAllowedError
    ) {
      return fail(409, {}, error.message);
    }
    throw error;
  }
}

/** An input or textarea followed by its errors, which it names in aria-describedby. */
function FieldInput({
  as,
  errors,
  ...props
}: {
  as: "input" | "textarea";
  errors: { id: string; errors?: string[] | null };
} & React.InputHTMLAttributes<HTMLInputElement> &
  React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const Tag = as;
  return (
    <>
      <Tag className="input" {...props} />
      <ErrorList id={errors.id} errors={errors.errors ?? undefined} />
    </>
  );
}

function Score({ name, label, errors }: { name: string; label: string; errors?: string[] }) {
  const errorId = `${name}-error`;
  const invalid = errors?.length ? true : undefined;
  return (
    <fieldset>
      <legend className="label">{label}</legend>
      <div className="flex gap-3">
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className="flex items-center gap-1 text-sm">
            <input
              type="radio"
              name={name}
              value={n}
              required
              aria-invalid={invalid}
              aria-describedby={invalid ? errorId : undefined}
            />{" "}
            {n}
          </label>
        ))}
      </div>
      <ErrorList id={errorId} errors={errors} />
    </fieldset>
  );
}

export default function DealPage() {
  const {
    side,
    deal,
    brandName,
    creatorName,
    deliverables,
    timeline,
    rated,
    reviewed,
    unreadMessages,
  } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errs = (intent: string, field: string, target: string | null = null) =>
    a && a.intent === intent && a.target === target
      ? (a.fieldErrors[field] ?? undefined)
      : undefined;
  /** A text field of one form: the value sent, and its errors tied to it for screen readers. */
  const field = (intent: string, name: string, id: string, target: string | null = null) => {
    const errors = errs(intent, name, target);
    const sent = a && a.intent === intent && a.target === target;
    return {
      id,
      name,
      defaultValue: sent ? a.values[name] : undefined,
      "aria-invalid": errors?.length ? true : undefined,
      "aria-describedby": errors?.length ? `${id}-error` : undefined,
      errors: { id: `${id}-error`, errors },
    };
  };
  const active = deal.status === "active";
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link to="/dashboard/deals" className="link">
          ← Deals
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{deal.title}</h1>
        <StatusBadge status={deal.status} />
      </div>
      <p className="text-sm text-slate-600">
        {brandName} × {creatorName} · {formatMoney(deal.amountCents, deal.currency)}
        {deal.gigId ? (
          <>
            {" · "}
            <Link to={`/gigs/${deal.gigId}`} className="link">
              Gig
            </Link>
          </>
        ) : null}
        {deal.applicationId ? (
          <>
            {" · "}
            <Link to={`/dashboard/applications/${deal.applicationId}`} className="link">
              Application and offers
            </Link>
          </>
        ) : null}
        {" · "}
        <Link to={`/dashboard/deals/${deal.id}/messages`} className="link">
          Messages{unreadMessages > 0 ? ` (${unreadMessages} new)` : ""}
        </Link>
      </p>
      {params.get("started") ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          The deal has started.
        </p>
      ) : null}
      {deal.status === "cancelled" ? (
        <p className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          Cancelled: {deal.cancelReason}
        </p>
      ) : null}
      {a?.formError ? <ErrorList errors={[a.formError]} /> : null}
      <section aria-labelledby="deliv-title" className="space-y-3">
        <h2 id="deliv-title" className="text-xl font-bold">
          Deliverables
        </h2>
        <ol className="space-y-3">
          {deliverables.map((d) => (
            <li
              key={d.id}
              className="card space-y-2"
              data-testid="deliverable"
              data-status={d.status}
            >
              <p className="font-semibold">
                {d.title} <StatusBadge status={d.status} />
              </p>
              <p className="text-sm text-slate-600">
                Due {d.dueDate}
                {d.revisionCount
                  ? ` · ${d.revisionCount} ${d.revisionCount === 1 ? "revision" : "revisions"} requested`
                  : ""}
              </p>
              {d.submissionUrl ? (
                <p className="text-sm">
                  Submitted:{" "}
                  <a href={d.submissionUrl} className="link" rel="noopener noreferrer nofollow">
                    {d.submissionUrl}
                  </a>
                  {d.submissionNote ? ` — ${d.submissionNote}` : ""}
                </p>
              ) : null}
              {active &&
              side === "creator" &&
              (d.status === "pending" || d.status === "revision_requested") ? (
                <Form method="post" className="space-y-2" aria-label={`Submit ${d.title}`}>
                  <input type="hidden" name="deliverableId" value={d.id} />
                  <label className="label" htmlFor={`url-${d.id}`}>
                    Link to the work
                  </label>
                  <FieldInput
                    as="input"
                    {...field("submit", "url", `url-${d.id}`, d.id)}
                    type="url"
                    required
                    placeholder="https://"
                  />
                  <label className="label" htmlFor={`note-${d.id}`}>
                    Note
                  </label>
                  <FieldInput
                    as="textarea"
                    {...field("submit", "note", `note-${d.id}`, d.id)}
                    rows={2}
                    maxLength={2000}
                  />
                  <button type="submit" name="intent" value="submit" className="btn-primary">
                    {d.status === "revision_requested" ? "Resubmit" : "Submit deliverable"}
                  </button>
                </Form>
              ) : null}
              {active && side === "brand" && d.status === "submitted" ? (
                <div className="flex flex-wrap items-start gap-3">
                  <Form method="post">
                    <input type="hidden" name="deliverableId" value={d.id} />
                    <button type="submit" name="intent" value="approve" className="btn-primary">
                      Approve
                    </button>
                  </Form>
                  <Form
                    method="post"
                    className="flex-1 space-y-2"
                    aria-label={`Request a revision of ${d.title}`}
                  >
                    <input type="hidden" name="deliverableId" value={d.id} />
                    <label className="label" htmlFor={`rev-${d.id}`}>
                      What should change?
                    </label>
                    <FieldInput
                      as="textarea"
                      {...field("revision", "note", `rev-${d.id}`, d.id)}
                      rows={2}
                      required
                      minLength={5}
                      maxLength={2000}
                    />
                    <button type="submit" name="intent" value="revision" className="btn-secondary">
                      Request revision
                    </button>
                  </Form>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      {deal.status === "completed" && side === "creator" ? (
        rated ? (
          <p className="card" role="status">
            You rated this brand. Thank you!
          </p>
        ) : (
          <Form method="post" className="card space-y-3" aria-labelledby="rate-title">
            <h2 id="rate-title" className="text-lg font-bold">
              Rate the brand
            </h2>
            <Score name="overall" label="Overall" errors={errs("rate-brand", "overall")} />
            <Score
              name="paymentSpeed"
              label="Payment speed"
              errors={errs("rate-brand", "paymentSpeed")}
            />
            <Score
              name="communication"
              label="Communication"
              errors={errs("rate-brand", "communication")}
            />
            <Score
              name="professionalism"
              label="Professionalism"
              errors={errs("rate-brand", "professionalism")}
            />
            <label className="label" htmlFor="rating-comment">
              Comment (shown on the brand page)
            </label>
            <FieldInput
              as="textarea"
              {...field("rate-brand", "comment", "rating-comment")}
              rows={3}
              maxLength={2000}
            />
            <button type="submit" name="intent" value="rate-brand" className="btn-primary">
              Submit rating
            </button>
          </Form>
        )
      ) : null}
      {deal.status === "completed" && side === "brand" ? (
        reviewed ? (
          <p className="card" role="status">
            You reviewed this creator. The review shows as verified on their portfolio.
          </p>
        ) : (
          <Form method="post" className="card space-y-3" aria-labelledby="review-title">
            <h2 id="review-title" className="text-lg font-bold">
              Review the creator
            </h2>
            <Score name="rating" label="Rating" errors={errs("review-creator", "rating")} />
            <label className="label" htmlFor="review-body">
              Your review (shown on their portfolio, marked verified)
            </label>
            <FieldInput
              as="textarea"
              {...field("review-creator", "body", "review-body")}
              rows={3}
              required
              minLength={20}
              maxLength={5000}
            />
            <button type="submit" name="intent" value="review-creator" className="btn-primary">
              Publish review
            </button>
          </Form>
        )
      ) : null}
      {active && side ? (
        <details className="card" open={errs("cancel", "reason") ? true : undefined}>
          <summary className="cursor-pointer font-semibold">Cancel this deal…</summary>
          <Form method="post" className="mt-3 space-y-2">
            <label className="label" htmlFor="cancel-reason">
              Reason (the other side sees it)
            </label>
            <FieldInput
              as="textarea"
              {...field("cancel", "reason", "cancel-reason")}
              rows={2}
              required
              minLength={5}
              maxLength={2000}
            />
            <button type="submit" name="intent" value="cancel" className="btn-danger">
              Cancel deal
            </button>
          </Form>
        </details>
      ) : null}
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="text-lg font-bold">
          History
        </h2>
        <ul className="mt-2 space-y-1 text-sm text-slate-600" data-testid="deal-history">
          {timeline.map((h, i) => (
            <li key={i}>
              {formatDateTime(h.createdAt)} — {h.kind === "deal" ? "Deal" : `“${h.label}”`}:{" "}
              {h.fromStatus ? `${statusLabel(h.fromStatus)} → ` : ""}
              {statusLabel(h.toStatus)}
              {h.actor ? ` by ${h.actor}` : ""}
              {h.note ? ` (“${h.note}”)` : ""}
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
