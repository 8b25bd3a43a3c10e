import { invariantResponse } from "@epic-web/invariant";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { Conversation } from "~/components/messages/conversation";
import { getUserById } from "~/models/accounts/users.server";
import { getAvailability } from "~/models/bookings/availability.server";
import { getBookingByToken } from "~/models/bookings/bookings.server";
import { formatLongDate } from "~/models/bookings/dates";
import { handleMessageAction, type MessageActionData } from "~/utils/message-action.server";
import { readMessagePage } from "~/utils/message-page.server";
import { markThreadRead, threadState } from "~/models/messages/messages.server";
import { bookingThreadOpen, sendBookingMessage } from "~/models/messages/thread-messages.server";
import { creatorPublicName } from "~/models/portfolio/profiles.server";
import { getOrigin } from "~/utils/url.server";

export const meta: MetaFunction = () => [
  { title: "Messages about your booking · Gigfolio" },
  { name: "robots", content: "noindex" },
];

const NOT_FOUND =
  "This booking link is not valid. Check that you copied the whole link from your email.";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const booking = getBookingByToken(params.token ?? "");
  invariantResponse(booking, NOT_FOUND, { status: 404 });
  const account = getUserById(booking.creatorId);
  invariantResponse(account, NOT_FOUND, { status: 404 });
  const thread = { kind: "booking", id: booking.id } as const;
  return {
    booking: { date: booking.date, open: bookingThreadOpen(booking.status) },
    creatorName: creatorPublicName(booking.creatorId, account.displayName),
    ...readMessagePage(request, thread),
    unread: threadState(thread, "client").unread,
    timeZone: getAvailability(booking.creatorId).timeZone,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const booking = getBookingByToken(params.token ?? "");
  invariantResponse(booking, NOT_FOUND, { status: 404 });
  return handleMessageAction(await request.formData(), {
    senderKey: `client:${booking.id}`,
    send: bookingThreadOpen(booking.status)
      ? (body) => sendBookingMessage(booking, "client", body, { origin: getOrigin(request) })
      : null,
    markRead: () => markThreadRead({ kind: "booking", id: booking.id }, "client"),
    backTo: `/booking/${params.token}/messages`,
  });
}

export default function ClientBookingMessages() {
  const { booking, creatorName, messages, more, older, unread, timeZone } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MessageActionData | undefined;
  const { token } = useParams();
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <p>
        <Link to={`/booking/${token}`} className="link text-sm">
          ← Your booking on {formatLongDate(booking.date)}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Messages with {creatorName}</h1>
      <Conversation
        messages={messages}
        more={more}
        older={older}
        me="client"
        names={{ creator: creatorName }}
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
