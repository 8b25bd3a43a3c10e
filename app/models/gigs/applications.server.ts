import { and, eq, sql } from "drizzle-orm";
import { cachedStatement, db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { offers } from "~/db/schema/deals";
import {
  applicationItems,
  applications,
  applicationStatusHistory,
  gigDeliverables,
  gigs,
  type ApplicationStatus,
} from "~/db/schema/gigs";
import { insertDeal } from "~/models/deals/deals.server";
import { notifyUser } from "~/models/deals/notify.server";
import type { ApplyInput } from "./gig-schema";
import { getGig, gigDealCounts, setGigStatus } from "./gigs.server";
import { addDays, todayUtc } from "./money";
import { listCreatorPortfolioItems, ownedItemIds } from "./portfolio-items.server";
import { HIRING_GIG_STATUSES } from "./state";
import { setApplicationStatus } from "./application-status.server";

export type ApplicationRow = typeof applications.$inferSelect;
export type GigRow = typeof gigs.$inferSelect;
type Viewer = { id: string; role: string };

export class GigNotOpenError extends Error {
  constructor() {
    super("This gig is not taking applications.");
  }
}
export class AlreadyAppliedError extends Error {
  constructor() {
    super("You have already applied to this gig.");
  }
}

/** Default delivery window when a brand accepts an application without negotiated terms. */
export const DEFAULT_TIMELINE_DAYS = 14;

export function isGigOpen(gig: Pick<GigRow, "status" | "deadline">, now = new Date()) {
  return gig.status === "published" && gig.deadline >= todayUtc(now);
}

export function applyToGig(creatorId: string, gigId: string, input: ApplyInput, now = new Date()) {
  return immediateTransaction(() => {
    const gig = getGig(gigId);
    if (!gig || !isGigOpen(gig, now)) throw new GigNotOpenError();
    if (gig.brandId === creatorId) throw new GigNotOpenError();
    if (getMyApplication(gigId, creatorId)) throw new AlreadyAppliedError();
    const app = db
      .insert(applications)
      .values({
        gigId,
        creatorId,
        message: input.message,
        proposedCents: input.proposed,
        currency: gig.currency,
        status: "pending",
      })
      .returning()
      .get();
    const items = ownedItemIds(creatorId, input.portfolioItemIds);
    if (items.length)
      db.insert(applicationItems)
        .values(
          items.map((portfolioItemId, position) => ({
            applicationId: app.id,
            portfolioItemId,
            position,
          })),
        )
        .run();
    db.insert(applicationStatusHistory)
      .values({
        applicationId: app.id,
        fromStatus: null,
        toStatus: "pending",
        actorUserId: creatorId,
      })
      .run();
    notifyUser(
      gig.brandId,
      "gig_application_new",
      `New application: ${gig.title}`,
      [`A creator applied to your gig "${gig.title}".`],
      `/dashboard/applications/${app.id}`,
    );
    return app;
  });
}

export { setApplicationStatus } from "./application-status.server";

/** The application with its gig, if the viewer is the applicant, the gig's brand or an admin. */
const applicationWithGigQuery = lazyPrepared(() =>
  db
    .select()
    .from(applications)
    .innerJoin(gigs, eq(gigs.id, applications.gigId))
    .where(eq(applications.id, sql.placeholder("applicationId")))
    .prepare(),
);

export function getApplicationForParty(applicationId: string, viewer: Viewer) {
  const row = applicationWithGigQuery().get({ applicationId });
  if (!row) return null;
  const side =
    row.gigs.brandId === viewer.id
      ? "brand"
      : row.applications.creatorId === viewer.id
        ? "creator"
        : viewer.role === "admin"
          ? "admin"
          : null;
  if (!side) return null;
  return { application: row.applications, gig: row.gigs, side };
}

const myApplicationQuery = lazyPrepared(() =>
  db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.gigId, sql.placeholder("gigId")),
        eq(applications.creatorId, sql.placeholder("creatorId")),
      ),
    )
    .prepare(),
);

export function getMyApplication(gigId: string, creatorId: string) {
  return myApplicationQuery().get({ gigId, creatorId }) ?? null;
}

export function withdrawApplication(applicationId: string, creatorId: string) {
  return immediateTransaction(() => {
    const app = db
      .select()
      .from(applications)
      .where(and(eq(applications.id, applicationId), eq(applications.creatorId, creatorId)))
      .get();
    if (!app) return null;
    setApplicationStatus(app, "withdrawn", creatorId);
    db.update(offers)
      .set({ status: "withdrawn", respondedAt: new Date(), respondedBy: creatorId })
      .where(and(eq(offers.applicationId, app.id), eq(offers.status, "pending")))
      .run();
    return app;
  });
}

