import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { listCategories, listPublicCreators } from "~/models/portfolio/profiles.server";

export const meta: MetaFunction = () => [{ title: "Creators · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const category = url.searchParams.get("category") || undefined;
  const page = Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1);
  return { category: category ?? "", categories: listCategories(), ...listPublicCreators({ category, page }) };
}

export default function CreatorsPage() {
  const { rows, categories, category, page, pageCount, total } = useLoaderData<typeof loader>();
  const q = (p: number) => `?${new URLSearchParams({ ...(category ? { category } : {}), page: String(p) })}`;
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold">Creators</h1>
      <Form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="category" className="label">
            Category
          </label>
          <select id="category" name="category" defaultValue={category} className="input">
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          Filter
        </button>
      </Form>
      <p className="mt-4 text-sm text-slate-600">
        {total} {total === 1 ? "creator" : "creators"}
      </p>
      {rows.length === 0 ? (
        <p className="card mt-4 text-center text-slate-600">No creators match. Try another category.</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {rows.map((c) => (
            <li key={c.slug} className="card">
              <Link to={`/${c.slug}`} className="link text-lg">
                {c.displayName}
              </Link>
              <p className="mt-1 text-sm text-slate-600">{c.headline}</p>
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Pagination" className="mt-6 flex justify-between text-sm">
          {page > 1 ? <Link to={q(page - 1)} className="link">← Previous</Link> : <span />}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? <Link to={q(page + 1)} className="link">Next →</Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
