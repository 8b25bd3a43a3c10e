import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { GigBoardSummary } from "~/components/gigs/dashboard-summary";
import { getGigBoardSummary } from "~/models/deals/dashboard.server";
import { getProfileLink } from "~/models/portfolio/profiles.server";
import type { loader as dashboardLoader } from "~/routes/dashboard";
import { requireUser } from "~/utils/auth.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    role: user.role,
    displayName: user.displayName,
    profile: user.role === "creator" ? getProfileLink(user.id) : null,
    gigBoard: getGigBoardSummary(user),
  };
}

export default function DashboardHome() {
  const { role, displayName, profile, gigBoard } = useLoaderData<typeof loader>();
  // The layout's loader counts unread inquiries for its badge already.
  const unread = useRouteLoaderData<typeof dashboardLoader>("routes/dashboard")?.unread ?? 0;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Welcome, {displayName}</h1>
      <GigBoardSummary summary={gigBoard} />
      {role === "creator" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <section className="card">
            <h2 className="font-semibold">Your portfolio</h2>
            {profile ? (
              <>
                <p className="mt-2 text-sm text-slate-600">
                  Your page is {profile.visibility} at{" "}
                  <Link to={`/${profile.slug}`} className="link">
                    /{profile.slug}
                  </Link>
                </p>
                <Link to="/dashboard/profile" className="btn-secondary mt-4">
                  Edit portfolio
                </Link>
              </>
            ) : (
              <>
                <p className="mt-2 text-sm text-slate-600">
                  Set up your page to get a shareable link.
                </p>
                <Link to="/dashboard/profile" className="btn-primary mt-4">
                  Set up your portfolio
                </Link>
              </>
            )}
          </section>
          <section className="card">
            <h2 className="font-semibold">Inquiries</h2>
            <p className="mt-2 text-sm text-slate-600">
              {unread === 0
                ? "No unread inquiries."
                : `${unread} unread ${unread === 1 ? "inquiry" : "inquiries"}.`}
            </p>
            <Link to="/dashboard/inquiries" className="btn-secondary mt-4">
              Open inbox
            </Link>
          </section>
        </div>
      ) : role === "admin" ? (
        <section className="card">
          <h2 className="font-semibold">Moderation</h2>
          <p className="mt-2 text-sm text-slate-600">
            Suspend accounts, remove reviews and gigs, choose the home page&apos;s featured
            creators; every action is kept in the audit log.
          </p>
          <div className="mt-4 flex flex-wrap gap-2">
            <Link to="/dashboard/admin/users" className="btn-primary">
              Users
            </Link>
            <Link to="/dashboard/admin/reviews" className="btn-secondary">
              Review moderation
            </Link>
            <Link to="/dashboard/admin/gigs" className="btn-secondary">
              Gig moderation
            </Link>
            <Link to="/dashboard/admin/audit" className="btn-secondary">
              Audit log
            </Link>
          </div>
        </section>
      ) : (
        <section className="card">
          <h2 className="font-semibold">Find creators</h2>
          <p className="mt-2 text-sm text-slate-600">
            Browse creator portfolios and contact them directly from their page.
          </p>
          <Link to="/creators" className="btn-primary mt-4">
            Browse creators
          </Link>
        </section>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
