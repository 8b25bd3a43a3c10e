import { parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import type { SubmissionResult } from "@conform-to/react";
import { KIND_STYLE } from "~/components/calendar/month-grid";
import { ShootForm, UploadForm } from "~/components/calendar/item-forms";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { ReviewLinkPanel } from "~/components/reviews/review-link-panel";
import { dateHasBegun, formatLongDate, isCalendarDate } from "~/models/bookings/dates";
import { getAvailability } from "~/models/bookings/availability.server";
import { fractionError } from "~/models/gigs/money";
import { ShootSchema, UploadSchema } from "~/models/calendar/calendar-schema";
import {
  blockDates,
  calendarEntries,
  completeItem,
  createShoot,
  createUpload,
  deleteItem,
  getShoot,
  ShootNotBegunError,
  unblockDate,
} from "~/models/calendar/calendar.server";
import { redirectShowingOnce, takeShownOnce } from "~/utils/shown-once.server";
import { issueLinkForSubject } from "~/models/reviews/review-link-actions.server";
import { liveReviewLink, reviewForSubject } from "~/models/reviews/review-links.server";
import { getCreatorCurrency } from "~/models/portfolio/profiles.server";
import { requireCreator } from "~/utils/require-creator.server";
import { formatMoney } from "~/utils/format";
import { getOrigin } from "~/utils/url.server";

export const meta: MetaFunction = ({ params }) => [
  { title: `${params.date} · Calendar · Gigfolio` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const date = params.date ?? "";
  // The calendar's years only (no 0050-02-03, which the month links would take to 1950).
  invariantResponse(isCalendarDate(date), "There is no such day.", { status: 404 });
  const entries = calendarEntries(user.id, date, date);
  const shoots = entries
    .filter((e) => e.kind === "shoot")
    .map((e) => {
      const shoot = getShoot(e.id, user.id)!;
      return {
        ...shoot,
        liveLink: shoot.status === "completed" ? (liveReviewLink("shoot", shoot.id) ?? null) : null,
        reviewed: Boolean(reviewForSubject("shoot", shoot.id)),
      };
    });
  // A review link made by the last post, shown once (it came through the redirect in a cookie).
  const { shown, headers } = await takeShownOnce(request, user.id, (key) =>
    shoots.some((s) => key === reviewKey(s.id)),
  );
  return data(
    {
      date,
      entries,
      shoots,
      blocked: entries.find((e) => e.kind === "blocked") ?? null,
      // A shoot cannot be completed before its day where the creator lives (ShootNotBegunError):
      // its button waits for the day. Uploads may be done early.
      shootsCompletable: dateHasBegun(date, getAvailability(user.id).timeZone),
      currency: getCreatorCurrency(user.id),
      freshReview: shown
        ? { subjectId: shown.key.slice(reviewKey("").length), url: shown.url }
        : null,
    },
    headers ? { headers } : undefined,
  );
}

const reviewKey = (shootId: string) => `review:${shootId}`;

type ActionData = {
  intent: string;
  result?: SubmissionResult<string[]>;
  error?: string;
  subjectId?: string;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCreator(request);
  const date = params.date ?? "";
  invariantResponse(isCalendarDate(date), "There is no such day.", { status: 404 });
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const back = (done: string) => redirect(`/dashboard/calendar/${date}?done=${done}`);
  switch (intent) {
    case "shoot": {
      const submission = parseWithZod(formData, { schema: ShootSchema });
      if (submission.status !== "success")
        return data<ActionData>({ intent, result: submission.reply() }, { status: 400 });
      // Stored in the creator's currency, which the form names; the yen has no cents.
      const currency = getCreatorCurrency(user.id);
      const { amount } = submission.value;
      const fraction =
        amount === undefined ? null : fractionError(Math.round(amount * 100), currency, "Amount");
      if (fraction)
        return data<ActionData>(
          { intent, result: submission.reply({ fieldErrors: { amount: [fraction] } }) },
          { status: 400 },
        );
      createShoot(user.id, submission.value, undefined, currency);
      return back("shoot");
    }
    case "upload": {
      const submission = parseWithZod(formData, { schema: UploadSchema });
      if (submission.status !== "success")
        return data<ActionData>({ intent, result: submission.reply() }, { status: 400 });
      createUpload(user.id, submission.value);
      return back("upload");
    }
    case "block": {
      const reason = String(formData.get("reason") ?? "")
        .trim()
        .slice(0, 200);
      blockDates(user.id, date, undefined, reason || undefined);
      return back("block");
    }
    case "unblock":
      unblockDate(user.id, date);
      return back("unblock");
    case "complete-shoot":
    case "complete-upload":
    case "delete-shoot":
    case "delete-upload": {
      const [verb, kind] = intent.split("-") as ["complete" | "delete", "shoot" | "upload"];
      const id = String(formData.get("id") ?? "");
      let ok: boolean;
      try {
        ok = verb === "complete" ? completeItem(kind, id, user.id) : deleteItem(kind, id, user.id);
      } catch (error) {
        if (error instanceof ShootNotBegunError)
          return data<ActionData>({ intent, error: error.message }, { status: 409 });
        throw error;
      }
      invariantResponse(ok, "This item does not exist.", { status: 404 });
      return back(intent);
    }
    case "review-link":
    case "review-email": {
      const subjectId = String(formData.get("subjectId") ?? "");
      const result = issueLinkForSubject(
        user.id,
        "shoot",
        subjectId,
        getOrigin(request),
        intent === "review-email",
      );
      if (!result.ok)
        return data<ActionData>(
          { intent, error: result.message, subjectId },
          { status: result.status },
        );
      // POST/redirect/GET: the notice replaces the last one (?done=complete-shoot), and a reload
      // does not post again (which would revoke the link just copied). The link, shown once, goes
      // to the next page in a cookie.
      return redirectShowingOnce(`/dashboard/calendar/${date}?done=${intent}`, {
        userId: user.id,
        key: reviewKey(subjectId),
        url: result.url,
      });
    }
    default:
      throw new Response("Unknown action.", { status: 400 });
  }
}

const DONE: Record<string, string> = {
  shoot: "Shoot added.",
  upload: "Upload added.",
  block: "Day blocked: visitors cannot request it.",
  unblock: "Day unblocked.",
  "complete-shoot": "Shoot completed. You can ask for a review below.",
  "complete-upload": "Upload marked as done.",
  "delete-shoot": "Shoot removed.",
  "delete-upload": "Upload removed.",
  "review-link": "Review link made. It is shown once, below: copy it now.",
  "review-email": "A new review link was emailed to the client.",
};

export default function CalendarDay() {
  const { date, entries, shoots, blocked, shootsCompletable, currency, freshReview } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const location = useLocation();
  // The last success stays in the address; after a refused post it would sit beside the error.
  const done = actionData ? null : params.get("done");
  const created = actionData ? null : params.get("created");
  // A form that has just added its item starts afresh (a new key for each such visit): with
  // JavaScript the page is not reloaded, and the typed title would invite a duplicate.
  const formKey = (kind: "shoot" | "upload") => (done === kind ? location.key : kind);
  const notice =
    created === "shoot"
      ? "Shoot added for the booking."
      : done === "review-link" && !freshReview
        ? "A review link was made and shown once. Lost it? Make a new one below."
        : done
          ? DONE[done]
          : undefined;
  return (
    <div className="space-y-6">
      <Link to={`/dashboard/calendar?month=${date.slice(0, 7)}`} className="link text-sm">
        ← Back to the month
      </Link>
      <h1 className="text-2xl font-bold">{formatLongDate(date)}</h1>
      {notice ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      ) : null}
      {actionData?.error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          {actionData.error}
        </p>
      ) : null}
      <section aria-labelledby="day-title" className="card space-y-3">
        <h2 id="day-title" className="font-semibold">
          On this day
        </h2>
        {entries.length === 0 ? <p className="text-slate-600">Nothing planned.</p> : null}
        <ul className="space-y-2">
          {entries.map((e) => (
            <li
              key={`${e.kind}-${e.id}`}
              className={`flex flex-wrap items-center justify-between gap-2 rounded p-2 ${KIND_STYLE[e.kind]}`}
            >
              <span>
                {e.time ? `${e.time} · ` : ""}
                {e.kind === "booking" ? (
                  <Link to={`/dashboard/bookings/${e.id}`} className="underline">
                    {e.title}
                  </Link>
                ) : (
                  e.title
                )}
                {e.kind !== "blocked" ? <span className="ml-2 text-xs">({e.status})</span> : null}
              </span>
              {e.kind === "shoot" || e.kind === "upload" ? (
                <Form method="post" className="flex gap-2">
                  <input type="hidden" name="id" value={e.id} />
                  {e.status !== "completed" && e.kind === "shoot" && !shootsCompletable ? (
                    <span className="text-xs">
                      You can mark it completed from {formatLongDate(date)}.
                    </span>
                  ) : e.status !== "completed" ? (
                    <SubmitButton
                      name="intent"
                      value={`complete-${e.kind}`}
                      className="btn-secondary px-2 py-1 text-xs"
                      pendingText="…"
                    >
                      Mark completed
                    </SubmitButton>
                  ) : null}
                  <SubmitButton
                    name="intent"
                    value={`delete-${e.kind}`}
                    className="btn-secondary px-2 py-1 text-xs"
                    pendingText="…"
                  >
                    Remove
                  </SubmitButton>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
        {shoots
          .filter((s) => s.location || s.amountCents !== null || s.notes)
          .map((s) => (
            <p key={s.id} className="text-sm text-slate-700">
              {s.title}:{" "}
              {[
                s.location,
                s.brand,
                s.campaign,
                s.amountCents !== null ? formatMoney(s.amountCents, s.currency) : null,
                s.notes,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          ))}
      </section>
      {shoots
        .filter((s) => s.status === "completed")
        .map((s) => (
          <ReviewLinkPanel
            key={s.id}
            subjectType="shoot"
            subjectId={s.id}
            title={s.title}
            live={s.liveLink}
            reviewed={s.reviewed}
            freshUrl={freshReview?.subjectId === s.id ? freshReview.url : undefined}
          />
        ))}
      <section aria-labelledby="block-title" className="card space-y-2">
        <h2 id="block-title" className="font-semibold">
          {blocked ? "This day is blocked" : "Block this day"}
        </h2>
        <Form method="post" className="flex flex-wrap items-end gap-2">
          {blocked ? (
            <SubmitButton name="intent" value="unblock" className="btn-secondary" pendingText="…">
              Unblock this day
            </SubmitButton>
          ) : (
            <>
              <div>
                <label htmlFor="reason" className="label">
                  Private reason (optional)
                </label>
                <input id="reason" name="reason" className="input" maxLength={200} />
              </div>
              <SubmitButton name="intent" value="block" className="btn-secondary" pendingText="…">
                Block this day
              </SubmitButton>
            </>
          )}
        </Form>
      </section>
      <details className="card" open={actionData?.intent === "shoot"}>
        <summary className="cursor-pointer font-semibold">Add a shoot</summary>
        <div className="mt-3">
          <ShootForm
            key={formKey("shoot")}
            date={date}
            currency={currency}
            lastResult={actionData?.intent === "shoot" ? actionData.result : undefined}
          />
        </div>
      </details>
      <details className="card" open={actionData?.intent === "upload"}>
        <summary className="cursor-pointer font-semibold">Add an upload</summary>
        <div className="mt-3">
          <UploadForm
            key={formKey("upload")}
            date={date}
            lastResult={actionData?.intent === "upload" ? actionData.result : undefined}
          />
        </div>
      </details>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
