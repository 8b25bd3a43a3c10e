import { invariantResponse } from "@epic-web/invariant";
import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { listOutbox } from "~/models/email/outbox.server";
import { devOutboxEnabled } from "~/utils/env.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [
  { title: "Email outbox (development) · Gigfolio" },
  { name: "robots", content: "noindex" },
];

/** Development only: read the emails the app would have sent. 404 in production. */
export async function loader() {
  invariantResponse(devOutboxEnabled(), "Not found", { status: 404 });
  return { emails: listOutbox(50) };
}

export default function DevOutbox() {
  const { emails } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl space-y-4 px-4 py-10">
      <h1 className="text-2xl font-bold">Email outbox</h1>
      <p className="text-sm text-slate-600">
        Development only. The newest 50 emails; with SMTP_URL set they are also delivered.
      </p>
      {emails.length === 0 ? <p className="card">No emails yet.</p> : null}
      {emails.map((e) => (
        <article key={e.id} className="card" aria-label={`Email to ${e.toAddress}`}>
          <p className="text-xs text-slate-500">
            {formatDateTime(e.createdAt)} · {e.kind} · {e.status}
          </p>
          <h2 className="mt-1 font-semibold">{e.subject}</h2>
          <p className="text-sm">To: {e.toAddress}</p>
          <pre className="mt-3 whitespace-pre-wrap break-all rounded bg-slate-50 p-3 text-sm">
            {e.textBody}
          </pre>
        </article>
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
