import { invariantResponse } from "@epic-web/invariant";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { Conversation } from "~/components/messages/conversation";
import { getAvailability } from "~/models/bookings/availability.server";
import { getBookingForCreator } from "~/models/bookings/bookings.server";
import { formatLongDate } from "~/models/bookings/dates";
import { handleMessageAction, type MessageActionData } from "~/utils/message-action.server";
import { readMessagePage } from "~/utils/message-page.server";
import { markThreadRead, threadState } from "~/models/messages/messages.server";
import { bookingThreadOpen, sendBookingMessage } from "~/models/messages/thread-messages.server";
import { requireCreator } from "~/utils/require-creator.server";
import { getOrigin } from "~/utils/url.server";

export const meta: MetaFunction = () => [
  { title: "Messages · Booking · Gigfolio" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const booking = getBookingForCreator(params.bookingId ?? "", user.id);
  invariantResponse(booking, "Booking not found", { status: 404 });
  const thread = { kind: "booking", id: booking.id } as const;
  return {
    booking: {
      id: booking.id,
      date: booking.date,
      clientName: booking.clientName,
      open: bookingThreadOpen(booking.status),
    },
    ...readMessagePage(request, thread),
    unread: threadState(thread, "creator").unread,
    timeZone: getAvailability(user.id).timeZone,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCreator(request);
  const booking = getBookingForCreator(params.bookingId ?? "", user.id);
  invariantResponse(booking, "Booking not found", { status: 404 });
  return handleMessageAction(await request.formData(), {
    senderKey: user.id,
    send: bookingThreadOpen(booking.status)
      ? (body) => sendBookingMessage(booking, "creator", body, { origin: getOrigin(request) })
      : null,
    markRead: () => markThreadRead({ kind: "booking", id: booking.id }, "creator"),
    backTo: `/dashboard/bookings/${booking.id}/messages`,
  });
}

export default function BookingMessages() {
  const { booking, messages, more, older, unread, timeZone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MessageActionData | undefined;
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/dashboard/bookings/${booking.id}`} className="link text-sm">
          ← Booking on {formatLongDate(booking.date)}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Messages with {booking.clientName}</h1>
      <p className="text-sm text-slate-600">
        {booking.clientName} has no account: they get each first new message by email and answer
        from their booking&apos;s private link.
      </p>
      <Conversation
        messages={messages}
        more={more}
        older={older}
        me="creator"
        names={{ client: booking.clientName }}
        unread={unread}
        timeZone={timeZone}
        canWrite={booking.open}
        closedText="This booking was declined or cancelled, so the conversation is closed."
        errors={actionData?.errors}
        draft={actionData?.body}
        markable
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
