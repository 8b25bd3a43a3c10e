import { and, eq, inArray } from "drizzle-orm";
import { db } from "~/db/client.server";
import { offers } from "~/db/schema/deals";
import { applications, applicationStatusHistory, type ApplicationStatus } from "~/db/schema/gigs";
import { notifyUser } from "~/models/deals/notify.server";
import { APPLICATION_TRANSITIONS, assertTransition } from "./state";

type ApplicationRow = typeof applications.$inferSelect;

/** Moves an application along its state machine, keeping the history. Call inside a transaction. */
export function setApplicationStatus(
  app: Pick<ApplicationRow, "id" | "status">,
  to: ApplicationStatus,
  actorUserId: string,
  note?: string | null,
  extra: Partial<ApplicationRow> = {},
) {
  assertTransition("application", APPLICATION_TRANSITIONS, app.status, to);
  db.update(applications)
    .set({ ...extra, status: to, updatedAt: new Date() })
    .where(and(eq(applications.id, app.id), eq(applications.status, app.status)))
    .run();
  db.insert(applicationStatusHistory)
    .values({
      applicationId: app.id,
      fromStatus: app.status,
      toStatus: to,
      actorUserId,
      note: note ?? null,
    })
    .run();
}

export const GIG_CANCELLED_NOTE = "The brand cancelled this gig.";
export const GIG_REMOVED_NOTE = "Gigfolio's moderators removed this gig.";

/**
 * A cancelled gig answers its open applications: each pending or shortlisted one is declined with a
 * note, its waiting offer is withdrawn, and its creator is told. Call inside the transaction that
 * cancels the gig.
 */
export function closeApplicationsOfCancelledGig(
  gig: { id: string; title: string },
  actorUserId: string,
  now = new Date(),
  by: "brand" | "moderators" = "brand",
) {
  const note = by === "brand" ? GIG_CANCELLED_NOTE : GIG_REMOVED_NOTE;
  const open = db
    .select({ id: applications.id, status: applications.status, creatorId: applications.creatorId })
    .from(applications)
    .where(
      and(eq(applications.gigId, gig.id), inArray(applications.status, ["pending", "shortlisted"])),
    )
    .all();
  for (const app of open) {
    setApplicationStatus(app, "rejected", actorUserId, note, { rejectionMessage: note });
    db.update(offers)
      .set({ status: "withdrawn", respondedAt: now, respondedBy: actorUserId })
      .where(and(eq(offers.applicationId, app.id), eq(offers.status, "pending")))
      .run();
    notifyUser(
      app.creatorId,
      "gig_application_rejected",
      by === "brand" ? `Gig cancelled: ${gig.title}` : `Gig removed: ${gig.title}`,
      [
        by === "brand"
          ? `The brand cancelled "${gig.title}", so your application is closed.`
          : `Gigfolio's moderators removed "${gig.title}", so your application is closed.`,
      ],
      `/dashboard/applications/${app.id}`,
    );
  }
  return open.length;
}
