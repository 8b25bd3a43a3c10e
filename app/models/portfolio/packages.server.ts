import { and, asc, eq, sql } from "drizzle-orm";
import { db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { creatorProfiles } from "~/db/schema";
import { packages } from "~/db/schema/portfolio-extras";
import type { PackageInput, RatesInput } from "./portfolio-schemas";

export const MAX_PACKAGES = 12;

const packagesQuery = lazyPrepared(() =>
  db
    .select()
    .from(packages)
    .where(eq(packages.creatorId, sql.placeholder("creatorId")))
    .orderBy(asc(packages.position), asc(packages.createdAt))
    .prepare(),
);

export function listPackages(creatorId: string) {
  return packagesQuery().all({ creatorId });
}

/** Packages are priced in the profile's currency, so the rate card and price filter compare like with like. */
export function addPackage(creatorId: string, input: PackageInput) {
  return immediateTransaction(() => {
    const profile = db
      .select({ currency: creatorProfiles.currency })
      .from(creatorProfiles)
      .where(eq(creatorProfiles.userId, creatorId))
      .get();
    if (!profile) return null;
    const { n, maxPos } = db
      .select({
        n: sql<number>`count(*)`,
        maxPos: sql<number>`coalesce(max(${packages.position}), -1)`,
      })
      .from(packages)
      .where(eq(packages.creatorId, creatorId))
      .get()!;
    if (n >= MAX_PACKAGES) return "limit" as const;
    return db
      .insert(packages)
      .values({
        creatorId,
        name: input.name,
        priceCents: input.price,
        currency: profile.currency,
        includes: input.includes,
        deliveryDays: input.deliveryDays,
        position: maxPos + 1,
      })
      .returning()
      .get();
  });
}

export function updatePackage(creatorId: string, id: string, input: PackageInput) {
  return (
    db
      .update(packages)
      .set({
        name: input.name,
        priceCents: input.price,
        includes: input.includes,
        deliveryDays: input.deliveryDays,
      })
      .where(and(eq(packages.id, id), eq(packages.creatorId, creatorId)))
      .returning()
      .get() ?? null
  );
}

export function deletePackage(creatorId: string, id: string) {
  return (
    db
      .delete(packages)
      .where(and(eq(packages.id, id), eq(packages.creatorId, creatorId)))
      .run().changes > 0
  );
}

/** Budget range, currency (also re-labels the packages) and spaces this month. */
export function saveRates(creatorId: string, input: RatesInput) {
  return immediateTransaction(() => {
    const r = db
      .update(creatorProfiles)
      .set({
        currency: input.currency,
        budgetMinCents: input.budgetMin ?? null,
        budgetMaxCents: input.budgetMax ?? null,
        spacesThisMonth: input.spacesThisMonth ?? null,
        updatedAt: new Date(),
      })
      .where(eq(creatorProfiles.userId, creatorId))
      .run();
    if (r.changes === 0) return false;
    db.update(packages)
      .set({ currency: input.currency })
      .where(eq(packages.creatorId, creatorId))
      .run();
    return true;
  });
}
