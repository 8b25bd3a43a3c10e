import { and, eq } from "drizzle-orm";
import { cachedStatement, db } from "~/db/client.server";
import { creatorProfiles } from "~/db/schema";
import { favourites } from "~/db/schema/portfolio-extras";
import { imageUrl } from "~/models/portfolio/images.server";

export const DEFAULT_LIST = "Saved";

/** A creator a user may save: public or unlisted (they have the link), never private. */
function findSaveableCreator(slug: string) {
  const c = db
    .select({ userId: creatorProfiles.userId, visibility: creatorProfiles.visibility })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.slug, slug))
    .get();
  return c && c.visibility !== "private" ? c : null;
}

export type AddFavouriteResult =
  { ok: true; creatorId: string } | { ok: false; reason: "not-found" | "own-page" };

/** Saves a creator to one of the user's lists. A creator's own page is not theirs to save. */
export function addFavourite(
  userId: string,
  creatorSlug: string,
  listName = DEFAULT_LIST,
): AddFavouriteResult {
  const creator = findSaveableCreator(creatorSlug);
  if (!creator) return { ok: false, reason: "not-found" };
  if (creator.userId === userId) return { ok: false, reason: "own-page" };
  db.insert(favourites)
    .values({ userId, creatorId: creator.userId, listName: listName.trim() || DEFAULT_LIST })
    .onConflictDoNothing()
    .run();
  return { ok: true, creatorId: creator.userId };
}

/** Removes the creator from one list, or from every list when listName is omitted. */
export function removeFavourite(userId: string, creatorSlug: string, listName?: string) {
  const c = db
    .select({ userId: creatorProfiles.userId })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.slug, creatorSlug))
    .get();
  if (!c) return false;
  return (
    db
      .delete(favourites)
      .where(
        and(
          eq(favourites.userId, userId),
          eq(favourites.creatorId, c.userId),
          listName ? eq(favourites.listName, listName) : undefined,
        ),
      )
      .run().changes > 0
  );
}

export function favouriteListsFor(userId: string, creatorId: string) {
  return db
    .select({ listName: favourites.listName })
    .from(favourites)
    .where(and(eq(favourites.userId, userId), eq(favourites.creatorId, creatorId)))
    .all()
    .map((r) => r.listName);
}

/** The user's saved creators grouped by list. Private creators are hidden until they publish again. */
export function listFavourites(userId: string) {
  const rows = cachedStatement(
    `select f.list_name as listName, p.slug, p.display_name as displayName, p.headline, p.avatar_image_id as avatarImageId,
              p.total_followers as totalFollowers, f.created_at as savedAt
         from favourites f join creator_profiles p on p.user_id = f.creator_id
        where f.user_id = ? and p.visibility <> 'private'
        order by f.list_name, f.created_at desc`,
  ).all(userId) as {
    listName: string;
    slug: string;
    displayName: string;
    headline: string;
    avatarImageId: string | null;
    totalFollowers: number;
    savedAt: number;
  }[];
  const lists = new Map<
    string,
    {
      slug: string;
      displayName: string;
      headline: string;
      avatar: string | null;
      totalFollowers: number;
    }[]
  >();
  for (const r of rows) {
    const list = lists.get(r.listName) ?? [];
    list.push({
      slug: r.slug,
      displayName: r.displayName,
      headline: r.headline,
      avatar: imageUrl(r.avatarImageId, "avatar-96"),
      totalFollowers: r.totalFollowers,
    });
    lists.set(r.listName, list);
  }
  return [...lists.entries()].map(([name, creators]) => ({ name, creators }));
}

/** The names of the user's lists, for the "save to a list" picker. */
export function favouriteListNames(userId: string) {
  return cachedStatement(
    `select distinct list_name as name from favourites where user_id = ? order by list_name`,
  )
    .all(userId)
    .map((r) => (r as { name: string }).name);
}
