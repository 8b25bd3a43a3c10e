import { and, eq } from "drizzle-orm";
import { db, immediateTransaction } from "~/db/client.server";
import { deliverableHistory, deliverables, type DeliverableStatus } from "~/db/schema/deals";
import {
  assertTransition,
  DELIVERABLE_TRANSITIONS,
  IllegalTransitionError,
} from "~/models/gigs/state";
import {
  getDealForParty,
  maybeCompleteGig,
  partyOf,
  setDealStatus,
  type Viewer,
} from "./deals.server";
import { notifyUser } from "./notify.server";

type DeliverableRow = typeof deliverables.$inferSelect;

export class NotYourTurnError extends Error {}

function load(deliverableId: string, viewer: Viewer) {
  const d = db.select().from(deliverables).where(eq(deliverables.id, deliverableId)).get();
  if (!d) return null;
  const deal = getDealForParty(d.dealId, viewer);
  if (!deal) return null;
  return { deliverable: d, deal, side: partyOf(deal, viewer.id) };
}

function setStatus(
  d: DeliverableRow,
  to: DeliverableStatus,
  actorUserId: string,
  note: string | null,
  extra: Partial<DeliverableRow>,
) {
  assertTransition("deliverable", DELIVERABLE_TRANSITIONS, d.status, to);
  db.update(deliverables)
    .set({ ...extra, status: to, updatedAt: new Date() })
    .where(and(eq(deliverables.id, d.id), eq(deliverables.status, d.status)))
    .run();
  db.insert(deliverableHistory)
    .values({ deliverableId: d.id, fromStatus: d.status, toStatus: to, actorUserId, note })
    .run();
}

function requireActive(deal: { status: string }, to: DeliverableStatus, from: DeliverableStatus) {
  if (deal.status !== "active") throw new IllegalTransitionError("deliverable", from, to);
}

/** The creator submits (or resubmits) a deliverable with a link and a note. */
export function submitDeliverable(
  deliverableId: string,
  viewer: Viewer,
  input: { url: string; note: string },
) {
  return immediateTransaction(() => {
    const found = load(deliverableId, viewer);
    if (!found) return null;
    if (found.side !== "creator")
      throw new NotYourTurnError("Only the creator submits deliverables.");
    requireActive(found.deal, "submitted", found.deliverable.status);
    setStatus(found.deliverable, "submitted", viewer.id, input.note || null, {
      submissionUrl: input.url,
      submissionNote: input.note || null,
      submittedAt: new Date(),
    });
    notifyUser(
      found.deal.brandId,
      "deal_deliverable_submitted",
      `Deliverable submitted: ${found.deliverable.title}`,
      [
        `"${found.deliverable.title}" was submitted for "${found.deal.title}". Review it and approve or ask for a revision.`,
      ],
      `/dashboard/deals/${found.deal.id}`,
    );
    return found.deliverable;
  });
}

export function requestRevision(deliverableId: string, viewer: Viewer, note: string) {
  return immediateTransaction(() => {
    const found = load(deliverableId, viewer);
    if (!found) return null;
    if (found.side !== "brand") throw new NotYourTurnError("Only the brand reviews deliverables.");
    requireActive(found.deal, "revision_requested", found.deliverable.status);
    setStatus(found.deliverable, "revision_requested", viewer.id, note, {
      revisionCount: found.deliverable.revisionCount + 1,
    });
    notifyUser(
      found.deal.creatorId,
      "deal_deliverable_revision",
      `Revision requested: ${found.deliverable.title}`,
      [`The brand asked for a revision of "${found.deliverable.title}".`, "", note],
      `/dashboard/deals/${found.deal.id}`,
    );
    return found.deliverable;
  });
}

/** The brand approves; when every deliverable is approved the deal completes. */
export function approveDeliverable(deliverableId: string, viewer: Viewer) {
  return immediateTransaction(() => {
    const found = load(deliverableId, viewer);
    if (!found) return null;
    if (found.side !== "brand") throw new NotYourTurnError("Only the brand approves deliverables.");
    requireActive(found.deal, "approved", found.deliverable.status);
    setStatus(found.deliverable, "approved", viewer.id, null, { approvedAt: new Date() });
    notifyUser(
      found.deal.creatorId,
      "deal_deliverable_approved",
      `Deliverable approved: ${found.deliverable.title}`,
      [`"${found.deliverable.title}" was approved.`],
      `/dashboard/deals/${found.deal.id}`,
    );
    const remaining = db
      .select({ id: deliverables.id })
      .from(deliverables)
      .where(eq(deliverables.dealId, found.deal.id))
      .all()
      .filter((d) => d.id !== found.deliverable.id)
      .map(
        (d) =>
          db
            .select({ status: deliverables.status })
            .from(deliverables)
            .where(eq(deliverables.id, d.id))
            .get()?.status,
      )
      .filter((s) => s !== "approved").length;
    if (remaining === 0) {
      setDealStatus(found.deal, "completed", viewer.id, "All deliverables approved");
      maybeCompleteGig(found.deal.gigId, viewer.id);
      for (const to of [found.deal.creatorId, found.deal.brandId]) {
        notifyUser(
          to,
          "deal_completed",
          `Deal completed: ${found.deal.title}`,
          [
            `Every deliverable of "${found.deal.title}" is approved. The deal is complete — leave a rating.`,
          ],
          `/dashboard/deals/${found.deal.id}`,
        );
      }
    }
    return found.deliverable;
  });
}
