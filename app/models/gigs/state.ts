/**
 * The state machines of the gig board and deals, as data. Every model function checks a transition
 * here before writing, so an illegal one is refused in one place (and unit-tested exhaustively).
 */
import type { ApplicationStatus, GigStatus } from "~/db/schema/gigs";
import type { DealStatus, DeliverableStatus, OfferStatus } from "~/db/schema/deals";

export class IllegalTransitionError extends Error {
  constructor(
    readonly machine: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(
      `A ${machine.replace("_", " ")} cannot go from ${from.replace("_", " ")} to ${to.replace("_", " ")}.`,
    );
  }
}

export const GIG_TRANSITIONS: Record<GigStatus, readonly GigStatus[]> = {
  draft: ["published", "cancelled"],
  published: ["paused", "closed", "cancelled", "in_progress"],
  paused: ["published", "closed", "cancelled", "in_progress"],
  // Closed to new applicants; completed once its deals are done (after a hire fell through).
  closed: ["published", "cancelled", "in_progress", "completed"],
  // Back to closed when a cancelled deal leaves a place to fill.
  in_progress: ["completed", "cancelled", "closed"],
  completed: [],
  cancelled: [],
};

export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  pending: ["shortlisted", "rejected", "accepted", "withdrawn"],
  shortlisted: ["rejected", "accepted"],
  rejected: [],
  accepted: [],
  withdrawn: [],
};

export const OFFER_TRANSITIONS: Record<OfferStatus, readonly OfferStatus[]> = {
  pending: ["accepted", "rejected", "countered", "expired", "withdrawn"],
  accepted: [],
  rejected: [],
  countered: [],
  expired: [],
  withdrawn: [],
};

export const DEAL_TRANSITIONS: Record<DealStatus, readonly DealStatus[]> = {
  active: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

export const DELIVERABLE_TRANSITIONS: Record<DeliverableStatus, readonly DeliverableStatus[]> = {
  pending: ["submitted"],
  submitted: ["approved", "revision_requested"],
  revision_requested: ["submitted"],
  approved: [],
};

export function canTransition<S extends string>(table: Record<S, readonly S[]>, from: S, to: S) {
  return table[from]?.includes(to) ?? false;
}

export function assertTransition<S extends string>(
  machine: string,
  table: Record<S, readonly S[]>,
  from: S,
  to: S,
) {
  if (!canTransition(table, from, to)) throw new IllegalTransitionError(machine, from, to);
}

/** Gigs whose brand still negotiates with and hires applicants (applying needs "published"). */
export const HIRING_GIG_STATUSES: readonly GigStatus[] = ["published", "paused", "closed"];
/** Gigs anyone can see and apply to. */
export const PUBLIC_GIG_STATUSES: readonly GigStatus[] = ["published"];
/** Gigs whose page stays visible to the public (read-only) after publication. */
export const VISIBLE_GIG_STATUSES: readonly GigStatus[] = [
  "published",
  "paused",
  "closed",
  "in_progress",
  "completed",
];
/** A brand may edit the terms only before work starts. */
export const EDITABLE_GIG_STATUSES: readonly GigStatus[] = ["draft", "published", "paused"];
