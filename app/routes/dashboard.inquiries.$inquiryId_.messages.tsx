import { invariantResponse } from "@epic-web/invariant";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { Conversation } from "~/components/messages/conversation";
import { getAvailability } from "~/models/bookings/availability.server";
import { getInquiryForCreator } from "~/models/inquiries/inquiries.server";
import { markThreadRead, threadState } from "~/models/messages/messages.server";
import { inquiryThreadOpen, sendInquiryMessage } from "~/models/messages/thread-messages.server";
import { handleMessageAction, type MessageActionData } from "~/utils/message-action.server";
import { readMessagePage } from "~/utils/message-page.server";
import { requireCreator } from "~/utils/require-creator.server";
import { getOrigin } from "~/utils/url.server";

export const meta: MetaFunction = () => [
  { title: "Messages · Inquiry · Gigfolio" },
  { name: "robots", content: "noindex" },
];

const NOT_FOUND = "This inquiry does not exist.";
const CLOSED = "This inquiry is archived, so its conversation is closed.";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const inquiry = getInquiryForCreator(params.inquiryId ?? "", user.id);
  invariantResponse(inquiry, NOT_FOUND, { status: 404 });
  const thread = { kind: "inquiry", id: inquiry.id } as const;
  return {
    inquiry: { id: inquiry.id, name: inquiry.name, open: inquiryThreadOpen(inquiry.status) },
    ...readMessagePage(request, thread),
    unread: threadState(thread, "creator").unread,
    timeZone: getAvailability(user.id).timeZone,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCreator(request);
  const inquiry = getInquiryForCreator(params.inquiryId ?? "", user.id);
  invariantResponse(inquiry, NOT_FOUND, { status: 404 });
  return handleMessageAction(await request.formData(), {
    senderKey: user.id,
    send: inquiryThreadOpen(inquiry.status)
      ? (body) => sendInquiryMessage(inquiry, "creator", body, { origin: getOrigin(request) })
      : null,
    closedError: `${CLOSED} Move it back to the inbox to write again.`,
    markRead: () => markThreadRead({ kind: "inquiry", id: inquiry.id }, "creator"),
    backTo: `/dashboard/inquiries/${inquiry.id}/messages`,
  });
}

export default function InquiryMessages() {
  const { inquiry, messages, more, older, unread, timeZone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MessageActionData | undefined;
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/dashboard/inquiries/${inquiry.id}`} className="link text-sm">
          ← Inquiry from {inquiry.name}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Messages with {inquiry.name}</h1>
      <p className="text-sm text-slate-600">
        {inquiry.name} has no account: they get each first new message by email, with a private link
        to read the conversation and answer from.
      </p>
      <Conversation
        messages={messages}
        more={more}
        older={older}
        me="creator"
        names={{ client: inquiry.name }}
        unread={unread}
        timeZone={timeZone}
        canWrite={inquiry.open}
        closedText={`${CLOSED} Move it back to the inbox from its page to write again.`}
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
