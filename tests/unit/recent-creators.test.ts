import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db, sqlite } from "~/db/client.server";
import { creatorProfiles } from "~/db/schema";
import { listRecentPublicCreators } from "~/models/portfolio/profiles.server";
import { makeCreator } from "./portfolio-helpers";

/** Moves a creator's sign-up far into the future, so they are among the newest whatever else the worker's database holds. */
function joinedAt(userId: string, offsetDays: number) {
  db.update(creatorProfiles)
    .set({ createdAt: new Date(Date.now() + offsetDays * 86_400_000) })
    .where(eq(creatorProfiles.userId, userId))
    .run();
}

// The query is prepared on its first use in this file: its SQL is caught then, for the plan below.
const prepared = vi.spyOn(sqlite, "prepare");

describe("newest creators on the home page", () => {
  it("lists the newest public creators first", async () => {
    const older = await makeCreator();
    const newer = await makeCreator();
    const newest = await makeCreator();
    const hidden = await makeCreator({ visibility: "unlisted" });
    joinedAt(older.user.id, 3650);
    joinedAt(newer.user.id, 3651);
    joinedAt(newest.user.id, 3652);
    joinedAt(hidden.user.id, 3653);
    expect(listRecentPublicCreators(3).map((c) => c.slug)).toEqual([
      newest.slug,
      newer.slug,
      older.slug,
    ]);
  });

  it("reads them from creator_profiles_newest_idx without a sort step", () => {
    listRecentPublicCreators(6);
    const query = prepared.mock.calls
      .map(([sql]) => sql)
      .find((sql) => /from "creator_profiles"/.test(sql) && /order by/i.test(sql));
    expect(query).toBeDefined();
    // Its two parameters: the visibility and the limit.
    const plan = (
      sqlite.prepare(`explain query plan ${query}`).all("public", 6) as { detail: string }[]
    )
      .map((r) => r.detail)
      .join("\n");
    expect(plan).toMatch(/creator_profiles_newest_idx/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
