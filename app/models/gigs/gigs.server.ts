import { and, asc, eq, inArray, sql } from "drizzle-orm";
import {
  cachedStatement,
  db,
  immediateTransaction,
  lazyPrepared,
  lazyStatement,
} from "~/db/client.server";
import { categories } from "~/db/schema/portfolio";
import {
  gigCategories,
  gigDeliverables,
  gigPlatforms,
  gigs,
  gigStatusHistory,
  type GigStatus,
} from "~/db/schema/gigs";
import { closeApplicationsOfCancelledGig } from "./application-status.server";
import type { GigInput } from "./gig-schema";
import {
  assertTransition,
  EDITABLE_GIG_STATUSES,
  GIG_TRANSITIONS,
  IllegalTransitionError,
  VISIBLE_GIG_STATUSES,
} from "./state";

export type GigRow = typeof gigs.$inferSelect;

function writeChildren(gigId: string, input: GigInput) {
  db.delete(gigCategories).where(eq(gigCategories.gigId, gigId)).run();
  db.delete(gigPlatforms).where(eq(gigPlatforms.gigId, gigId)).run();
  db.delete(gigDeliverables).where(eq(gigDeliverables.gigId, gigId)).run();
  const catIds = [...new Set(input.categoryIds)];
  if (catIds.length) {
    const valid = db
      .select({ id: categories.id })
      .from(categories)
      .where(inArray(categories.id, catIds))
      .all();
    if (valid.length)
      db.insert(gigCategories)
        .values(valid.map((c) => ({ gigId, categoryId: c.id })))
        .run();
  }
  const platforms = [...new Set(input.platforms)];
  if (platforms.length)
    db.insert(gigPlatforms)
      .values(platforms.map((platform) => ({ gigId, platform })))
      .run();
  db.insert(gigDeliverables)
    .values(input.deliverables.map((description, position) => ({ gigId, position, description })))
    .run();
}

function columns(input: GigInput) {
  return {
    title: input.title,
    description: input.description,
    budgetMinCents: input.budgetMin,
    budgetMaxCents: input.budgetMax,
    currency: input.currency,
    remote: input.remote,
    location: input.location || null,
    requirements: input.requirements,
    deadline: input.deadline,
    creatorsWanted: input.creatorsWanted,
  };
}

/** A new gig is a draft until the brand publishes it. */
export function createGig(brandId: string, input: GigInput) {
  return immediateTransaction(() => {
    const gig = db
      .insert(gigs)
      .values({ brandId, ...columns(input), status: "draft" })
      .returning()
      .get();
    writeChildren(gig.id, input);
    db.insert(gigStatusHistory)
      .values({ gigId: gig.id, fromStatus: null, toStatus: "draft", actorUserId: brandId })
      .run();
    return gig;
  });
}

export class GigNotEditableError extends Error {
  constructor(status: string) {
    super(`A ${status.replace("_", " ")} gig can no longer be edited.`);
  }
}

export function updateGig(gigId: string, brandId: string, input: GigInput) {
  immediateTransaction(() => {
    const gig = getGigForBrand(gigId, brandId);
    if (!gig) throw new Error("not found");
    if (!EDITABLE_GIG_STATUSES.includes(gig.status)) throw new GigNotEditableError(gig.status);
    db.update(gigs)
      .set({ ...columns(input), updatedAt: new Date() })
      .where(eq(gigs.id, gigId))
      .run();
    writeChildren(gigId, input);
  });
}

/** The gig if it belongs to this brand (admins see all), else null. */
const gigQuery = lazyPrepared(() =>
  db
    .select()
    .from(gigs)
    .where(eq(gigs.id, sql.placeholder("gigId")))
    .prepare(),
);

/** The gig with this id, whoever may see it: callers check who may. */
export function getGig(gigId: string) {
  return gigQuery().get({ gigId });
}

