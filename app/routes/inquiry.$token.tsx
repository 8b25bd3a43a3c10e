import { invariantResponse } from "@epic-web/invariant";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { Conversation } from "~/components/messages/conversation";
import { getAvailability } from "~/models/bookings/availability.server";
import { creatorForClient } from "~/models/bookings/bookings.server";
import { getInquiryByToken } from "~/models/inquiries/visitor-links.server";
import { markThreadRead, threadState } from "~/models/messages/messages.server";
import { inquiryThreadOpen, sendInquiryMessage } from "~/models/messages/thread-messages.server";
import { formatDateTime, formatMoney } from "~/utils/format";
import { handleMessageAction, type MessageActionData } from "~/utils/message-action.server";
import { readMessagePage } from "~/utils/message-page.server";
import { getOrigin } from "~/utils/url.server";

export const meta: MetaFunction = () => [
  { title: "Your inquiry · Gigfolio" },
  { name: "robots", content: "noindex" },
];

const NOT_FOUND =
  "This inquiry link is not valid or has expired. Check that you copied the whole link from your email.";
const CLOSED = "The creator has closed this conversation.";

/** The visitor's page for their inquiry: what they sent, and the conversation with the creator. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const inquiry = getInquiryByToken(params.token ?? "");
  invariantResponse(inquiry, NOT_FOUND, { status: 404 });
  const found = creatorForClient(inquiry.creatorId);
  invariantResponse(found, NOT_FOUND, { status: 404 });
  const thread = { kind: "inquiry", id: inquiry.id } as const;
  return {
    inquiry: {
      name: inquiry.name,
      message: inquiry.message,
      budgetCents: inquiry.budgetCents,
      currency: inquiry.currency,
      createdAt: inquiry.createdAt,
      open: inquiryThreadOpen(inquiry.status),
    },
    creator: { displayName: found.creator.displayName, slug: found.slug },
    ...readMessagePage(request, thread),
    unread: threadState(thread, "client").unread,
    timeZone: getAvailability(inquiry.creatorId).timeZone,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const inquiry = getInquiryByToken(token);
  invariantResponse(inquiry, NOT_FOUND, { status: 404 });
  return handleMessageAction(await request.formData(), {
    senderKey: `inquiry:${inquiry.id}`,
    send: inquiryThreadOpen(inquiry.status)
      ? (body) => sendInquiryMessage(inquiry, "client", body, { origin: getOrigin(request) })
      : null,
    closedError: CLOSED,
    markRead: () => markThreadRead({ kind: "inquiry", id: inquiry.id }, "client"),
    backTo: `/inquiry/${token}`,
  });
}

export default function VisitorInquiry() {
  const { inquiry, creator, messages, more, older, unread, timeZone } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MessageActionData | undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Your inquiry to {creator.displayName}</h1>
        <p className="text-sm text-slate-600">
          Keep this page&apos;s link to yourself: anyone who has it can read and write here.
        </p>
      </header>
      <section className="card space-y-2" aria-labelledby="sent-title">
        <h2 id="sent-title" className="font-semibold">
          You wrote on {formatDateTime(inquiry.createdAt, timeZone)}
        </h2>
        <p className="whitespace-pre-line break-words">{inquiry.message}</p>
        {inquiry.budgetCents !== null ? (
          <p className="text-sm">Budget: {formatMoney(inquiry.budgetCents, inquiry.currency)}</p>
        ) : null}
        {creator.slug ? (
          <p className="text-sm">
            <Link to={`/${creator.slug}`} className="link">
              See {creator.displayName}’s page
            </Link>
          </p>
        ) : null}
      </section>
      <section className="space-y-3" aria-labelledby="messages-title">
        <h2 id="messages-title" className="text-xl font-semibold">
          Messages with {creator.displayName}
        </h2>
        <Conversation
          messages={messages}
          more={more}
          older={older}
          me="client"
          names={{ creator: creator.displayName }}
          unread={unread}
          timeZone={timeZone}
          canWrite={inquiry.open}
          closedText={CLOSED}
          errors={actionData?.errors}
          draft={actionData?.body}
          markable
        />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
