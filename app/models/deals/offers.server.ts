import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { offers, type OfferStatus } from "~/db/schema/deals";
import { applications } from "~/db/schema/gigs";
import { acceptApplicationInTx, getApplicationForParty } from "~/models/gigs/applications.server";
import { getGig } from "~/models/gigs/gigs.server";
import {
  assertTransition,
  HIRING_GIG_STATUSES,
  IllegalTransitionError,
  OFFER_TRANSITIONS,
} from "~/models/gigs/state";
import type { OfferInput } from "./deal-schema";
import { notifyUser } from "./notify.server";

export type OfferRow = typeof offers.$inferSelect;
type Viewer = { id: string; role: string };

export class OfferError extends Error {}

const DAY = 24 * 60 * 60 * 1000;

/** The status a reader should see: a pending offer past its expiry is expired, even before anything writes it. */
export function effectiveOfferStatus(
  offer: Pick<OfferRow, "status" | "expiresAt">,
  now = new Date(),
): OfferStatus {
  return offer.status === "pending" && offer.expiresAt.getTime() <= now.getTime()
    ? "expired"
    : offer.status;
}

const offersQuery = lazyPrepared(() =>
  db
    .select()
    .from(offers)
    .where(eq(offers.applicationId, sql.placeholder("applicationId")))
    .orderBy(asc(offers.createdAt))
    .prepare(),
);

export function listOffers(applicationId: string, now = new Date()) {
  return offersQuery()
    .all({ applicationId })
    .map((o) => ({ ...o, status: effectiveOfferStatus(o, now) }));
}

function setOfferStatus(offer: OfferRow, to: OfferStatus, actorUserId: string | null, now: Date) {
  assertTransition("offer", OFFER_TRANSITIONS, offer.status, to);
  db.update(offers)
    .set({ status: to, respondedAt: now, respondedBy: actorUserId })
    .where(and(eq(offers.id, offer.id), eq(offers.status, offer.status)))
    .run();
}

function pendingOffer(applicationId: string) {
  return (
    db
      .select()
      .from(offers)
      .where(and(eq(offers.applicationId, applicationId), eq(offers.status, "pending")))
      .orderBy(desc(offers.createdAt))
      .get() ?? null
  );
}

/** Writes `expired` on a stale pending offer (inside a POST's transaction). Returns the live pending offer, if any. */
function livePendingOffer(applicationId: string, now: Date) {
  const offer = pendingOffer(applicationId);
  if (offer && effectiveOfferStatus(offer, now) === "expired") {
    setOfferStatus(offer, "expired", null, now);
    return null;
  }
  return offer;
}

const NOT_HIRING = "This gig is no longer hiring, so there is nothing to negotiate.";

function loadNegotiation(applicationId: string, viewer: Viewer) {
  const found = getApplicationForParty(applicationId, viewer);
  if (!found || found.side === "admin") return null;
  return found;
}

function insertOffer(
  applicationId: string,
  fromUserId: string,
  currency: string,
  input: OfferInput,
  now: Date,
) {
  return db
    .insert(offers)
    .values({
      applicationId,
      fromUserId,
      amountCents: input.amount,
      currency,
      deliverables: input.deliverables.join("\n"),
      timelineDays: input.timelineDays,
      message: input.message,
      status: "pending",
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY),
      createdAt: now,
    })
    .returning()
    .get();
}

function notifyOffer(
  found: NonNullable<ReturnType<typeof loadNegotiation>>,
  fromSide: "brand" | "creator",
  kind: "new" | "counter",
) {
  const to = fromSide === "brand" ? found.application.creatorId : found.gig.brandId;
  notifyUser(
    to,
    "deal_offer_received",
    `${kind === "counter" ? "Counter-offer" : "New offer"}: ${found.gig.title}`,
    [
      `You received ${kind === "counter" ? "a counter-offer" : "an offer"} on "${found.gig.title}". It expires if nobody answers in time.`,
    ],
    `/dashboard/applications/${found.application.id}`,
  );
}

/** Either party opens negotiation while the application is pending or shortlisted and no offer is open. */
export function makeOffer(
  applicationId: string,
  viewer: Viewer,
  input: OfferInput,
  now = new Date(),
) {
  return immediateTransaction(() => {
    const found = loadNegotiation(applicationId, viewer);
    if (!found) return null;
    if (!["pending", "shortlisted"].includes(found.application.status))
      throw new OfferError("This application is no longer open for negotiation.");
    if (!HIRING_GIG_STATUSES.includes(found.gig.status)) throw new OfferError(NOT_HIRING);
    if (livePendingOffer(applicationId, now))
      throw new OfferError(
        "An offer is already waiting for an answer. Answer it or withdraw it first.",
      );
    const offer = insertOffer(applicationId, viewer.id, found.application.currency, input, now);
    notifyOffer(found, found.side as "brand" | "creator", "new");
    return offer;
  });
}

type Response =
  | { kind: "accept" }
  | { kind: "reject" }
  | { kind: "withdraw" }
  | { kind: "counter"; input: OfferInput };

/**
 * Answers the open offer. Only the other party accepts, rejects or counters; only the sender withdraws.
 * An expired offer is marked expired and cannot be accepted.
 */
export function respondToOffer(
  offerId: string,
  viewer: Viewer,
  response: Response,
  now = new Date(),
) {
  return immediateTransaction(() => {
    const offer = db.select().from(offers).where(eq(offers.id, offerId)).get();
    if (!offer) return null;
    const found = loadNegotiation(offer.applicationId, viewer);
    if (!found) return null;
    if (offer.status === "pending" && effectiveOfferStatus(offer, now) === "expired") {
      setOfferStatus(offer, "expired", null, now);
      return { expired: true as const };
    }
    const isSender = offer.fromUserId === viewer.id;
    if (response.kind === "withdraw") {
      if (!isSender) throw new OfferError("Only the sender can withdraw an offer.");
      setOfferStatus(offer, "withdrawn", viewer.id, now);
      return { offer };
    }
    if (isSender) throw new OfferError("You cannot answer your own offer.");
    if (response.kind === "reject") {
      setOfferStatus(offer, "rejected", viewer.id, now);
      return { offer };
    }
    if (response.kind === "counter") {
      if (!["pending", "shortlisted"].includes(found.application.status))
        throw new IllegalTransitionError("offer", offer.status, "countered");
      if (!HIRING_GIG_STATUSES.includes(found.gig.status)) throw new OfferError(NOT_HIRING);
      setOfferStatus(offer, "countered", viewer.id, now);
      const counter = insertOffer(
        offer.applicationId,
        viewer.id,
        offer.currency,
        response.input,
        now,
      );
      notifyOffer(found, found.side as "brand" | "creator", "counter");
      return { offer: counter };
    }
    // accept: the offer's terms become the deal's terms.
    setOfferStatus(offer, "accepted", viewer.id, now);
    const app = db
      .select()
      .from(applications)
      .where(eq(applications.id, offer.applicationId))
      .get()!;
    const gig = getGig(app.gigId)!;
    const deal = acceptApplicationInTx(
      app,
      gig,
      viewer.id,
      {
        amountCents: offer.amountCents,
        currency: offer.currency,
        deliverables: offer.deliverables.split("\n").filter(Boolean),
        timelineDays: offer.timelineDays,
        offerFromUserId: offer.fromUserId,
      },
      now,
    );
    return { offer, deal };
  });
}