export function getGigForBrand(gigId: string, brandId: string, options: { admin?: boolean } = {}) {
  const gig = getGig(gigId);
  if (!gig) return null;
  if (gig.brandId !== brandId && !options.admin) return null;
  return gig;
}

/** Applies a status change with its history row. Throws IllegalTransitionError when not allowed. Call inside a transaction. */
export function setGigStatus(
  gig: Pick<GigRow, "id" | "status" | "publishedAt">,
  to: GigStatus,
  actorUserId: string | null,
) {
  assertTransition("gig", GIG_TRANSITIONS, gig.status, to);
  const now = new Date();
  db.update(gigs)
    .set({
      status: to,
      updatedAt: now,
      ...(to === "published" && !gig.publishedAt ? { publishedAt: now } : {}),
    })
    .where(and(eq(gigs.id, gig.id), eq(gigs.status, gig.status)))
    .run();
  db.insert(gigStatusHistory)
    .values({ gigId: gig.id, fromStatus: gig.status, toStatus: to, actorUserId })
    .run();
}

/** Brand-initiated actions. `in_progress` is reached only by accepting applications. */
export const GIG_ACTIONS = {
  publish: "published",
  pause: "paused",
  close: "closed",
  cancel: "cancelled",
  complete: "completed",
} as const satisfies Record<string, GigStatus>;
export type GigAction = keyof typeof GIG_ACTIONS;

/** A gig's deals still running (`open`) and delivered (`done`): together, the creators it hired. */
export function gigDealCounts(gigId: string) {
  return cachedStatement(
    `select count(*) filter (where status = 'active') as open,
            count(*) filter (where status = 'completed') as done
       from deals where gig_id = ?`,
  ).get(gigId) as { open: number; done: number };
}

/** A gig is done when its deals are: none still running, at least one delivered. */
export function gigCanComplete(gigId: string) {
  const deals = gigDealCounts(gigId);
  return deals.open === 0 && deals.done > 0;
}

export function changeGigStatus(
  gigId: string,
  brandId: string,
  action: GigAction,
  options: { admin?: boolean } = {},
) {
  return immediateTransaction(() => {
    const gig = getGigForBrand(gigId, brandId, options);
    if (!gig) return null;
    const to = GIG_ACTIONS[action];
    if (action === "complete" && !gigCanComplete(gigId))
      throw new IllegalTransitionError("gig", gig.status, to);
    setGigStatus(gig, to, brandId);
    if (to === "cancelled") closeApplicationsOfCancelledGig(gig, brandId);
    return to;
  });
}

const detailQueries = lazyPrepared(() => {
  const gigId = sql.placeholder("gigId");
  return {
    categories: db
      .select({ id: categories.id, slug: categories.slug, name: categories.name })
      .from(gigCategories)
      .innerJoin(categories, eq(categories.id, gigCategories.categoryId))
      .where(eq(gigCategories.gigId, gigId))
      .orderBy(asc(categories.name))
      .prepare(),
    platforms: db
      .select({ platform: gigPlatforms.platform })
      .from(gigPlatforms)
      .where(eq(gigPlatforms.gigId, gigId))
      .prepare(),
    deliverables: db
      .select({ description: gigDeliverables.description })
      .from(gigDeliverables)
      .where(eq(gigDeliverables.gigId, gigId))
      .orderBy(asc(gigDeliverables.position))
      .prepare(),
  };
});

export function getGigDetails(gigId: string) {
  const q = detailQueries();
  return {
    categories: q.categories.all({ gigId }),
    platforms: q.platforms.all({ gigId }).map((r) => r.platform),
    deliverables: q.deliverables.all({ gigId }).map((r) => r.description),
  };
}

const brandStatusStmt = lazyStatement(`select status from users where id = ?`);
const hasAppliedStmt = lazyStatement(
  `select 1 from applications where gig_id = ? and creator_id = ? limit 1`,
);

