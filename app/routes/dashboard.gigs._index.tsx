import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { StatusBadge } from "~/components/gigs/status-badge";
import { getBrandProfileForOwner } from "~/models/brands/brands.server";
import { listBrandGigs } from "~/models/gigs/gigs.server";
import { requireBrand } from "~/utils/require-brand.server";

export const meta: MetaFunction = () => [{ title: "My gigs · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireBrand(request);
  return { gigs: listBrandGigs(user.id), hasProfile: !!getBrandProfileForOwner(user.id) };
}

export default function MyGigs() {
  const { gigs, hasProfile } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">My gigs</h1>
        {hasProfile ? (
          <Link to="/dashboard/gigs/new" className="btn-primary">
            Post a gig
          </Link>
        ) : null}
      </div>
      {!hasProfile ? (
        <p className="card">
          Before posting a gig,{" "}
          <Link to="/dashboard/brand-profile" className="link">
            set up your brand profile
          </Link>
          .
        </p>
      ) : gigs.length === 0 ? (
        <p className="card text-slate-600">
          You have not posted a gig yet. Post one to start receiving applications.
        </p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b text-slate-500">
              <th className="py-2">Gig</th>
              <th>Status</th>
              <th>Applicants</th>
              <th>To review</th>
              <th>Accepted</th>
              <th>Apply by</th>
            </tr>
          </thead>
          <tbody>
            {gigs.map((g) => (
              <tr key={g.id} className="border-b">
                <td className="py-2">
                  <Link to={`/dashboard/gigs/${g.id}`} className="link">
                    {g.title}
                  </Link>
                </td>
                <td>
                  <StatusBadge status={g.status} />
                </td>
                <td>{g.applicants}</td>
                <td>{g.pending}</td>
                <td>
                  {g.accepted} / {g.creatorsWanted}
                </td>
                <td>{g.deadline}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
