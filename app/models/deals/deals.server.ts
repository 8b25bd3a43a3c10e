import { and, asc, eq, sql } from "drizzle-orm";
import { cachedStatement, db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import {
  deals,
  dealStatusHistory,
  deliverableHistory,
  deliverables,
  type DealStatus,
} from "~/db/schema/deals";
import { getGig, gigCanComplete, gigDealCounts, setGigStatus } from "~/models/gigs/gigs.server";
import { assertTransition, DEAL_TRANSITIONS } from "~/models/gigs/state";
import { notifyUser } from "./notify.server";

export type DealRow = typeof deals.$inferSelect;
export type Viewer = { id: string; role: string };

/** Creates a deal with its deliverables and first history row. Call inside a transaction. */
export function insertDeal(input: {
  applicationId: string | null;
  gigId: string | null;
  brandId: string;
  creatorId: string;
  title: string;
  amountCents: number;
  currency: string;
  deliverables: { title: string; dueDate: string }[];
  actorUserId: string;
}) {
  const deal = db
    .insert(deals)
    .values({
      applicationId: input.applicationId,
      gigId: input.gigId,
      brandId: input.brandId,
      creatorId: input.creatorId,
      title: input.title,
      amountCents: input.amountCents,
      currency: input.currency,
      status: "active",
    })
    .returning()
    .get();
  db.insert(dealStatusHistory)
    .values({
      dealId: deal.id,
      fromStatus: null,
      toStatus: "active",
      actorUserId: input.actorUserId,
    })
    .run();
  input.deliverables.forEach((d, position) => {
    const row = db
      .insert(deliverables)
      .values({ dealId: deal.id, position, title: d.title.slice(0, 300), dueDate: d.dueDate })
      .returning({ id: deliverables.id })
      .get();
    db.insert(deliverableHistory)
      .values({
        deliverableId: row.id,
        fromStatus: null,
        toStatus: "pending",
        actorUserId: input.actorUserId,
      })
      .run();
  });
  return deal;
}

/** The deal if the viewer is one of its two parties or an admin; null otherwise (routes answer 404). */
const dealQuery = lazyPrepared(() =>
  db
    .select()
    .from(deals)
    .where(eq(deals.id, sql.placeholder("dealId")))
    .prepare(),
);

export function getDealForParty(dealId: string, viewer: Viewer) {
  const deal = dealQuery().get({ dealId });
  if (!deal) return null;
  if (deal.brandId !== viewer.id && deal.creatorId !== viewer.id && viewer.role !== "admin")
    return null;
  return deal;
}

export function partyOf(
  deal: Pick<DealRow, "brandId" | "creatorId">,
  userId: string,
): "brand" | "creator" | null {
  if (deal.brandId === userId) return "brand";
  if (deal.creatorId === userId) return "creator";
  return null;
}

export function setDealStatus(
  deal: Pick<DealRow, "id" | "status">,
  to: DealStatus,
  actorUserId: string | null,
  note?: string,
  extra: Partial<DealRow> = {},
) {
  assertTransition("deal", DEAL_TRANSITIONS, deal.status, to);
  const now = new Date();
  db.update(deals)
    .set({
      ...extra,
      status: to,
      updatedAt: now,
      ...(to === "completed" ? { completedAt: now } : {}),
      ...(to === "cancelled" ? { cancelledAt: now } : {}),
    })
    .where(and(eq(deals.id, deal.id), eq(deals.status, deal.status)))
    .run();
  db.insert(dealStatusHistory)
    .values({
      dealId: deal.id,
      fromStatus: deal.status,
      toStatus: to,
      actorUserId,
      note: note ?? null,
    })
    .run();
}

/** When the last active deal of an in-progress gig ends, the gig is completed. */
export function maybeCompleteGig(gigId: string | null, actorUserId: string | null) {
  if (!gigId) return;
  const gig = getGig(gigId);
  if (!gig || gig.status !== "in_progress") return;
  if (gigCanComplete(gigId)) setGigStatus(gig, "completed", actorUserId);
}

/**
 * A cancelled deal frees its place on a gig in progress: with fewer creators hired than wanted, the
 * gig goes back to closed, where the brand can hire another applicant, publish it again, or mark it
 * completed once the other deals are done. With every place still filled, it completes when they do.
 */
function reopenPlaceOnGig(gigId: string | null, actorUserId: string) {
  if (!gigId) return;
  const gig = getGig(gigId);
  if (!gig || gig.status !== "in_progress") return;
  const deals = gigDealCounts(gigId);
  if (deals.open + deals.done < gig.creatorsWanted) setGigStatus(gig, "closed", actorUserId);
  else maybeCompleteGig(gigId, actorUserId);
}

export function cancelDeal(dealId: string, viewer: Viewer, reason: string) {
  return immediateTransaction(() => {
    const deal = getDealForParty(dealId, viewer);
    if (!deal) return null;
    const side = partyOf(deal, viewer.id);
    setDealStatus(deal, "cancelled", viewer.id, reason, {
      cancelReason: reason,
      cancelledBy: viewer.id,
    });
    reopenPlaceOnGig(deal.gigId, viewer.id);
    const other = side === "brand" ? deal.creatorId : deal.brandId;
    notifyUser(
      other,
      "deal_cancelled",
      `Deal cancelled: ${deal.title}`,
      [`The deal "${deal.title}" was cancelled.`, `Reason: ${reason}`],
      `/dashboard/deals/${deal.id}`,
    );
    return deal;
  });
}

const deliverablesQuery = lazyPrepared(() =>
  db
    .select()
    .from(deliverables)
    .where(eq(deliverables.dealId, sql.placeholder("dealId")))
    .orderBy(asc(deliverables.position))
    .prepare(),
);

export function listDeliverables(dealId: string) {
  return deliverablesQuery().all({ dealId });
}

export type TimelineEntry = {
  kind: "deal" | "deliverable";
  label: string | null;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  actor: string | null;
  createdAt: number;
};

/** Every status change of the deal and its deliverables, oldest first. */
export function getDealTimeline(dealId: string) {
  return cachedStatement(
    `select 'deal' as kind, null as label, h.from_status as fromStatus, h.to_status as toStatus, h.note, u.display_name as actor, h.created_at as createdAt, h.rowid as r
         from deal_status_history h left join users u on u.id = h.actor_user_id where h.deal_id = @id
       union all
       select 'deliverable', d.title, h.from_status, h.to_status, h.note, u.display_name, h.created_at, h.rowid
         from deliverable_history h join deliverables d on d.id = h.deliverable_id left join users u on u.id = h.actor_user_id where d.deal_id = @id
       order by createdAt, r`,
  ).all({ id: dealId }) as TimelineEntry[];
}

export type DealListRow = {
  id: string;
  title: string;
  status: DealStatus;
  amountCents: number;
  currency: string;
  brandName: string;
  creatorName: string;
  updatedAt: number;
  nextDue: string | null;
  nextTitle: string | null;
  awaitingReview: number;
  needsRevision: number;
};

/** The viewer's deals, with the next deliverable due and what needs action. */
export function listDealsFor(userId: string, side: "brand" | "creator") {
  const column = side === "brand" ? "d.brand_id" : "d.creator_id";
  return cachedStatement(
    `select d.id, d.title, d.status, d.amount_cents as amountCents, d.currency, d.updated_at as updatedAt,
              coalesce(b.company, bu.display_name) as brandName, coalesce(cp.display_name, cu.display_name) as creatorName,
              (select min(x.due_date) from deliverables x where x.deal_id = d.id and x.status <> 'approved') as nextDue,
              (select x.title from deliverables x where x.deal_id = d.id and x.status <> 'approved' order by x.due_date, x.position limit 1) as nextTitle,
              (select count(*) from deliverables x where x.deal_id = d.id and x.status = 'submitted') as awaitingReview,
              (select count(*) from deliverables x where x.deal_id = d.id and x.status in ('pending','revision_requested')) as needsRevision
         from deals d join users bu on bu.id = d.brand_id join users cu on cu.id = d.creator_id
         left join brand_profiles b on b.user_id = d.brand_id left join creator_profiles cp on cp.user_id = d.creator_id
        where ${column} = ?
        order by case d.status when 'active' then 0 else 1 end, nextDue is null, nextDue, d.updated_at desc`,
  ).all(userId) as DealListRow[];
}

const dealIdForApplicationQuery = lazyPrepared(() =>
  db
    .select({ id: deals.id })
    .from(deals)
    .where(eq(deals.applicationId, sql.placeholder("applicationId")))
    .prepare(),
);

export function getDealIdForApplication(applicationId: string) {
  return dealIdForApplicationQuery().get({ applicationId })?.id ?? null;
}
