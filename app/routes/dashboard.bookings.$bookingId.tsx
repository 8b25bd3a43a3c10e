import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
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
import { BookingHistory, StatusBadge } from "~/components/bookings/booking-history";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton, TextareaField } from "~/components/forms";
import { ReviewLinkPanel } from "~/components/reviews/review-link-panel";
import {
  BookingActionSchema,
  DeclineSchema,
  ProposeSchema,
} from "~/models/bookings/booking-schema";
import {
  actOnBooking,
  DateUnavailableError,
  getBookingForCreator,
  TransitionError,
} from "~/models/bookings/bookings.server";
import { getAvailability } from "~/models/bookings/availability.server";
import { dateHasBegun, formatLongDate } from "~/models/bookings/dates";
import { allowedActions } from "~/models/bookings/status-machine";
import { createShootFromBooking, shootForBooking } from "~/models/calendar/calendar.server";
import { issueLinkForSubject } from "~/models/reviews/review-link-actions.server";
import { liveReviewLink, reviewForSubject } from "~/models/reviews/review-links.server";
import { requireCreator } from "~/utils/require-creator.server";
import { threadState } from "~/models/messages/messages.server";
import { formatDateTime, formatMoney } from "~/utils/format";
import { useLightForm } from "~/utils/light-form";
import { redirectShowingOnce, takeShownOnce } from "~/utils/shown-once.server";
import { getOrigin } from "~/utils/url.server";

export const meta: MetaFunction = () => [{ title: "Booking · Gigfolio" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const id = params.bookingId ?? "";
  const booking = getBookingForCreator(id, user.id);
  invariantResponse(booking, "This booking does not exist.", { status: 404 });
  const { manageTokenHash: _hash, ...safe } = booking;
  const shoot = shootForBooking(booking.id);
  const { timeZone } = getAvailability(user.id);
  // A review link made by the last post, shown once (it came through the redirect in a cookie).
  const { shown, headers } = await takeShownOnce(request, user.id, (key) => key === reviewKey(id));
  // Completing before the booking's day (in the creator's zone) is refused (TooEarlyToCompleteError):
  // the page does not offer it then, and says from when it can.
  const tooEarly = !dateHasBegun(booking.date, timeZone);
  const allowed = allowedActions(booking.status);
  const page = {
    freshReviewUrl: shown?.url ?? null,
    booking: safe,
    creatorName: user.displayName,
    timeZone,
    actions: tooEarly ? allowed.filter((a) => a !== "complete") : allowed,
    completableFrom: tooEarly && allowed.includes("complete") ? booking.date : null,
    shoot: shoot ? { id: shoot.id, date: shoot.date } : null,
    liveLink:
      booking.status === "completed" ? (liveReviewLink("booking", booking.id) ?? null) : null,
    reviewed: Boolean(reviewForSubject("booking", booking.id)),
    unreadMessages: threadState({ kind: "booking", id: booking.id }, "creator").unread,
  };
  return data(page, headers ? { headers } : undefined);
}

const reviewKey = (bookingId: string) => `review:booking:${bookingId}`;

type ActionData = {
  intent: string;
  result?: SubmissionResult<string[]>;
  error?: string;
};

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCreator(request);
  const id = params.bookingId ?? "";
  invariantResponse(getBookingForCreator(id, user.id), "This booking does not exist.", {
    status: 404,
  });
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "review-link" || intent === "review-email") {
    const result = issueLinkForSubject(
      user.id,
      "booking",
      id,
      getOrigin(request),
      intent === "review-email",
    );
    if (!result.ok)
      return data<ActionData>({ intent, error: result.message }, { status: result.status });
    // Back to the page with a redirect, so a reload does not post again (which would revoke the
    // link just copied); the link, shown once, travels in a short-lived cookie.
    const back = `/dashboard/bookings/${id}?done=${result.emailed ? "review-email" : "review-link"}`;
    return redirectShowingOnce(back, { userId: user.id, key: reviewKey(id), url: result.url });
  }
  if (intent === "shoot") {
    const result = createShootFromBooking(user.id, id);
    invariantResponse(result, "This booking does not exist.", { status: 404 });
    if ("error" in result)
      return data<ActionData>({ intent, error: result.error }, { status: 409 });
    return redirect(`/dashboard/calendar/${result.shoot.date}?created=shoot`);
  }
  const submission = parseWithZod(formData, { schema: BookingActionSchema });
  if (submission.status !== "success")
    return data<ActionData>({ intent, result: submission.reply() }, { status: 400 });
  const v = submission.value;
  try {
    actOnBooking(id, user, {
      action: v.intent,
      note: "note" in v ? v.note : undefined,
      reason: v.intent === "decline" ? v.reason : undefined,
      proposedDate: v.intent === "propose" ? v.proposedDate : undefined,
    });
  } catch (error) {
    if (error instanceof DateUnavailableError) {
      return data<ActionData>(
        {
          intent,
          result: submission.reply({
            fieldErrors: {
              proposedDate: [
                error.reason === "invalid" ? "Choose a different date" : error.message,
              ],
            },
          }),
        },
        { status: 400 },
      );
    }
    if (error instanceof TransitionError)
      return data<ActionData>({ intent, error: error.message }, { status: 409 });
    throw error;
  }
  return redirect(`/dashboard/bookings/${id}?done=${v.intent}`);
}

