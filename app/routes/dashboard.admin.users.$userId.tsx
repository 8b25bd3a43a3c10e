import { parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ReasonForm } from "~/components/admin/reason-form";
import { AuditList } from "~/components/admin/audit-list";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { UserModerationSchema } from "~/models/admin/admin-schemas";
import {
  getUserForAdmin,
  reinstateUser,
  suspendUser,
  type ModerationResult,
} from "~/models/admin/admin-users.server";
import { listModerationLog } from "~/models/admin/moderation-log.server";
import { requireUser } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.user.displayName ?? "User"} · Admin · Gigfolio` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const user = getUserForAdmin(params.userId ?? "");
  invariantResponse(user, "No user has this id.", { status: 404 });
  const history = listModerationLog({ target: { type: "user", id: user.id }, page: 1 });
  return { user, self: user.id === admin.id, history: history.rows };
}

type ActionData = { errors: string[]; reason?: string };

const REFUSALS: Record<Exclude<ModerationResult, { ok: true }>["reason"], [number, string]> = {
  "not-found": [404, "No user has this id."],
  admin: [403, "Admins cannot be suspended here."],
  deleted: [409, "This account was deleted; there is nothing to suspend or reinstate."],
  already: [409, "This account is already in that state; the page has been refreshed."],
};

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const userId = params.userId ?? "";
  invariantResponse(getUserForAdmin(userId), "No user has this id.", { status: 404 });
  const formData = await request.formData();
  const typed = formData.get("reason");
  const reasonTyped = typeof typed === "string" ? typed.slice(0, 2000) : undefined;
  const submission = parseWithZod(formData, { schema: UserModerationSchema });
  if (submission.status !== "success")
    return data<ActionData>(
      {
        errors: submission.error?.reason ?? ["That request was not understood."],
        reason: reasonTyped,
      },
      { status: 400 },
    );
  const { intent, reason } = submission.value;
  const result =
    intent === "suspend"
      ? suspendUser({ adminId: admin.id, userId, reason })
      : reinstateUser({ adminId: admin.id, userId, reason });
  if (!result.ok) {
    const [status, message] = REFUSALS[result.reason];
    return data<ActionData>({ errors: [message] }, { status });
  }
  return redirect(
    `/dashboard/admin/users/${userId}?done=${intent === "suspend" ? "suspended" : "reinstated"}`,
  );
}

const DONE: Record<string, string> = {
  suspended:
    "Account suspended: signed out everywhere, its page made private and its open gigs paused. The user was emailed the reason.",
  reinstated:
    "Account reinstated: the user can sign in again and was emailed. Their page and gigs stay unpublished until they publish them.",
};

export default function AdminUser() {
  const { user, self, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const done = params.get("done");
  return (
    <div className="space-y-6">
      <p>
        <Link to="/dashboard/admin/users" className="link text-sm">
          ← All users
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{user.displayName}</h1>
      {done && DONE[done] ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900">
          {DONE[done]}
        </p>
      ) : null}
      <dl className="card grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">Email</dt>
        <dd className="break-all">
          {user.email}{" "}
          <span className="text-sm text-slate-500">
            ({user.emailVerifiedAt ? "confirmed" : "not confirmed"})
          </span>
        </dd>
        <dt className="font-semibold">Role</dt>
        <dd>{user.role}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{user.deleted ? "deleted" : user.status}</dd>
        <dt className="font-semibold">Joined</dt>
        <dd>{formatDateTime(user.createdAt)}</dd>
        {user.slug ? (
          <>
            <dt className="font-semibold">Creator page</dt>
            <dd>
              {user.visibility === "private" ? (
                <>/{user.slug} (private)</>
              ) : (
                <Link to={`/${user.slug}`} className="link">
                  /{user.slug}
                </Link>
              )}
            </dd>
          </>
        ) : null}
        {user.brandSlug ? (
          <>
            <dt className="font-semibold">Brand page</dt>
            <dd>
              <Link to={`/brands/${user.brandSlug}`} className="link">
                /brands/{user.brandSlug}
              </Link>
              {user.publishedGigs > 0
                ? ` · ${user.publishedGigs} open ${user.publishedGigs === 1 ? "gig" : "gigs"}`
                : null}
            </dd>
          </>
        ) : null}
      </dl>
      {user.openWork.length > 0 ? (
        <section className="card space-y-2">
          <h2 className="font-semibold">Work under way</h2>
          <p className="text-sm text-slate-600">
            Suspending does not cancel these; the other side keeps seeing them.
          </p>
          <ul className="list-disc pl-5 text-sm">
            {user.openWork.map((line) => (
              <li key={line}>{line.replace(/: .*$/, "")}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card space-y-3">
        <h2 className="font-semibold">Moderation</h2>
        {user.deleted ? (
          <p className="text-slate-600">This account was deleted by its owner.</p>
        ) : user.role === "admin" || self ? (
          <p className="text-slate-600">Admin accounts cannot be suspended here.</p>
        ) : user.status === "active" ? (
          <ReasonForm
            id="suspend-reason"
            intent="suspend"
            label="Why suspend this account? (the user is told)"
            submitLabel={`Suspend ${user.displayName}`}
            pendingText="Suspending…"
            required
            danger
            errors={actionData?.errors}
            draft={actionData?.reason}
          />
        ) : (
          <ReasonForm
            id="reinstate-reason"
            intent="reinstate"
            label="Note for the audit log"
            submitLabel={`Reinstate ${user.displayName}`}
            pendingText="Reinstating…"
            required={false}
            errors={actionData?.errors}
            draft={actionData?.reason}
          />
        )}
      </section>
      <section className="space-y-2">
        <h2 className="font-semibold">History</h2>
        <AuditList rows={history} empty="No moderation actions on this account yet." />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
