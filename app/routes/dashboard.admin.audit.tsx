import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ACTION_LABELS, AuditList } from "~/components/admin/audit-list";
import { Pager } from "~/components/bookings/pager";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { MODERATION_ACTIONS } from "~/db/schema/moderation";
import { isModerationAction, listModerationLog } from "~/models/admin/moderation-log.server";
import { requireUser } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Audit log · Admin · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const raw = url.searchParams.get("action")?.toLowerCase() ?? null;
  const action = isModerationAction(raw) ? raw : null;
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  return { action, ...listModerationLog({ action, page }) };
}

export default function AuditLog() {
  const { action, rows, total, page, pageCount } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <p className="text-slate-600">
        Every moderation action by an admin, newest first. Entries cannot be edited or deleted.
      </p>
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="action" className="label">
            Action
          </label>
          <select id="action" name="action" defaultValue={action ?? ""} className="input">
            <option value="">All actions</option>
            {MODERATION_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {ACTION_LABELS[a]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          Show
        </button>
      </Form>
      <p className="text-sm text-slate-600">
        {total} {total === 1 ? "entry" : "entries"}
      </p>
      <AuditList
        rows={rows}
        empty={action ? "No entries for this action yet." : "No moderation actions yet."}
      />
      <Pager
        page={page}
        pageCount={pageCount}
        href={(p) =>
          `/dashboard/admin/audit?${new URLSearchParams({ ...(action ? { action } : {}), page: String(p) })}`
        }
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
