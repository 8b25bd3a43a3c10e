import { invariantResponse } from "@epic-web/invariant";
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { deleteUserSessions, listUserSessions } from "~/models/accounts/sessions.server";
import { endSession, getSessionId, requireUser } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Account settings · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const current = await getSessionId(request);
  const sessions = listUserSessions(user.id).map((s) => ({
    createdAt: s.createdAt,
    expiresAt: s.expiresAt,
    userAgent: s.userAgent,
    current: s.id === current,
  }));
  return { user: { email: user.email, displayName: user.displayName, role: user.role }, sessions };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const intent = (await request.formData()).get("intent");
  if (intent === "logout-others") {
    const current = await getSessionId(request);
    const count = deleteUserSessions(user.id, current ?? undefined);
    return redirect(`/dashboard/settings?revoked=${count}`);
  }
  if (intent === "logout-everywhere") {
    deleteUserSessions(user.id);
    return endSession(request, "/login");
  }
  invariantResponse(false, "Unknown action.", { status: 400 });
}

export default function SettingsPage() {
  const { user, sessions } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const revoked = params.get("revoked");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Account settings</h1>
      <section className="card">
        <h2 className="font-semibold">Account</h2>
        <dl className="mt-3 grid grid-cols-[8rem_1fr] gap-2 text-sm">
          <dt className="text-slate-500">Name</dt>
          <dd>{user.displayName}</dd>
          <dt className="text-slate-500">Email</dt>
          <dd>{user.email}</dd>
          <dt className="text-slate-500">Account type</dt>
          <dd className="capitalize">{user.role}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="font-semibold">
          Where you are logged in
        </h2>
        {revoked !== null ? (
          <p role="status" className="mt-2 rounded-md bg-green-50 p-2 text-sm text-green-800">
            Logged out of {revoked} other {revoked === "1" ? "device" : "devices"}.
          </p>
        ) : null}
        <ul className="mt-3 divide-y divide-slate-200 text-sm">
          {sessions.map((s, i) => (
            <li key={i} className="py-2">
              <span className="font-medium">{s.userAgent ?? "Unknown browser"}</span>
              {s.current ? (
                <span className="ml-2 rounded bg-green-100 px-1.5 text-xs text-green-800">
                  This device
                </span>
              ) : null}
              <br />
              <span className="text-slate-500">
                Since {formatDateTime(s.createdAt)} · expires {formatDateTime(s.expiresAt)}
              </span>
            </li>
          ))}
        </ul>
        <div className="mt-4 flex flex-wrap gap-2">
          <Form method="post">
            <SubmitButton
              name="intent"
              value="logout-others"
              className="btn-secondary"
              pendingText="Logging out…"
            >
              Log out of other devices
            </SubmitButton>
          </Form>
          <Form method="post">
            <SubmitButton
              name="intent"
              value="logout-everywhere"
              className="btn-danger"
              pendingText="Logging out…"
            >
              Log out of all devices
            </SubmitButton>
          </Form>
        </div>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
