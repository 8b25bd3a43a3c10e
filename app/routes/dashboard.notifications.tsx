import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Pager } from "~/components/bookings/pager";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { Link } from "~/components/link";
import { getAvailability } from "~/models/bookings/availability.server";
import {
  listNotifications,
  markAllNotificationsRead,
  openNotification,
} from "~/models/notifications/notifications.server";
import { requireUser } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Notifications · Gigfolio" }];

const pageOf = (url: URL) => Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const timeZone = user.role === "creator" ? getAvailability(user.id).timeZone : "UTC";
  return { timeZone, ...listNotifications(user.id, pageOf(new URL(request.url))) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "open") {
    const id = formData.get("id");
    const path = typeof id === "string" ? openNotification(user.id, id) : null;
    if (!path) throw new Response("Notification not found", { status: 404 });
    return redirect(path);
  }
  if (intent === "read-all") {
    markAllNotificationsRead(user.id);
    const page = Number.parseInt(String(formData.get("page") ?? "1"), 10) || 1;
    return redirect(`/dashboard/notifications${page > 1 ? `?page=${page}` : ""}`);
  }
  return data({ errors: ["That request was not understood."] }, { status: 400 });
}

export default function Notifications() {
  const { rows, page, pageCount, unread, total, timeZone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Notifications</h1>
        <Link to="/dashboard/settings/notifications" className="link text-sm">
          Notification settings
        </Link>
      </div>
      <ErrorList errors={actionData?.errors} />
      {total === 0 ? (
        <div className="card text-center text-slate-600">
          No notifications yet. New bookings, inquiries, applications, deal updates and messages
          show up here.
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-slate-600">
              {unread === 0
                ? "All caught up."
                : `${unread >= 100 ? "99+" : unread} unread, newest first.`}
            </p>
            {unread > 0 ? (
              <Form method="post">
                <input type="hidden" name="page" value={page} />
                <SubmitButton
                  name="intent"
                  value="read-all"
                  className="btn-secondary"
                  pendingText="Marking…"
                >
                  Mark all as read
                </SubmitButton>
              </Form>
            ) : null}
          </div>
          <ul className="divide-y divide-slate-100 rounded-lg border" aria-label="Notifications">
            {rows.map((n) => (
              <li key={n.id} className={`space-y-1 p-3 ${n.readAt ? "" : "bg-brand-50"}`}>
                <div className="flex flex-wrap items-center gap-2">
                  {n.readAt ? (
                    <Link to={n.path} className="link font-semibold">
                      {n.title}
                    </Link>
                  ) : (
                    // Opening an unread one marks it read: a POST, then a redirect to it.
                    <Form method="post" className="inline">
                      <input type="hidden" name="id" value={n.id} />
                      <button
                        type="submit"
                        name="intent"
                        value="open"
                        className="link text-left font-semibold"
                      >
                        {n.title}
                      </button>
                    </Form>
                  )}
                  {n.readAt ? null : (
                    <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">
                      New
                    </span>
                  )}
                </div>
                {n.body ? <p className="text-sm text-slate-700">{n.body}</p> : null}
                <p className="text-xs text-slate-500">{formatDateTime(n.createdAt, timeZone)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      <Pager page={page} pageCount={pageCount} href={(p) => `/dashboard/notifications?page=${p}`} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
