import { and, asc, eq } from "drizzle-orm";
import { db } from "~/db/client.server";
import { packages } from "~/db/schema/portfolio-extras";

/** The creator's rate card, as choices on the booking form. */
export function bookablePackages(creatorId: string) {
  return db
    .select({
      id: packages.id,
      name: packages.name,
      priceCents: packages.priceCents,
      currency: packages.currency,
    })
    .from(packages)
    .where(eq(packages.creatorId, creatorId))
    .orderBy(asc(packages.position), asc(packages.createdAt))
    .all();
}

/** A package only when it is this creator's. */
export function findPackage(creatorId: string, id: string) {
  return (
    db
      .select({ id: packages.id, name: packages.name })
      .from(packages)
      .where(and(eq(packages.id, id), eq(packages.creatorId, creatorId)))
      .get() ?? null
  );
}