function loadForBrand(applicationId: string, brandId: string) {
  const found = getApplicationForParty(applicationId, { id: brandId, role: "brand" });
  return found && found.side === "brand" ? found : null;
}

export function shortlistApplication(applicationId: string, brandId: string) {
  return immediateTransaction(() => {
    const found = loadForBrand(applicationId, brandId);
    if (!found) return null;
    setApplicationStatus(found.application, "shortlisted", brandId);
    return found.application;
  });
}

export function rejectApplication(applicationId: string, brandId: string, message?: string) {
  return immediateTransaction(() => {
    const found = loadForBrand(applicationId, brandId);
    if (!found) return null;
    setApplicationStatus(found.application, "rejected", brandId, message, {
      rejectionMessage: message || null,
    });
    db.update(offers)
      .set({ status: "withdrawn", respondedAt: new Date(), respondedBy: brandId })
      .where(and(eq(offers.applicationId, applicationId), eq(offers.status, "pending")))
      .run();
    notifyUser(
      found.application.creatorId,
      "gig_application_rejected",
      `Update on your application: ${found.gig.title}`,
      [
        `The brand did not select your application to "${found.gig.title}".`,
        ...(message ? ["", `Their message: ${message}`] : []),
      ],
      `/dashboard/applications/${applicationId}`,
    );
    return found.application;
  });
}

export type AcceptTerms = {
  amountCents: number;
  currency: string;
  deliverables: string[];
  timelineDays: number;
  /** Set when the terms are an offer being accepted: its sender hears "your offer was accepted". */
  offerFromUserId?: string;
};

/**
 * Accepts an application: the deal is created with the given terms (or the application's price and the
 * gig's deliverables) and, once the wanted number of creators is reached, the gig moves to in progress.
 * Call inside a transaction.
 */
export function acceptApplicationInTx(
  app: ApplicationRow,
  gig: GigRow,
  actorUserId: string,
  terms?: AcceptTerms,
  now = new Date(),
) {
  if (!HIRING_GIG_STATUSES.includes(gig.status)) throw new GigNotOpenError();
  setApplicationStatus(app, "accepted", actorUserId);
  db.update(offers)
    .set({ status: "withdrawn", respondedAt: now, respondedBy: actorUserId })
    .where(and(eq(offers.applicationId, app.id), eq(offers.status, "pending")))
    .run();
  const gigItems = db
    .select({ description: gigDeliverables.description })
    .from(gigDeliverables)
    .where(eq(gigDeliverables.gigId, gig.id))
    .orderBy(gigDeliverables.position)
    .all();
  const list = terms?.deliverables.length ? terms.deliverables : gigItems.map((d) => d.description);
  const dueDate = addDays(todayUtc(now), terms?.timelineDays ?? DEFAULT_TIMELINE_DAYS);
  const deal = insertDeal({
    applicationId: app.id,
    gigId: gig.id,
    brandId: gig.brandId,
    creatorId: app.creatorId,
    title: gig.title,
    amountCents: terms?.amountCents ?? app.proposedCents,
    currency: terms?.currency ?? app.currency,
    deliverables: (list.length ? list : ["Deliver the work described in the gig"]).map((title) => ({
      title,
      dueDate,
    })),
    actorUserId,
  });
  // Creators hired: deals under way or done (a cancelled deal frees its place).
  const deals = gigDealCounts(gig.id);
  if (deals.open + deals.done >= gig.creatorsWanted) setGigStatus(gig, "in_progress", actorUserId);
  // One email to each side. The sender of an accepted offer hears that, rather than a second
  // message about the same deal.
  const path = `/dashboard/deals/${deal.id}`;
  for (const userId of [app.creatorId, gig.brandId]) {
    if (userId === terms?.offerFromUserId)
      notifyUser(
        userId,
        "deal_offer_accepted",
        `Offer accepted: ${gig.title}`,
        [`Your offer on "${gig.title}" was accepted. The deal has started.`],
        path,
      );
    else if (userId === app.creatorId)
      notifyUser(
        userId,
        "gig_application_accepted",
        `You got the gig: ${gig.title}`,
        [`Your application to "${gig.title}" was accepted. A deal has been created.`],
        path,
      );
    else
      notifyUser(
        userId,
        "gig_application_accepted",
        `Deal started: ${gig.title}`,
        [`A deal for "${gig.title}" has started.`],
        path,
      );
  }
  return deal;
}

