import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { categories, creatorProfiles } from "~/db/schema";
import { listSimilarCreators } from "~/models/portfolio/public-portfolio.server";
import { makeCreator } from "./portfolio-helpers";

function categoryIds() {
  const [a, b] = db.select({ id: categories.id }).from(categories).orderBy(categories.id).all();
  return [a!.id, b!.id];
}

async function creator(
  name: string,
  categoryIds: number[],
  followers: number,
  visibility = "public",
) {
  const c = await makeCreator({ displayName: name, categoryIds, visibility });
  db.update(creatorProfiles)
    .set({ totalFollowers: followers })
    .where(eq(creatorProfiles.userId, c.user.id))
    .run();
  return c;
}

describe("similar creators on the portfolio page", () => {
  it("lists public creators sharing a category, best-followed first, never the creator itself", async () => {
    const [food, fitness] = categoryIds() as [number, number];
    const me = await creator("Me", [food], 10_000_000);
    await creator("Big food", [food, fitness], 9_000_000);
    await creator("Small food", [food], 8_000_000);
    await creator("Fitness only", [fitness], 9_500_000);
    await creator("Private food", [food], 9_900_000, "private");
    const names = listSimilarCreators(me.user.id).map((c) => c.displayName);
    expect(names.slice(0, 2)).toEqual(["Big food", "Small food"]);
    expect(names).not.toContain("Me");
    expect(names).not.toContain("Fitness only");
    expect(names).not.toContain("Private food");
  });

  it("shows a change at once although the list is cached per category set", async () => {
    const [, fitness] = categoryIds() as [number, number];
    const me = await creator("Runner", [fitness], 20_000_000);
    const first = listSimilarCreators(me.user.id).map((c) => c.displayName);
    const newcomer = await creator("New star", [fitness], 19_000_000);
    expect(first).not.toContain("New star");
    expect(listSimilarCreators(me.user.id)[0]?.displayName).toBe("New star");
    // And another creator of the same set gets the same answer, without themselves in it.
    expect(listSimilarCreators(newcomer.user.id).map((c) => c.displayName)).toContain("Runner");
  });

  it("lists nobody for a creator without categories", async () => {
    const me = await creator("Uncategorised", [], 1);
    expect(listSimilarCreators(me.user.id)).toEqual([]);
  });
});
