import { and, eq } from "drizzle-orm";
import { cachedStatement, db } from "~/db/client.server";
import { savedGigs } from "~/db/schema/gigs";

export { COMPARE_MAX } from "./gig-schema";
import { COMPARE_MAX } from "./gig-schema";

/** Saves (or re-saves with a new note) a gig the creator can see. */
export function saveGig(creatorId: string, gigId: string, note = "") {
  db.insert(savedGigs)
    .values({ creatorId, gigId, note })
    .onConflictDoUpdate({
      target: [savedGigs.creatorId, savedGigs.gigId],
      set: { note, updatedAt: new Date() },
    })
    .run();
}

export function unsaveGig(creatorId: string, gigId: string) {
  return (
    db
      .delete(savedGigs)
      .where(and(eq(savedGigs.creatorId, creatorId), eq(savedGigs.gigId, gigId)))
      .run().changes > 0
  );
}

export function getSavedGig(creatorId: string, gigId: string) {
  return (
    db
      .select()
      .from(savedGigs)
      .where(and(eq(savedGigs.creatorId, creatorId), eq(savedGigs.gigId, gigId)))
      .get() ?? null
  );
}

export type SavedGigRow = {
  gigId: string;
  note: string;
  savedAt: number;
  title: string;
  status: string;
  budgetMinCents: number;
  budgetMaxCents: number;
  currency: string;
  deadline: string;
  remote: number;
  location: string | null;
  creatorsWanted: number;
  brandName: string;
  brandSlug: string | null;
  applicants: number;
  applied: string | null;
};

/**
 * A saved gig whose page the creator can no longer open: its brand is suspended and the creator
 * did not apply to it, so `/gigs/<id>` is a 404 for them (decision 037). Only what the creator
 * wrote or saw when saving it is kept (the title and their note); nothing says why, as the gig's
 * own address does not either. It can still be removed from the list.
 */
export type UnavailableSavedGig = {
  gigId: string;
  note: string;
  savedAt: number;
  title: string;
  unavailable: true;
};

export type SavedGig = (SavedGigRow & { unavailable: false }) | UnavailableSavedGig;

const SELECT = `select s.gig_id as gigId, s.note, s.created_at as savedAt, g.title, g.status, g.budget_min_cents as budgetMinCents,
       g.budget_max_cents as budgetMaxCents, g.currency, g.deadline, g.remote, g.location, g.creators_wanted as creatorsWanted,
       coalesce(b.company, u.display_name) as brandName, b.slug as brandSlug,
       (select count(*) from applications a where a.gig_id = g.id and a.status <> 'withdrawn') as applicants,
       (select a.status from applications a where a.gig_id = g.id and a.creator_id = s.creator_id) as applied,
       u.status = 'suspended' as brandSuspended
  from saved_gigs s join gigs g on g.id = s.gig_id join users u on u.id = g.brand_id left join brand_profiles b on b.user_id = g.brand_id
 where s.creator_id = ? and g.status <> 'draft'`;

type SelectedRow = SavedGigRow & { brandSuspended: number };

/** The rule of `getVisibleGig` for a creator: a suspended brand's gig opens only for its applicants. */
function toSavedGig({ brandSuspended, ...row }: SelectedRow): SavedGig {
  if (brandSuspended && row.applied === null)
    return {
      gigId: row.gigId,
      note: row.note,
      savedAt: row.savedAt,
      title: row.title,
      unavailable: true,
    };
  return { ...row, unavailable: false };
}

/** The creator's saved gigs, newest first; those whose page is gone for them are marked unavailable. */
export function listSavedGigs(creatorId: string): SavedGig[] {
  return (
    cachedStatement(`${SELECT} order by s.created_at desc`).all(creatorId) as SelectedRow[]
  ).map(toSavedGig);
}

/**
 * Up to four of the creator's saved gigs, in the order asked; ids that are not saved are ignored,
 * and so are unavailable ones (there is nothing left of them to compare).
 */
export function compareSavedGigs(creatorId: string, ids: string[]) {
  const wanted = [...new Set(ids)].slice(0, COMPARE_MAX);
  if (!wanted.length) return [];
  const rows = (
    cachedStatement(`${SELECT} and s.gig_id in (${wanted.map(() => "?").join(",")})`).all(
      creatorId,
      ...wanted,
    ) as SelectedRow[]
  ).map(toSavedGig);
  const byId = new Map(rows.map((r) => [r.gigId, r]));
  return wanted
    .map((id) => byId.get(id))
    .filter((r): r is SavedGigRow & { unavailable: false } => !!r && !r.unavailable);
}
