import { Link } from "~/components/link";
import { StatusBadge } from "./status-badge";

type Summary = {
  role: "brand" | "creator";
  gigs: { id: string; title: string; status: string; applicants: number; pending: number }[];
  deals: {
    id: string;
    title: string;
    nextDue: string | null;
    nextTitle: string | null;
    awaitingReview: number;
    brandName: string;
    creatorName: string;
  }[];
  applications: { id: string; gigTitle: string; status: string; brandName: string }[];
} | null;

/** Dashboard overview cards for gigs, applications and deals. */
export function GigBoardSummary({ summary }: { summary: Summary }) {
  if (!summary) return null;
  if (summary.role === "brand") {
    return (
      <div className="grid gap-4 sm:grid-cols-2">
        <section className="card" aria-labelledby="sum-gigs">
          <h2 id="sum-gigs" className="font-semibold">
            My gigs
          </h2>
          {summary.gigs.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {summary.gigs.map((g) => (
                <li key={g.id}>
                  <Link to={`/dashboard/gigs/${g.id}`} className="link">
                    {g.title}
                  </Link>{" "}
                  <StatusBadge status={g.status} /> · {g.applicants} applicants
                  {g.pending ? `, ${g.pending} to review` : ""}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-slate-600">No open gigs.</p>
          )}
          <Link to="/dashboard/gigs/new" className="btn-primary mt-4">
            Post a gig
          </Link>
        </section>
        <section className="card" aria-labelledby="sum-deals">
          <h2 id="sum-deals" className="font-semibold">
            Deals needing action
          </h2>
          {summary.deals.length ? (
            <ul className="mt-2 space-y-1 text-sm">
              {summary.deals.map((d) => (
                <li key={d.id}>
                  <Link to={`/dashboard/deals/${d.id}`} className="link">
                    {d.title}
                  </Link>{" "}
                  · {d.creatorName} · {d.awaitingReview} to review
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-slate-600">Nothing waits for you.</p>
          )}
          <Link to="/dashboard/deals" className="btn-secondary mt-4">
            All deals
          </Link>
        </section>
      </div>
    );
  }
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section className="card" aria-labelledby="sum-apps">
        <h2 id="sum-apps" className="font-semibold">
          Open applications
        </h2>
        {summary.applications.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {summary.applications.map((a) => (
              <li key={a.id}>
                <Link to={`/dashboard/applications/${a.id}`} className="link">
                  {a.gigTitle}
                </Link>{" "}
                · {a.brandName} <StatusBadge status={a.status} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-600">No open applications.</p>
        )}
        <Link to="/gigs" className="btn-secondary mt-4">
          Find gigs
        </Link>
      </section>
      <section className="card" aria-labelledby="sum-active">
        <h2 id="sum-active" className="font-semibold">
          Active deals
        </h2>
        {summary.deals.length ? (
          <ul className="mt-2 space-y-1 text-sm">
            {summary.deals.map((d) => (
              <li key={d.id}>
                <Link to={`/dashboard/deals/${d.id}`} className="link">
                  {d.title}
                </Link>
                {d.nextDue ? ` · next: ${d.nextTitle} due ${d.nextDue}` : " · everything delivered"}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-600">No active deals.</p>
        )}
        <Link to="/dashboard/deals" className="btn-secondary mt-4">
          All deals
        </Link>
      </section>
    </div>
  );
}
