import { cachedStatement, immediateTransaction, lazyStatement } from "~/db/client.server";
import type { GigStatus } from "~/db/schema/gigs";
import { queueEmail } from "../email/outbox.server";
import { closeApplicationsOfCancelledGig } from "../gigs/application-status.server";
import { setGigStatus } from "../gigs/gigs.server";
import { getOrigin } from "~/utils/url.server";
import type { GigFilter } from "./admin-schemas";
import { logModeration } from "./moderation-log.server";

export const ADMIN_GIGS_PAGE_SIZE = 25;

/** Gigs on the board or hiring: what a visitor can open, so what moderators watch. */
const LIVE: readonly GigStatus[] = ["published", "paused", "closed", "in_progress"];
const liveList = LIVE.map((s) => `'${s}'`).join(",");

export type AdminGigRow = {
  id: string;
  title: string;
  status: GigStatus;
  publishedAt: number | null;
  brandId: string;
  brandName: string;
  removedAt: number | null;
  removedReason: string | null;
};

/** Escapes LIKE's wildcards so a search for "a_b" finds "a_b" only. */
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

const FILTER_SQL: Record<GigFilter, string> = {
  live: `g.status in (${liveList})`,
  removed: "l.id is not null",
};

/**
 * Gigs for moderation, newest first: those live on the board (published, paused, closed or
 * hiring), or those moderators removed; `q` matches any part of the title.
 */
export function listGigsForAdmin(options: { filter: GigFilter; q: string; page: number }) {
  const where = [FILTER_SQL[options.filter]];
  const params: Record<string, string> = {};
  const q = options.q.trim().toLowerCase();
  if (q) {
    where.push("lower(g.title) like @q escape '\\'");
    params.q = `%${likeEscape(q)}%`;
  }
  const from = `from gigs g
       left join moderation_log l
         on l.target_type = 'gig' and l.target_id = g.id and l.action = 'gig.remove'
      where ${where.join(" and ")}`;
  const total = (cachedStatement(`select count(*) as n ${from}`).get(params) as { n: number }).n;
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_GIGS_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const rows = cachedStatement(
    `select g.id, g.title, g.status, g.published_at as publishedAt, g.brand_id as brandId,
            coalesce(b.company, u.display_name) as brandName,
            l.created_at as removedAt, l.reason as removedReason
       from gigs g
       join users u on u.id = g.brand_id
       left join brand_profiles b on b.user_id = g.brand_id
       left join moderation_log l
         on l.target_type = 'gig' and l.target_id = g.id and l.action = 'gig.remove'
      where ${where.join(" and ")}
      order by coalesce(l.created_at, g.published_at, g.created_at) desc, g.id
      limit @limit offset @offset`,
  ).all({
    ...params,
    limit: ADMIN_GIGS_PAGE_SIZE,
    offset: (page - 1) * ADMIN_GIGS_PAGE_SIZE,
  }) as AdminGigRow[];
  return { rows, total, page, pageCount };
}

const gigStmt = lazyStatement(
  `select g.id, g.title, g.status, g.published_at as publishedAt, g.brand_id as brandId,
          u.email as brandEmail, u.display_name as brandUserName,
          coalesce(b.company, u.display_name) as brandName
     from gigs g join users u on u.id = g.brand_id
     left join brand_profiles b on b.user_id = g.brand_id
    where g.id = ?`,
);
type GigRecord = {
  id: string;
  title: string;
  status: GigStatus;
  publishedAt: number | null;
  brandId: string;
  brandEmail: string;
  brandUserName: string;
  brandName: string;
};

export type GigRemovalResult = "ok" | "not-found" | "not-live";

/**
 * Takes a gig off the board (decision 038): it is cancelled, with the admin in its history; its
 * open applications are declined and their creators told (as when a brand cancels, decision 028);
 * the brand is emailed the reason; the audit log keeps it. Deals already made from the gig go on.
 * Cancelling is final, so there is no restoring: the brand can post the gig again.
 */
export function removeGig(input: {
  adminId: string;
  gigId: string;
  reason: string;
  now?: Date;
}): GigRemovalResult {
  const now = input.now ?? new Date();
  return immediateTransaction(() => {
    const gig = gigStmt().get(input.gigId) as GigRecord | undefined;
    if (!gig) return "not-found";
    if (!LIVE.includes(gig.status)) return "not-live";
    // publishedAt matters only when publishing.
    setGigStatus({ id: gig.id, status: gig.status, publishedAt: null }, "cancelled", input.adminId);
    closeApplicationsOfCancelledGig(gig, input.adminId, now, "moderators");
    queueEmail({
      to: gig.brandEmail,
      kind: "gig-removed",
      subject: `Your gig "${gig.title}" was removed`,
      text: [
        `Hi ${gig.brandUserName},`,
        "",
        `Gigfolio's moderators removed your gig "${gig.title}" from the gig board. The reason they gave:`,
        "",
        input.reason,
        "",
        "Its open applications were closed and their creators told. Deals you already made from it go on.",
        `Your gigs: ${getOrigin()}/dashboard/gigs`,
        "",
        "— Gigfolio",
      ].join("\n"),
    });
    logModeration({
      actorId: input.adminId,
      action: "gig.remove",
      targetType: "gig",
      targetId: gig.id,
      summary: `“${gig.title}” by ${gig.brandName}`,
      reason: input.reason,
      now,
    });
    return "ok";
  });
}
