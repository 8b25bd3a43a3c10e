import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { z } from "zod";
import { Pager } from "~/components/bookings/pager";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { countFeatured, listCreatorsForFeaturing } from "~/models/discovery/featuring.server";
import { setFeaturedByAdmin } from "~/models/admin/admin-featuring.server";
import { requireUser } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Featured creators · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request, { role: "admin" });
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").slice(0, 100);
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1;
  return { q, featuredCount: countFeatured(), ...listCreatorsForFeaturing(q, page) };
}

const FeatureSchema = z.object({
  creatorId: z.string().min(1).max(64),
  intent: z.enum(["feature", "unfeature"]),
  back: z.string().max(300).optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireUser(request, { role: "admin" });
  const parsed = FeatureSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "That request was not understood." }, { status: 400 });
  const { creatorId, intent, back } = parsed.data;
  const changed = setFeaturedByAdmin({
    adminId: admin.id,
    creatorId,
    featured: intent === "feature",
  });
  invariantResponse(changed, "No creator has this id.", { status: 404 });
  // Back to the same search and page; only a local query string is accepted.
  const query = back && back.startsWith("?") ? back : "";
  const params = new URLSearchParams(query);
  params.set("done", intent === "feature" ? "featured" : "unfeatured");
  return redirect(`/dashboard/featured?${params}`);
}

export default function FeaturedCreators() {
  const { q, rows, total, page, pageCount, featuredCount } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = searchParams.get("done");
  const back = new URLSearchParams(searchParams);
  back.delete("done");
  const backQuery = `?${back}`;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Featured creators</h1>
      <p className="text-slate-600">
        Featured public creators appear on the home page, newest featured first ({featuredCount}{" "}
        featured now; the home page shows six). Unlisted and private pages are never shown there.
      </p>
      {actionData?.error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800">
          {actionData.error}
        </p>
      ) : done ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900">
          {done === "featured" ? "Creator featured." : "Creator no longer featured."}
        </p>
      ) : null}
      <Form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <div className="grow">
          <label htmlFor="q" className="label">
            Find a creator
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className="input" />
        </div>
        <button type="submit" className="btn-secondary">
          Search
        </button>
      </Form>
      {rows.length === 0 ? (
        <div className="card text-center text-slate-600">
          No creators match “{q}”.{" "}
          <Link to="/dashboard/featured" className="link">
            Show all
          </Link>
          .
        </div>
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-lg border"
          aria-label={`${total} creators`}
        >
          {rows.map((c) => (
            <li key={c.userId} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <span>
                {c.visibility === "private" ? (
                  <strong>{c.displayName}</strong>
                ) : (
                  <Link to={`/${c.slug}`} className="link font-semibold">
                    {c.displayName}
                  </Link>
                )}{" "}
                <span className="text-sm text-slate-500">/{c.slug}</span>{" "}
                {c.visibility !== "public" ? (
                  <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs">
                    {c.visibility}
                  </span>
                ) : null}{" "}
                {c.featured ? (
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">
                    Featured
                  </span>
                ) : null}
              </span>
              <Form method="post">
                <input type="hidden" name="creatorId" value={c.userId} />
                <input type="hidden" name="back" value={backQuery} />
                <SubmitButton
                  name="intent"
                  value={c.featured ? "unfeature" : "feature"}
                  className="btn-secondary"
                  pendingText="Saving…"
                >
                  {c.featured ? `Stop featuring ${c.displayName}` : `Feature ${c.displayName}`}
                </SubmitButton>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={page}
        pageCount={pageCount}
        href={(p) =>
          `/dashboard/featured?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`
        }
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
