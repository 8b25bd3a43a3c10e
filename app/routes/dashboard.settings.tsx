import { invariantResponse } from "@epic-web/invariant";
import type { Submission, SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import {
  DeleteAccountForm,
  EmailForm,
  NameForm,
  PasswordForm,
} from "~/components/settings/account-forms";
import { SessionsSection } from "~/components/settings/sessions-section";
import {
  changeDisplayName,
  changePassword,
  checkPassword,
  getAccount,
} from "~/models/accounts/account-settings.server";
import {
  ChangeEmailSchema,
  ChangePasswordSchema,
  DeleteAccountSchema,
  DisplayNameSchema,
} from "~/models/accounts/account-schemas";
import { deleteAccount, openWork } from "~/models/accounts/delete-account.server";
import {
  pendingEmailChange,
  requestEmailChange,
  sendVerificationEmail,
} from "~/models/accounts/email-verification.server";
import { deleteUserSessions, listUserSessions } from "~/models/accounts/sessions.server";
import { getUserByEmail, type PublicUser } from "~/models/accounts/users.server";
import { endSession, getSessionId, requireUser } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";
import { consume, isLimited } from "~/utils/rate-limit.server";
import { getOrigin } from "~/utils/url.server";

export const meta: MetaFunction = () => [{ title: "Account settings · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const account = getAccount(user.id);
  invariantResponse(account, "Account not found", { status: 404 });
  const current = await getSessionId(request);
  const sessions = listUserSessions(user.id).map((s) => ({
    createdAt: s.createdAt,
    expiresAt: s.expiresAt,
    userAgent: s.userAgent,
    current: s.id === current,
  }));
  return {
    account,
    pendingEmail: pendingEmailChange(user.id),
    sessions,
    openWork: openWork(user.id, user.role),
  };
}

type ActionData = {
  intent: "name" | "password" | "email" | "delete";
  result: SubmissionResult<string[]>;
};

const WRONG_PASSWORD = "The current password is not right";
const TOO_MANY = "Too many wrong passwords. Try again in 15 minutes.";

/** Wrong current passwords count like failed logins, per account. */
async function passwordRefusal(user: PublicUser, password: string): Promise<string | null> {
  const key = `settings:${user.id}`;
  if (await isLimited("loginAccount", key)) return TOO_MANY;
  if (await checkPassword(user.id, password)) return null;
  return (await consume("loginAccount", key)) ? WRONG_PASSWORD : TOO_MANY;
}

/** The form back with the refusal on its current-password field, or null when it is right. */
async function refuseWrongPassword(
  user: PublicUser,
  intent: ActionData["intent"],
  submission: { value: { currentPassword: string }; reply: Submission<unknown>["reply"] },
  hide: { hideFields: string[] },
) {
  const refusal = await passwordRefusal(user, submission.value.currentPassword);
  if (!refusal) return null;
  const result = submission.reply({ ...hide, fieldErrors: { currentPassword: [refusal] } });
  return data<ActionData>({ intent, result }, { status: refusal === TOO_MANY ? 429 : 400 });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (intent === "name") {
    const submission = parseWithZod(formData, { schema: DisplayNameSchema });
    if (submission.status !== "success") {
      return data<ActionData>({ intent, result: submission.reply() }, { status: 400 });
    }
    changeDisplayName(user.id, submission.value.displayName);
    return redirect("/dashboard/settings?saved=name");
  }

  if (intent === "password") {
    const hide = { hideFields: ["currentPassword", "newPassword", "confirmPassword"] };
    const submission = parseWithZod(formData, { schema: ChangePasswordSchema });
    if (submission.status !== "success") {
      return data<ActionData>({ intent, result: submission.reply(hide) }, { status: 400 });
    }
    const refused = await refuseWrongPassword(user, intent, submission, hide);
    if (refused) return refused;
    const current = await getSessionId(request);
    const ended = await changePassword(user, submission.value.newPassword, current ?? undefined);
    return redirect(`/dashboard/settings?saved=password&ended=${ended}`);
  }

  if (intent === "email") {
    const submission = parseWithZod(formData, { schema: ChangeEmailSchema });
    const hide = { hideFields: ["currentPassword"] };
    if (submission.status !== "success") {
      return data<ActionData>({ intent, result: submission.reply(hide) }, { status: 400 });
    }
    // The password first: whether another account uses an address is said only to someone who
    // knows this account's password, not to whoever finds the session unlocked.
    const refused = await refuseWrongPassword(user, intent, submission, hide);
    if (refused) return refused;
    const taken =
      submission.value.email === user.email
        ? "This is already your email"
        : getUserByEmail(submission.value.email)
          ? "Another account uses this email"
          : null;
    if (taken) {
      const result = submission.reply({ ...hide, fieldErrors: { email: [taken] } });
      return data<ActionData>({ intent, result }, { status: 400 });
    }
    requestEmailChange(user, submission.value.email, getOrigin(request));
    return redirect("/dashboard/settings?saved=email");
  }

  if (intent === "delete") {
    const hide = { hideFields: ["currentPassword"] };
    const submission = parseWithZod(formData, { schema: DeleteAccountSchema });
    if (submission.status !== "success") {
      return data<ActionData>({ intent, result: submission.reply(hide) }, { status: 400 });
    }
    const refused = await refuseWrongPassword(user, intent, submission, hide);
    if (refused) return refused;
    if (!deleteAccount(user)) {
      const formErrors = ["Something is still open; the list above says what."];
      return data<ActionData>(
        { intent, result: submission.reply({ ...hide, formErrors }) },
        {
          status: 409,
        },
      );
    }
    return endSession(request, "/login?deleted=1");
  }

  if (intent === "resend-verification") {
    if (!(await consume("reset", `verify:${user.id}`))) {
      throw new Response("Too many links asked for. Try again in 15 minutes.", { status: 429 });
    }
    const account = getAccount(user.id);
    if (account && !account.emailVerifiedAt) sendVerificationEmail(user, getOrigin(request));
    return redirect("/dashboard/settings?saved=verification");
  }

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
  const { account, pendingEmail, sessions, openWork } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  // Each visit (after a save's redirect too) starts the password fields empty, with JavaScript on
  // as without: the browser keeps nothing typed into them.
  const { key: visit } = useLocation();
  const saved = params.get("saved");
  const replyFor = (intent: ActionData["intent"]) =>
    actionData?.intent === intent ? actionData.result : undefined;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Account settings</h1>
      <section className="card space-y-4" aria-labelledby="account-title">
        <h2 id="account-title" className="font-semibold">
          Account
        </h2>
        <dl className="grid grid-cols-[8rem_1fr] gap-2 text-sm">
          <dt className="text-slate-500">Email</dt>
          <dd>
            {account.email}{" "}
            {account.emailVerifiedAt ? (
              <span className="rounded bg-green-100 px-1.5 text-xs text-green-800">Confirmed</span>
            ) : (
              <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">
                Not confirmed
              </span>
            )}
          </dd>
          <dt className="text-slate-500">Account type</dt>
          <dd className="capitalize">{account.role}</dd>
          <dt className="text-slate-500">Member since</dt>
          <dd>{formatDateTime(account.createdAt)}</dd>
        </dl>
        {account.emailVerifiedAt ? null : (
          <Form method="post" className="flex flex-wrap items-center gap-2 text-sm">
            {saved === "verification" ? (
              <p role="status" className="rounded-md bg-green-50 p-2 text-green-800">
                We sent a new link to {account.email}.
              </p>
            ) : (
              <p>Open the link we emailed you to confirm your address.</p>
            )}
            <SubmitButton
              name="intent"
              value="resend-verification"
              className="btn-secondary px-3 py-1"
              pendingText="Sending…"
            >
              Send the link again
            </SubmitButton>
          </Form>
        )}
        <NameForm
          displayName={account.displayName}
          lastResult={replyFor("name")}
          saved={saved === "name"}
        />
      </section>
      <section className="card space-y-3" aria-labelledby="email-title">
        <h2 id="email-title" className="font-semibold">
          Change email
        </h2>
        <EmailForm key={visit} lastResult={replyFor("email")} pendingEmail={pendingEmail} />
      </section>
      <section className="card space-y-3" aria-labelledby="password-title">
        <h2 id="password-title" className="font-semibold">
          Change password
        </h2>
        <PasswordForm
          key={visit}
          lastResult={replyFor("password")}
          saved={saved === "password"}
          revoked={Number(params.get("ended") ?? 0) || 0}
        />
      </section>
      <SessionsSection sessions={sessions} revoked={params.get("revoked")} />
      <section className="card space-y-2" aria-labelledby="notifications-title">
        <h2 id="notifications-title" className="font-semibold">
          Notifications
        </h2>
        <p className="text-sm text-slate-600">
          Choose what you hear about in the app and by email.{" "}
          <Link to="/dashboard/settings/notifications" className="link">
            Notification settings
          </Link>
        </p>
      </section>
      <section className="card space-y-2" aria-labelledby="export-title">
        <h2 id="export-title" className="font-semibold">
          Your data
        </h2>
        <p className="text-sm text-slate-600">
          Download everything Gigfolio stores about your account as one JSON file: your profile,
          pages, bookings, inquiries, reviews, gigs, applications and deals.
        </p>
        <a href="/dashboard/settings/export" className="btn-secondary" download>
          Download my data
        </a>
      </section>
      <section className="card space-y-3" aria-labelledby="delete-title">
        <h2 id="delete-title" className="font-semibold">
          Delete your account
        </h2>
        <DeleteAccountForm lastResult={replyFor("delete")} openWork={openWork} />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
