import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useParams, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { BookingHistory, StatusBadge } from "~/components/bookings/booking-history";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { getAvailability } from "~/models/bookings/availability.server";
import {
  acceptProposal,
  cancelByClient,
  clientCancelPolicy,
  creatorForClient,
  declineProposal,
  getBookingByToken,
} from "~/models/bookings/bookings.server";
import { formatLongDate } from "~/models/bookings/dates";
import { nextStatus } from "~/models/bookings/status-machine";
import { threadState } from "~/models/messages/messages.server";
import { formatDateTime, formatMoney } from "~/utils/format";

export const meta: MetaFunction = () => [
  { title: "Your booking · Gigfolio" },
  { name: "robots", content: "noindex" },
];

const NOT_FOUND =
  "This booking link is not valid. Check that you copied the whole link from your email.";

function creatorOf(creatorId: string) {
  const found = creatorForClient(creatorId);
  invariantResponse(found, NOT_FOUND, { status: 404 });
  return { user: found.creator, slug: found.slug };
}

export async function loader({ params }: LoaderFunctionArgs) {
  const booking = getBookingByToken(params.token ?? "");
  invariantResponse(booking, NOT_FOUND, { status: 404 });
  const { user, slug } = creatorOf(booking.creatorId);
  const { deadline, tooLate } = clientCancelPolicy(booking);
  // A request not yet confirmed can be withdrawn at any time; the notice applies once confirmed.
  const canCancel =
    nextStatus(booking.status, "cancel") !== null &&
    (booking.status === "requested" || Date.now() <= deadline.getTime());
  return {
    booking: {
      date: booking.date,
      startTime: booking.startTime,
      durationMinutes: booking.durationMinutes,
      packageName: booking.packageName,
      customRequest: booking.customRequest,
      clientName: booking.clientName,
      budgetCents: booking.budgetCents,
      currency: booking.currency,
      status: booking.status,
      proposedDate: booking.proposedDate,
      declineReason: booking.declineReason,
      history: booking.history,
    },
    creator: { displayName: user.displayName, slug },
    timeZone: getAvailability(booking.creatorId).timeZone,
    canCancel,
    deadline: deadline.toISOString(),
    tooLate,
    unreadMessages: threadState({ kind: "booking", id: booking.id }, "client").unread,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const booking = getBookingByToken(token);
  invariantResponse(booking, NOT_FOUND, { status: 404 });
  const { user } = creatorOf(booking.creatorId);
  const intent = (await request.formData()).get("intent");
  const result =
    intent === "cancel"
      ? cancelByClient(token, user)
      : intent === "accept"
        ? acceptProposal(token, user)
        : intent === "decline-proposal"
          ? declineProposal(token, user)
          : null;
  invariantResponse(result, "Unknown action.", { status: 400 });
  if (!result.ok) return data({ error: result.message }, { status: result.status });
  return redirect(`/booking/${token}?done=${intent}`);
}

export default function ManageBooking() {
  const { booking, creator, timeZone, canCancel, deadline, tooLate, unreadMessages } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { token } = useParams();
  const done = params.get("done");
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <header>
        <h1 className="text-3xl font-bold">Your booking with {creator.displayName}</h1>
        <p className="mt-2 flex items-center gap-2 text-slate-700">
          Status: <StatusBadge status={booking.status} />
        </p>
        <p className="mt-2">
          <Link to={`/booking/${token}/messages`} className="link">
            Messages with {creator.displayName}
            {unreadMessages > 0 ? ` (${unreadMessages} new)` : ""}
          </Link>
        </p>
      </header>
      {done === "cancel" ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          Your booking was cancelled. {creator.displayName} has been told.
        </p>
      ) : null}
      {done === "decline-proposal" ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          You turned down the new date. Your request for {formatLongDate(booking.date)} stands, and{" "}
          {creator.displayName} has been told.
        </p>
      ) : null}
      {done === "accept" ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          You accepted the new date. Your booking is confirmed.
        </p>
      ) : null}
      {actionData && "error" in actionData ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          {actionData.error}
        </p>
      ) : null}
      <section className="card space-y-2">
        <p>
          <strong>Date:</strong> {formatLongDate(booking.date)}
          {booking.startTime
            ? ` at ${booking.startTime} (${timeZone.replace(/_/g, " ")} time)`
            : ""}
          {booking.durationMinutes ? ` (${booking.durationMinutes} minutes)` : ""}
        </p>
        <p>
          <strong>What:</strong> {booking.packageName ?? booking.customRequest}
        </p>
        {booking.budgetCents !== null ? (
          <p>
            <strong>Budget:</strong> {formatMoney(booking.budgetCents, booking.currency)}
          </p>
        ) : null}
        {booking.status === "declined" && booking.declineReason ? (
          <p>
            <strong>Reason given:</strong> {booking.declineReason}
          </p>
        ) : null}
      </section>
      {booking.proposedDate && booking.status === "requested" ? (
        <section className="card space-y-3" aria-labelledby="proposal-title">
          <h2 id="proposal-title" className="font-semibold">
            {creator.displayName} proposed another date: {formatLongDate(booking.proposedDate)}
          </h2>
          <Form method="post" className="flex flex-wrap gap-2">
            <SubmitButton name="intent" value="accept" pendingText="Accepting…">
              Accept {formatLongDate(booking.proposedDate)}
            </SubmitButton>
            <SubmitButton
              name="intent"
              value="decline-proposal"
              className="btn-secondary"
              pendingText="Sending…"
            >
              Keep {formatLongDate(booking.date)} instead
            </SubmitButton>
          </Form>
        </section>
      ) : null}
      <section className="card space-y-3">
        {booking.status === "confirmed" || booking.status === "requested" ? (
          <a href={`/booking/${token}/calendar.ics`} className="btn-secondary" download>
            Add to my calendar (.ics)
          </a>
        ) : null}
        {canCancel ? (
          <Form method="post" className="space-y-2">
            <p className="text-sm text-slate-600">
              {booking.status !== "requested"
                ? `You can cancel online until ${formatDateTime(deadline, timeZone)}.`
                : Date.parse(deadline) > Date.now()
                  ? `You can withdraw your request until ${creator.displayName} confirms it; once confirmed, you can cancel online until ${formatDateTime(deadline, timeZone)}.`
                  : `You can withdraw your request until ${creator.displayName} confirms it; once confirmed, it is too close to cancel online.`}
            </p>
            <SubmitButton
              name="intent"
              value="cancel"
              className="btn-danger"
              pendingText="Cancelling…"
            >
              Cancel this booking
            </SubmitButton>
          </Form>
        ) : booking.status === "requested" || booking.status === "confirmed" ? (
          <p className="text-sm text-slate-600">
            {tooLate} Contact {creator.displayName} directly.
          </p>
        ) : null}
        {creator.slug ? (
          <p>
            <Link to={`/${creator.slug}`} className="link">
              See {creator.displayName}’s page
            </Link>
          </p>
        ) : null}
      </section>
      <BookingHistory
        history={booking.history}
        creatorName={creator.displayName}
        timeZone={timeZone}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