export function acceptApplication(applicationId: string, brandId: string, now = new Date()) {
  return immediateTransaction(() => {
    const found = loadForBrand(applicationId, brandId);
    if (!found) return null;
    return acceptApplicationInTx(found.application, found.gig, brandId, undefined, now);
  });
}

export type ApplicantRow = {
  id: string;
  status: ApplicationStatus;
  message: string;
  proposedCents: number;
  currency: string;
  createdAt: number;
  creatorId: string;
  creatorName: string;
  creatorSlug: string | null;
  headline: string | null;
  categories: string | null;
  dealId: string | null;
};

/** Applicants of a gig, only for the gig's brand (or an admin); null otherwise. */
export function listApplicants(gigId: string, viewer: Viewer) {
  const gig = getGig(gigId);
  if (!gig || (gig.brandId !== viewer.id && viewer.role !== "admin")) return null;
  const rows = cachedStatement(
    `select a.id, a.status, a.message, a.proposed_cents as proposedCents, a.currency, a.created_at as createdAt, a.creator_id as creatorId,
              coalesce(p.display_name, u.display_name) as creatorName, p.slug as creatorSlug, p.headline,
              (select group_concat(c.name, ', ') from creator_categories cc join categories c on c.id = cc.category_id where cc.creator_id = a.creator_id) as categories,
              (select d.id from deals d where d.application_id = a.id) as dealId
         from applications a join users u on u.id = a.creator_id left join creator_profiles p on p.user_id = a.creator_id
        where a.gig_id = ? and a.status <> 'withdrawn'
        order by case a.status when 'shortlisted' then 0 when 'pending' then 1 when 'accepted' then 2 else 3 end, a.created_at`,
  ).all(gigId) as ApplicantRow[];
  // Portfolio summary: the creator's first few items (a handful of applicants per gig, so one query each is fine).
  return {
    gig,
    rows: rows.map((r) => ({
      ...r,
      portfolio: listCreatorPortfolioItems(r.creatorId, 3).map((i) => ({
        id: i.id,
        title: i.title,
        url: i.url,
      })),
    })),
  };
}

export type MyApplicationRow = {
  id: string;
  status: ApplicationStatus;
  proposedCents: number;
  currency: string;
  createdAt: number;
  updatedAt: number;
  gigId: string;
  gigTitle: string;
  gigStatus: string;
  brandName: string;
  dealId: string | null;
  pendingOfferFrom: string | null;
};

export function listMyApplications(creatorId: string) {
  return cachedStatement(
    `select a.id, a.status, a.proposed_cents as proposedCents, a.currency, a.created_at as createdAt, a.updated_at as updatedAt,
              g.id as gigId, g.title as gigTitle, g.status as gigStatus, coalesce(b.company, u.display_name) as brandName,
              (select d.id from deals d where d.application_id = a.id) as dealId,
              (select o.from_user_id from offers o where o.application_id = a.id and o.status = 'pending' and o.expires_at > @now) as pendingOfferFrom
         from applications a join gigs g on g.id = a.gig_id join users u on u.id = g.brand_id left join brand_profiles b on b.user_id = g.brand_id
        where a.creator_id = @creator
        order by case a.status when 'pending' then 0 when 'shortlisted' then 0 when 'accepted' then 1 else 2 end, a.updated_at desc`,
  ).all({ creator: creatorId, now: Date.now() }) as MyApplicationRow[];
}

const applicationItemsQuery = lazyPrepared(() =>
  db
    .select({ id: applicationItems.portfolioItemId })
    .from(applicationItems)
    .where(eq(applicationItems.applicationId, sql.placeholder("applicationId")))
    .orderBy(applicationItems.position)
    .prepare(),
);

export function listApplicationItems(applicationId: string) {
  return applicationItemsQuery()
    .all({ applicationId })
    .map((r) => r.id);
}

export function getApplicationHistory(applicationId: string) {
  return cachedStatement(
    `select h.from_status as fromStatus, h.to_status as toStatus, h.note, h.created_at as createdAt, u.display_name as actor
         from application_status_history h left join users u on u.id = h.actor_user_id where h.application_id = ? order by h.created_at, h.rowid`,
  ).all(applicationId) as {
    fromStatus: string | null;
    toStatus: string;
    note: string | null;
    createdAt: number;
    actor: string | null;
  }[];
}

export function countPendingApplicationsForBrand(brandId: string) {
  return (
    cachedStatement(
      `select count(*) as n from applications a join gigs g on g.id = a.gig_id where g.brand_id = ? and a.status in ('pending','shortlisted')`,
    ).get(brandId) as { n: number }
  ).n;
}
