import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Pager } from "~/components/bookings/pager";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Link } from "~/components/link";
import { ROLES, type Role } from "~/db/schema/accounts";
import { listUsersForAdmin } from "~/models/admin/admin-users.server";
import { requireUser } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Users · Admin · Gigfolio" }];

const STATUSES = ["active", "suspended"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const roleParam = url.searchParams.get("role")?.toLowerCase() ?? "";
  const statusParam = url.searchParams.get("status")?.toLowerCase() ?? "";
  const role = (ROLES as readonly string[]).includes(roleParam) ? (roleParam as Role) : null;
  const status = (STATUSES as readonly string[]).includes(statusParam)
    ? (statusParam as (typeof STATUSES)[number])
    : null;
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  return { q, role, status, ...listUsersForAdmin({ q, role, status, page }) };
}

export default function AdminUsers() {
  const { q, role, status, rows, total, page, pageCount } = useLoaderData<typeof loader>();
  const filtered = Boolean(q || role || status);
  const href = (p: number) =>
    `/dashboard/admin/users?${new URLSearchParams({
      ...(q ? { q } : {}),
      ...(role ? { role } : {}),
      ...(status ? { status } : {}),
      page: String(p),
    })}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Users</h1>
      <Form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <div className="grow">
          <label htmlFor="q" className="label">
            Email or name
          </label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={100} className="input" />
        </div>
        <div>
          <label htmlFor="role" className="label">
            Role
          </label>
          <select id="role" name="role" defaultValue={role ?? ""} className="input">
            <option value="">Any role</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="label">
            Status
          </label>
          <select id="status" name="status" defaultValue={status ?? ""} className="input">
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          Search
        </button>
      </Form>
      <p className="text-sm text-slate-600">
        {total} {total === 1 ? "user" : "users"}
        {filtered ? (total === 1 ? " matches" : " match") : ""}, newest first.
      </p>
      {rows.length === 0 ? (
        <div className="card text-center text-slate-600">
          No users match.{" "}
          <Link to="/dashboard/admin/users" className="link">
            Show all
          </Link>
          .
        </div>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border" aria-label="Users">
          {rows.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span className="min-w-0">
                <Link to={`/dashboard/admin/users/${u.id}`} className="link font-semibold">
                  {u.displayName}
                </Link>{" "}
                <span className="break-all text-sm text-slate-600">{u.email}</span>
              </span>
              <span className="flex flex-wrap items-center gap-2 text-sm">
                <span className="rounded-full bg-slate-100 px-2 py-0.5">{u.role}</span>
                {u.email.endsWith("@deleted.invalid") ? (
                  <span className="rounded-full bg-slate-200 px-2 py-0.5">deleted</span>
                ) : u.status === "suspended" ? (
                  <span className="rounded-full bg-red-100 px-2 py-0.5 text-red-900">
                    suspended
                  </span>
                ) : null}
                <span className="text-slate-500">joined {formatDateTime(u.createdAt)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageCount={pageCount} href={href} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