const DONE: Record<string, string> = {
  confirm: "Booking confirmed. The client has been emailed.",
  decline: "Booking declined. The client has been emailed.",
  propose: "New date proposed. The client can accept it from their link.",
  cancel:
    "Booking cancelled. The client has been emailed, and a shoot planned for it left your calendar.",
  complete: "Marked as completed. Ask the client for a review below.",
  "review-link": "Review link made. It is shown once, below: copy it now.",
  "review-email": "A new review link was emailed to the client.",
};

function DeclineForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useLightForm({
    id: "decline",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DeclineSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" className="space-y-2" {...getFormProps(form)}>
      <TextareaField
        label="Reason for declining (sent to the client)"
        errors={fields.reason.errors}
        {...getTextareaProps(fields.reason)}
        rows={2}
      />
      <SubmitButton
        name="intent"
        value="decline"
        className="btn-secondary"
        pendingText="Declining…"
      >
        Decline
      </SubmitButton>
    </Form>
  );
}

function ProposeForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useLightForm({
    id: "propose",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProposeSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" className="space-y-2" {...getFormProps(form)}>
      <Field
        label="Propose another date"
        errors={fields.proposedDate.errors}
        {...getInputProps(fields.proposedDate, { type: "date" })}
      />
      <Field
        label="Note to the client (optional)"
        errors={fields.note.errors}
        {...getInputProps(fields.note, { type: "text" })}
      />
      <ErrorList errors={form.errors} />
      <SubmitButton name="intent" value="propose" className="btn-secondary" pendingText="Sending…">
        Propose this date
      </SubmitButton>
    </Form>
  );
}