/** Whether a brand's account is suspended (by an admin, or deleted: decisions 031, 032). */
export function isBrandSuspended(brandId: string) {
  const row = brandStatusStmt().get(brandId) as { status: string } | undefined;
  return row?.status === "suspended";
}

/**
 * A gig page: visible to everyone once published; a draft (or cancelled gig) only to its brand and
 * admins. A suspended brand's gigs leave public view (decision 037): only admins and the creators
 * who applied to the gig (whose application and deal go on) still open it. Two primary-key
 * lookups at most, on a page that is not cached.
 */
export function getVisibleGig(gigId: string, viewer: { id: string; role: string } | null) {
  const gig = getGig(gigId);
  if (!gig) return null;
  const isOwner = viewer?.id === gig.brandId;
  const isAdmin = viewer?.role === "admin";
  if (!VISIBLE_GIG_STATUSES.includes(gig.status) && !isOwner && !isAdmin) return null;
  const brandSuspended = isBrandSuspended(gig.brandId);
  if (
    brandSuspended &&
    !isOwner &&
    !isAdmin &&
    !(viewer?.role === "creator" && hasAppliedStmt().get(gig.id, viewer.id))
  )
    return null;
  return { gig, isOwner, brandSuspended };
}

export function countApplicants(gigId: string) {
  return (
    cachedStatement(
      `select count(*) as n from applications where gig_id = ? and status <> 'withdrawn'`,
    ).get(gigId) as { n: number }
  ).n;
}

export function getGigHistory(gigId: string) {
  return cachedStatement(
    `select h.from_status as fromStatus, h.to_status as toStatus, h.created_at as createdAt, u.display_name as actor
         from gig_status_history h left join users u on u.id = h.actor_user_id where h.gig_id = ? order by h.created_at, h.rowid`,
  ).all(gigId) as {
    fromStatus: string | null;
    toStatus: string;
    createdAt: number;
    actor: string | null;
  }[];
}

export type BrandGigRow = {
  id: string;
  title: string;
  status: GigStatus;
  deadline: string;
  creatorsWanted: number;
  applicants: number;
  pending: number;
  accepted: number;
  updatedAt: number;
};

export function listBrandGigs(brandId: string) {
  return cachedStatement(
    `select g.id, g.title, g.status, g.deadline, g.creators_wanted as creatorsWanted, g.updated_at as updatedAt,
              (select count(*) from applications a where a.gig_id = g.id and a.status <> 'withdrawn') as applicants,
              (select count(*) from applications a where a.gig_id = g.id and a.status in ('pending','shortlisted')) as pending,
              (select count(*) from applications a where a.gig_id = g.id and a.status = 'accepted') as accepted
         from gigs g where g.brand_id = ?
        order by case g.status when 'draft' then 0 when 'published' then 1 when 'paused' then 2 when 'in_progress' then 3 else 4 end, g.updated_at desc`,
  ).all(brandId) as BrandGigRow[];
}

/**
 * A brand's open gigs (its public page), read through (brand_id, status). Without statistics the
 * planner otherwise walks one of the board's indexes, (status, deadline) or (status, published_at),
 * through every open gig of every brand: 50 ms at 50,000 gigs, against a brand's few rows here.
 */
export const OPEN_GIGS_FOR_BRAND_SQL = `select id, title, budget_min_cents as budgetMinCents, budget_max_cents as budgetMaxCents, currency, deadline
        from gigs indexed by gigs_brand_status_idx
        where brand_id = ? and status = 'published' and deadline >= ? order by published_at desc limit ?`;

export function listOpenGigsForBrand(brandId: string, today: string, limit = 20) {
  return cachedStatement(OPEN_GIGS_FOR_BRAND_SQL).all(brandId, today, limit) as {
    id: string;
    title: string;
    budgetMinCents: number;
    budgetMaxCents: number;
    currency: string;
    deadline: string;
  }[];
}
