import { invariantResponse } from "@epic-web/invariant";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getInquiryForCreator, setInquiryStatus } from "~/models/inquiries/inquiries.server";
import { getAvailability } from "~/models/bookings/availability.server";
import { threadState } from "~/models/messages/messages.server";
import { requireCreator } from "~/utils/require-creator.server";
import { formatDateTime, formatMoney } from "~/utils/format";
import { safeRedirect } from "~/utils/url.server";

export const meta: MetaFunction = () => [{ title: "Inquiry · Gigfolio" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const inquiry = getInquiryForCreator(params.inquiryId ?? "", user.id);
  invariantResponse(inquiry, "This inquiry does not exist.", { status: 404 });
  return {
    inquiry,
    timeZone: getAvailability(user.id).timeZone,
    unreadMessages: threadState({ kind: "inquiry", id: inquiry.id }, "creator").unread,
  };
}

const IntentSchema = z.object({
  intent: z.enum(["new", "read", "archived"]),
  redirectTo: z.string().optional(),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCreator(request);
  const parsed = IntentSchema.safeParse(Object.fromEntries(await request.formData()));
  invariantResponse(parsed.success, "Unknown action.", { status: 400 });
  const ok = setInquiryStatus(params.inquiryId ?? "", user.id, parsed.data.intent, user.id);
  invariantResponse(ok, "This inquiry does not exist.", { status: 404 });
  return redirect(safeRedirect(parsed.data.redirectTo, `/dashboard/inquiries/${params.inquiryId}`));
}

const statusLabel = { new: "Unread", read: "Read", archived: "Archived" } as const;

export default function InquiryDetail() {
  const { inquiry, timeZone, unreadMessages } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <Link to="/dashboard/inquiries" className="link text-sm">
        ← Back to inbox
      </Link>
      <article className="card space-y-4">
        <header>
          <h1 className="text-2xl font-bold">Inquiry from {inquiry.name}</h1>
          <p className="text-sm text-slate-600">
            <a href={`mailto:${inquiry.email}`} className="link">
              {inquiry.email}
            </a>{" "}
            · {formatDateTime(inquiry.createdAt, timeZone)} · {statusLabel[inquiry.status]}
          </p>
        </header>
        {inquiry.budgetCents !== null ? (
          <p className="text-sm">Budget: {formatMoney(inquiry.budgetCents, inquiry.currency)}</p>
        ) : null}
        <div className="whitespace-pre-line">{inquiry.message}</div>
        <div className="flex flex-wrap gap-2">
          <Link to={`/dashboard/inquiries/${inquiry.id}/messages`} className="btn-primary">
            Messages with {inquiry.name}
            {unreadMessages > 0 ? ` (${unreadMessages} new)` : ""}
          </Link>
          <a
            href={`mailto:${inquiry.email}?subject=${encodeURIComponent("Re: your inquiry on Gigfolio")}`}
            className="btn-secondary"
          >
            Reply by email
          </a>
          <Form method="post" className="contents">
            {inquiry.status === "new" ? (
              <button type="submit" name="intent" value="read" className="btn-secondary">
                Mark read
              </button>
            ) : null}
            {inquiry.status !== "archived" ? (
              <button type="submit" name="intent" value="archived" className="btn-secondary">
                Archive
              </button>
            ) : (
              <button type="submit" name="intent" value="read" className="btn-secondary">
                Move back to inbox
              </button>
            )}
          </Form>
        </div>
      </article>
      <section aria-labelledby="history-title" className="card">
        <h2 id="history-title" className="font-semibold">
          History
        </h2>
        <ol className="mt-2 space-y-1 text-sm text-slate-700">
          {inquiry.history.map((h) => (
            <li key={h.id}>
              {formatDateTime(h.createdAt, timeZone)}:{" "}
              {h.fromStatus
                ? `${statusLabel[h.fromStatus as keyof typeof statusLabel]} → `
                : "Received, "}
              {statusLabel[h.toStatus as keyof typeof statusLabel]}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
