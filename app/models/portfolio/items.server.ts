import { and, asc, eq, sql } from "drizzle-orm";
import { db, immediateTransaction, lazyPrepared } from "~/db/client.server";
import { creatorProfiles } from "~/db/schema";
import { portfolioItems } from "~/db/schema/portfolio-extras";
import { releaseUpload } from "./images.server";
import type { PortfolioItemInput } from "./portfolio-schemas";

import { MAX_FEATURED } from "./portfolio-schemas";
export { MAX_FEATURED };
export const MAX_ITEMS = 50;

export class FeaturedLimitError extends Error {
  constructor() {
    super(`You can feature at most ${MAX_FEATURED} items; unfeature one first`);
  }
}

const itemsQuery = lazyPrepared(() =>
  db
    .select()
    .from(portfolioItems)
    .where(eq(portfolioItems.creatorId, sql.placeholder("creatorId")))
    .orderBy(asc(portfolioItems.position), asc(portfolioItems.createdAt))
    .prepare(),
);

export function listItems(creatorId: string) {
  return itemsQuery().all({ creatorId });
}

function countFeatured(creatorId: string, exceptId?: string) {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(portfolioItems)
    .where(
      and(
        eq(portfolioItems.creatorId, creatorId),
        eq(portfolioItems.featured, true),
        exceptId ? sql`${portfolioItems.id} <> ${exceptId}` : undefined,
      ),
    )
    .get()!.n;
}

/** Adds an item at the end. Needs either a URL or an uploaded image (imageId). */
export function addItem(
  creatorId: string,
  input: PortfolioItemInput & { imageId?: string | null },
) {
  return immediateTransaction(() => {
    const profile = db
      .select({ id: creatorProfiles.userId })
      .from(creatorProfiles)
      .where(eq(creatorProfiles.userId, creatorId))
      .get();
    if (!profile) return null;
    const { n, maxPos } = db
      .select({
        n: sql<number>`count(*)`,
        maxPos: sql<number>`coalesce(max(${portfolioItems.position}), -1)`,
      })
      .from(portfolioItems)
      .where(eq(portfolioItems.creatorId, creatorId))
      .get()!;
    if (n >= MAX_ITEMS) return "limit" as const;
    if (input.featured && countFeatured(creatorId) >= MAX_FEATURED) throw new FeaturedLimitError();
    return db
      .insert(portfolioItems)
      .values({
        creatorId,
        kind: input.kind,
        title: input.title,
        url: input.url ?? null,
        imageId: input.imageId ?? null,
        description: input.description,
        brand: input.brand,
        itemDate: input.itemDate ?? null,
        featured: input.featured,
        position: maxPos + 1,
      })
      .returning()
      .get();
  });
}

/** One of the creator's items, or undefined (someone else's item is as missing as no item). */
const itemQuery = lazyPrepared(() =>
  db
    .select()
    .from(portfolioItems)
    .where(
      and(
        eq(portfolioItems.id, sql.placeholder("id")),
        eq(portfolioItems.creatorId, sql.placeholder("creatorId")),
      ),
    )
    .prepare(),
);

export function getItem(creatorId: string, id: string) {
  return itemQuery().get({ creatorId, id });
}

/**
 * Changes an item in place: its position stays. `imageId` undefined keeps the image, null removes
 * it; the item must keep a link or an image ("needs-media" otherwise, nothing written).
 */
export function updateItem(
  creatorId: string,
  id: string,
  input: PortfolioItemInput & { imageId?: string | null },
) {
  return immediateTransaction(() => {
    const item = getItem(creatorId, id);
    if (!item) return null;
    const imageId = input.imageId === undefined ? item.imageId : input.imageId;
    const url = input.url ?? null;
    if (!url && !imageId) return "needs-media" as const;
    if (input.featured && !item.featured && countFeatured(creatorId, id) >= MAX_FEATURED)
      throw new FeaturedLimitError();
    const updated = db
      .update(portfolioItems)
      .set({
        kind: input.kind,
        title: input.title,
        url,
        imageId,
        description: input.description,
        brand: input.brand,
        itemDate: input.itemDate ?? null,
        featured: input.featured,
      })
      .where(eq(portfolioItems.id, id))
      .returning()
      .get();
    if (item.imageId !== imageId) releaseUpload(item.imageId);
    return updated;
  });
}

/** Deletes one of the creator's items, and its image unless something else still shows it. */
export function deleteItem(creatorId: string, id: string) {
  return immediateTransaction(() => {
    const deleted = db
      .delete(portfolioItems)
      .where(and(eq(portfolioItems.id, id), eq(portfolioItems.creatorId, creatorId)))
      .returning({ imageId: portfolioItems.imageId })
      .get();
    if (!deleted) return false;
    releaseUpload(deleted.imageId);
    return true;
  });
}

/** Sets or clears the featured flag; at most three featured items (the database enforces it too). */
export function setFeatured(creatorId: string, id: string, featured: boolean) {
  return immediateTransaction(() => {
    const item = db
      .select()
      .from(portfolioItems)
      .where(and(eq(portfolioItems.id, id), eq(portfolioItems.creatorId, creatorId)))
      .get();
    if (!item) return false;
    if (featured && !item.featured && countFeatured(creatorId, id) >= MAX_FEATURED)
      throw new FeaturedLimitError();
    db.update(portfolioItems).set({ featured }).where(eq(portfolioItems.id, id)).run();
    return true;
  });
}

/** Swaps the item with its neighbour; positions are renumbered 0..n-1 so gaps never accumulate. */
export function moveItem(creatorId: string, id: string, direction: "up" | "down") {
  return immediateTransaction(() => {
    const items = listItems(creatorId);
    const index = items.findIndex((i) => i.id === id);
    if (index === -1) return false;
    const target = direction === "up" ? index - 1 : index + 1;
    if (target >= 0 && target < items.length)
      [items[index], items[target]] = [items[target]!, items[index]!];
    items.forEach((item, position) => {
      if (item.position !== position)
        db.update(portfolioItems).set({ position }).where(eq(portfolioItems.id, item.id)).run();
    });
    return true;
  });
}