export default function BookingDetail() {
  const {
    booking,
    creatorName,
    timeZone,
    actions,
    completableFrom,
    shoot,
    liveLink,
    reviewed,
    freshReviewUrl,
    unreadMessages,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const done = params.get("done");
  const resultFor = (intent: string) =>
    actionData?.intent === intent ? actionData.result : undefined;
  return (
    <div className="space-y-6">
      <Link to="/dashboard/bookings" className="link text-sm">
        ← All bookings
      </Link>
      {done && DONE[done] && !actionData?.error ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {done === "review-link" && !freshReviewUrl
            ? "A review link was made and shown once. Lost it? Make a new one below."
            : DONE[done]}
        </p>
      ) : null}
      {actionData?.error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          {actionData.error}
        </p>
      ) : null}
      <article className="card space-y-3">
        <header className="flex flex-wrap items-center justify-between gap-2">
          <h1 className="text-2xl font-bold">
            {formatLongDate(booking.date)}
            {booking.startTime ? ` at ${booking.startTime}` : ""}
          </h1>
          <StatusBadge status={booking.status} />
        </header>
        <p>
          <strong>{booking.clientName}</strong> ·{" "}
          <a href={`mailto:${booking.clientEmail}`} className="link">
            {booking.clientEmail}
          </a>
          {booking.clientPhone ? ` · ${booking.clientPhone}` : ""} ·{" "}
          <Link to={`/dashboard/bookings/${booking.id}/messages`} className="link">
            Messages{unreadMessages > 0 ? ` (${unreadMessages} new)` : ""}
          </Link>
        </p>
        <p>
          <strong>What:</strong>{" "}
          {booking.packageName ? `Package: ${booking.packageName}` : booking.customRequest}
          {booking.packageName && booking.customRequest ? ` (${booking.customRequest})` : ""}
        </p>
        {booking.durationMinutes ? <p>Duration: {booking.durationMinutes} minutes</p> : null}
        {booking.budgetCents !== null ? (
          <p>Budget: {formatMoney(booking.budgetCents, booking.currency)}</p>
        ) : null}
        <div className="whitespace-pre-line rounded bg-slate-50 p-3">{booking.message}</div>
        {booking.proposedDate ? (
          <p className="text-sm">
            You proposed {formatLongDate(booking.proposedDate)}; waiting for the client.
          </p>
        ) : null}
        {booking.declineReason ? (
          <p className="text-sm">Decline reason: {booking.declineReason}</p>
        ) : null}
        <p className="text-xs text-slate-500">
          Received {formatDateTime(booking.createdAt, timeZone)}
        </p>
      </article>
      {actions.length ? (
        <section aria-labelledby="actions-title" className="card space-y-4">
          <h2 id="actions-title" className="font-semibold">
            Answer
          </h2>
          <Form method="post" className="flex flex-wrap gap-2">
            {actions.includes("confirm") ? (
              <SubmitButton name="intent" value="confirm" pendingText="Confirming…">
                Confirm booking
              </SubmitButton>
            ) : null}
            {actions.includes("complete") ? (
              <SubmitButton name="intent" value="complete" pendingText="Saving…">
                Mark as completed
              </SubmitButton>
            ) : null}
            {actions.includes("cancel") ? (
              <SubmitButton
                name="intent"
                value="cancel"
                className="btn-danger"
                pendingText="Cancelling…"
              >
                Cancel booking
              </SubmitButton>
            ) : null}
          </Form>
          {completableFrom ? (
            <p className="text-sm text-slate-600">
              You can mark it completed from {formatLongDate(completableFrom)}, the day of the
              booking.
            </p>
          ) : null}
          {actions.includes("decline") ? <DeclineForm lastResult={resultFor("decline")} /> : null}
          {actions.includes("propose") ? <ProposeForm lastResult={resultFor("propose")} /> : null}
        </section>
      ) : null}
      {booking.status === "confirmed" || booking.status === "completed" ? (
        <section className="card">
          {shoot ? (
            <p>
              A shoot is planned for this booking.{" "}
              <Link to={`/dashboard/calendar/${shoot.date}`} className="link">
                Open it on the calendar
              </Link>
            </p>
          ) : (
            <Form method="post">
              <SubmitButton
                name="intent"
                value="shoot"
                className="btn-secondary"
                pendingText="Adding…"
              >
                Add a shoot to my calendar for this booking
              </SubmitButton>
            </Form>
          )}
        </section>
      ) : null}
      {booking.status === "completed" ? (
        <ReviewLinkPanel
          subjectType="booking"
          subjectId={booking.id}
          live={liveLink}
          reviewed={reviewed}
          freshUrl={freshReviewUrl ?? undefined}
        />
      ) : null}
      <BookingHistory history={booking.history} creatorName={creatorName} timeZone={timeZone} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
