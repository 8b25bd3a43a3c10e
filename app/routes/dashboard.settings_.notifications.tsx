import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { Link } from "~/components/link";
import { NOTIFICATION_TYPE_INFO, typesForRole } from "~/models/notifications/notification-types";
import { parsePreferencesForm } from "~/models/notifications/preferences-schema";
import { getPreferences, savePreferences } from "~/models/notifications/preferences.server";
import { requireUser } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Notification settings · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const saved = new URL(request.url).searchParams.get("saved") === "1";
  const preferences = getPreferences(user.id, user.role).map((p) => ({
    ...p,
    label: NOTIFICATION_TYPE_INFO[p.type].label,
    hint: NOTIFICATION_TYPE_INFO[p.type].hint,
  }));
  return { preferences, saved };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = parsePreferencesForm(await request.formData(), typesForRole(user.role));
  if (!parsed.success)
    return data(
      { errors: [...new Set(parsed.error.issues.map((issue) => issue.message))] },
      { status: 400 },
    );
  savePreferences(user.id, user.role, parsed.data);
  return redirect("/dashboard/settings/notifications?saved=1");
}

export default function NotificationSettings() {
  const { preferences, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link to="/dashboard/settings" className="link">
          ← Account settings
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Notification settings</h1>
      <p className="text-slate-600">
        Choose what you hear about in your{" "}
        <Link to="/dashboard/notifications" className="link">
          notifications
        </Link>{" "}
        and by email. Emails about your account itself (password resets, address checks) are always
        sent.
      </p>
      {saved && !actionData ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-800">
          Your notification settings are saved.
        </p>
      ) : null}
      <ErrorList errors={actionData?.errors} />
      {preferences.length === 0 ? (
        <div className="card text-center text-slate-600">
          Your account type has no notifications to choose.
        </div>
      ) : (
        <Form method="post" className="space-y-4">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2 pr-3 font-semibold">
                  When
                </th>
                <th scope="col" className="px-3 py-2 text-center font-semibold">
                  In the app
                </th>
                <th scope="col" className="px-3 py-2 text-center font-semibold">
                  By email
                </th>
              </tr>
            </thead>
            <tbody>
              {preferences.map((p) => {
                const info = p;
                return (
                  <tr key={p.type} className="border-b border-slate-100">
                    <th scope="row" className="py-2 pr-3 font-normal">
                      <span className="block font-medium" id={`label-${p.type}`}>
                        {info.label}
                      </span>
                      <span className="text-slate-600">{info.hint}</span>
                    </th>
                    <td className="px-3 py-2 text-center">
                      <input
                        type="checkbox"
                        name="inApp"
                        value={p.type}
                        defaultChecked={p.inApp}
                        aria-label={`${info.label}: in the app`}
                        className="h-4 w-4"
                      />
                    </td>
                    <td className="px-3 py-2 text-center">
                      <input
                        type="checkbox"
                        name="email"
                        value={p.type}
                        defaultChecked={p.email}
                        aria-label={`${info.label}: by email`}
                        className="h-4 w-4"
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <SubmitButton pendingText="Saving…">Save notification settings</SubmitButton>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
