import { and, asc, eq, sql } from "drizzle-orm";
import { db, lazyPrepared } from "~/db/client.server";
import { packages } from "~/db/schema/portfolio-extras";

const packageQueries = lazyPrepared(() => ({
  bookable: db
    .select({
      id: packages.id,
      name: packages.name,
      priceCents: packages.priceCents,
      currency: packages.currency,
    })
    .from(packages)
    .where(eq(packages.creatorId, sql.placeholder("creatorId")))
    .orderBy(asc(packages.position), asc(packages.createdAt))
    .prepare(),
  one: db
    .select({ id: packages.id, name: packages.name })
    .from(packages)
    .where(
      and(
        eq(packages.id, sql.placeholder("id")),
        eq(packages.creatorId, sql.placeholder("creatorId")),
      ),
    )
    .prepare(),
}));

/** The creator's rate card, as choices on the booking form. */
export function bookablePackages(creatorId: string) {
  return packageQueries().bookable.all({ creatorId });
}

/** A package only when it is this creator's. */
export function findPackage(creatorId: string, id: string) {
  return packageQueries().one.get({ creatorId, id }) ?? null;
}
