import { parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ReasonForm } from "~/components/admin/reason-form";
import { Pager } from "~/components/bookings/pager";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { StatusBadge } from "~/components/gigs/status-badge";
import { Link } from "~/components/link";
import { listGigsForAdmin, removeGig } from "~/models/admin/admin-gigs.server";
import { GIG_FILTERS, RemoveGigSchema, type GigFilter } from "~/models/admin/admin-schemas";
import { requireUser } from "~/utils/auth.server";
import { formatDateTime } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Gigs · Admin · Gigfolio" }];

function parseFilter(value: string | null): GigFilter {
  const v = value?.toLowerCase() ?? "";
  return (GIG_FILTERS as readonly string[]).includes(v) ? (v as GigFilter) : "live";
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const filter = parseFilter(url.searchParams.get("show"));
  const q = (url.searchParams.get("q") ?? "").slice(0, 100);
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  return { filter, q, ...listGigsForAdmin({ filter, q, page }) };
}

type ActionData = { gigId: string; errors: string[]; reason?: string };

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const formData = await request.formData();
  const gigId = String(formData.get("gigId") ?? "");
  const typed = formData.get("reason");
  const submission = parseWithZod(formData, { schema: RemoveGigSchema });
  if (submission.status !== "success")
    return data<ActionData>(
      {
        gigId,
        errors: submission.error?.reason ?? ["That request was not understood."],
        reason: typeof typed === "string" ? typed.slice(0, 2000) : undefined,
      },
      { status: 400 },
    );
  const result = removeGig({ adminId: admin.id, gigId, reason: submission.value.reason });
  invariantResponse(result !== "not-found", "No gig has this id.", { status: 404 });
  if (result === "not-live")
    return data<ActionData>(
      { gigId, errors: ["This gig is not on the board (a draft, or already ended)."] },
      { status: 409 },
    );
  const back = new URLSearchParams(new URL(request.url).search);
  back.set("done", "removed");
  return redirect(`/dashboard/admin/gigs?${back}`);
}

const FILTER_LABELS: Record<GigFilter, string> = { live: "On the board", removed: "Removed" };

export default function AdminGigs() {
  const { filter, q, rows, total, page, pageCount } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const query = (p: number) =>
    `?${new URLSearchParams({
      ...(filter !== "live" ? { show: filter } : {}),
      ...(q ? { q } : {}),
      page: String(p),
    })}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Gigs</h1>
      {params.get("done") === "removed" ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900">
          Gig removed: it is off the board, its open applications are closed, and the brand was
          emailed the reason.
        </p>
      ) : null}
      <nav aria-label="Show" className="flex flex-wrap gap-2 text-sm">
        {GIG_FILTERS.map((f) => (
          <Link
            key={f}
            to={f === "live" ? "/dashboard/admin/gigs" : `/dashboard/admin/gigs?show=${f}`}
            className={f === filter ? "btn-primary" : "btn-secondary"}
            aria-current={f === filter ? "page" : undefined}
          >
            {FILTER_LABELS[f]}
          </Link>
        ))}
      </nav>
      <Form method="get" className="flex flex-wrap items-end gap-2" role="search">
        {filter !== "live" ? <input type="hidden" name="show" value={filter} /> : null}
        <div>
          <label htmlFor="q" className="label">
            Title
          </label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={100} className="input" />
        </div>
        <button type="submit" className="btn-secondary">
          Search
        </button>
      </Form>
      <p className="text-sm text-slate-600">
        {total} {total === 1 ? "gig" : "gigs"}
        {q ? ` matching “${q}”` : ""}, newest first.
      </p>
      {rows.length === 0 ? (
        <div className="card text-center text-slate-600">
          {filter === "removed" ? "No gigs have been removed." : "No gigs here."}
        </div>
      ) : (
        <ul className="space-y-3" aria-label="Gigs">
          {rows.map((g) => (
            <li key={g.id} id={`gig-${g.id}`} className="card space-y-2">
              <p className="flex flex-wrap items-center gap-2">
                <Link to={`/gigs/${g.id}`} className="link font-semibold">
                  {g.title}
                </Link>
                <StatusBadge status={g.status} />
              </p>
              <p className="text-sm text-slate-600">
                By{" "}
                <Link to={`/dashboard/admin/users/${g.brandId}`} className="link">
                  {g.brandName}
                </Link>
                {g.publishedAt ? ` · published ${formatDateTime(g.publishedAt)}` : null}
              </p>
              {g.removedAt ? (
                <p className="text-sm text-red-900">
                  Removed {formatDateTime(g.removedAt)}: {g.removedReason}
                </p>
              ) : filter === "live" ? (
                <ReasonForm
                  id={`remove-${g.id}`}
                  intent="remove"
                  label="Why remove it? (the brand is emailed this)"
                  submitLabel="Remove this gig"
                  pendingText="Removing…"
                  required
                  danger
                  hidden={{ gigId: g.id }}
                  errors={actionData?.gigId === g.id ? actionData.errors : undefined}
                  draft={actionData?.gigId === g.id ? actionData.reason : undefined}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageCount={pageCount} href={(p) => `/dashboard/admin/gigs${query(p)}`} />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
