import { listMyApplications } from "~/models/gigs/applications.server";
import { listBrandGigs } from "~/models/gigs/gigs.server";
import { listDealsFor } from "./deals.server";

/** The gig board's part of the dashboard overview: what the user should look at next. */
export function getGigBoardSummary(user: { id: string; role: string }) {
  if (user.role === "brand") {
    const gigs = listBrandGigs(user.id)
      .filter((g) => g.status !== "cancelled" && g.status !== "completed")
      .slice(0, 5);
    const deals = listDealsFor(user.id, "brand").filter(
      (d) => d.status === "active" && d.awaitingReview > 0,
    );
    return { role: "brand" as const, gigs, deals, applications: [] };
  }
  if (user.role === "creator") {
    const applications = listMyApplications(user.id)
      .filter((a) => a.status === "pending" || a.status === "shortlisted")
      .slice(0, 5);
    const deals = listDealsFor(user.id, "creator").filter((d) => d.status === "active");
    return { role: "creator" as const, gigs: [], deals, applications };
  }
  return null;
}
export type GigBoardSummary = ReturnType<typeof getGigBoardSummary>;
