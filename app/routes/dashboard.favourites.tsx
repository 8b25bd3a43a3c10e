import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatCount } from "~/components/portfolio/format";
import { Avatar } from "~/components/portfolio/portfolio-header";
import { listFavourites } from "~/models/discovery/favourites.server";
import { requireUser } from "~/utils/auth.server";

export const meta: MetaFunction = () => [{ title: "Saved creators · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { lists: listFavourites(user.id) };
}

export default function Favourites() {
  const { lists } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Saved creators</h1>
      {lists.length === 0 ? (
        <p className="card text-slate-600">
          Nothing saved yet.{" "}
          <Link to="/creators" className="link">
            Browse creators
          </Link>{" "}
          and press “Save creator” on the ones you like.
        </p>
      ) : null}
      {lists.map((list, index) => (
        <section key={list.name} aria-labelledby={`favourite-list-${index}`} className="space-y-3">
          <h2 id={`favourite-list-${index}`} className="text-lg font-semibold">
            {list.name}{" "}
            <span className="text-sm font-normal text-slate-600">({list.creators.length})</span>
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {list.creators.map((c) => (
              <li key={c.slug} className="card flex items-center gap-3 p-3">
                <Avatar src={c.avatar} name={c.displayName} size="sm" />
                <div className="min-w-0 flex-1">
                  <Link to={`/${c.slug}`} className="link font-semibold">
                    {c.displayName}
                  </Link>
                  <p className="truncate text-sm text-slate-600">{c.headline}</p>
                  <p className="text-xs text-slate-600">
                    {formatCount(c.totalFollowers)} followers
                  </p>
                </div>
                <Form method="post" action={`/creators/${c.slug}/favourite`}>
                  <input type="hidden" name="redirectTo" value="/dashboard/favourites" />
                  <input type="hidden" name="listName" value={list.name} />
                  <button
                    type="submit"
                    name="intent"
                    value="remove"
                    className="btn-secondary text-sm"
                  >
                    Remove<span className="sr-only"> {c.displayName}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
