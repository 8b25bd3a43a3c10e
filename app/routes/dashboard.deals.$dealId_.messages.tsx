import { invariantResponse } from "@epic-web/invariant";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { Conversation } from "~/components/messages/conversation";
import { getUserById } from "~/models/accounts/users.server";
import { getAvailability } from "~/models/bookings/availability.server";
import { getDealForParty, partyOf } from "~/models/deals/deals.server";
import { handleMessageAction, type MessageActionData } from "~/utils/message-action.server";
import { readMessagePage } from "~/utils/message-page.server";
import { markThreadRead, threadState } from "~/models/messages/messages.server";
import { sendDealMessage } from "~/models/messages/thread-messages.server";
import { requireUser } from "~/utils/auth.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Messages · ${data?.deal.title ?? "Deal"} · Gigfolio` },
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const deal = getDealForParty(params.dealId ?? "", user);
  invariantResponse(deal, "Deal not found", { status: 404 });
  const side = partyOf(deal, user.id);
  const thread = { kind: "deal", id: deal.id } as const;
  return {
    deal: { id: deal.id, title: deal.title },
    side,
    names: {
      brand: getUserById(deal.brandId)?.displayName ?? "Brand",
      creator: getUserById(deal.creatorId)?.displayName ?? "Creator",
    },
    ...readMessagePage(request, thread),
    unread: side ? threadState(thread, side).unread : 0,
    // A creator reads times in their own time zone, as on their other pages; brands in UTC.
    timeZone: user.role === "creator" ? getAvailability(user.id).timeZone : "UTC",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const deal = getDealForParty(params.dealId ?? "", user);
  invariantResponse(deal, "Deal not found", { status: 404 });
  const side = partyOf(deal, user.id);
  invariantResponse(side, "Only the deal's brand and creator write here.", { status: 403 });
  return handleMessageAction(await request.formData(), {
    senderKey: user.id,
    send: (body) => sendDealMessage(deal, side, body),
    markRead: () => markThreadRead({ kind: "deal", id: deal.id }, side),
    backTo: `/dashboard/deals/${deal.id}/messages`,
  });
}

export default function DealMessages() {
  const { deal, side, names, messages, more, older, unread, timeZone } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MessageActionData | undefined;
  const other = side === "brand" ? names.creator : side === "creator" ? names.brand : null;
  return (
    <div className="space-y-6">
      <p>
        <Link to={`/dashboard/deals/${deal.id}`} className="link text-sm">
          ← {deal.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Messages{other ? ` with ${other}` : ""}</h1>
      <Conversation
        messages={messages}
        more={more}
        older={older}
        me={side}
        names={names}
        unread={unread}
        timeZone={timeZone}
        canWrite={side !== null}
        closedText="Only the deal's brand and creator write here."
        errors={actionData?.errors}
        draft={actionData?.body}
        markable={side !== null}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
