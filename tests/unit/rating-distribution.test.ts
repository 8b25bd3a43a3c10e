import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import {
  computeReviewSummary,
  createVerifiedReview,
  getReviewSummary,
  setReviewHidden,
} from "~/models/reviews/reviews.server";
import { uniqueEmail } from "../utils";
import { makeCreator } from "./portfolio-helpers";

describe("rating distribution kept on the profile", () => {
  it("matches the reviews after every insert and hide, and leaves hidden reviews out", async () => {
    const { user: creator } = await makeCreator();
    const ids: string[] = [];
    for (const [i, rating] of [5, 5, 4, 2, 5].entries()) {
      const { id } = createVerifiedReview({
        creatorId: creator.id,
        sourceType: "shoot",
        sourceId: `shoot-${creator.id}-${i}`,
        rating,
        body: "Wonderful to work with, on time and creative.",
        clientName: "Cleo",
        clientEmail: uniqueEmail("client"),
      });
      ids.push(id);
      expect(getReviewSummary(creator.id)).toEqual(computeReviewSummary(creator.id));
    }
    expect(getReviewSummary(creator.id)).toEqual({
      count: 5,
      average: 4.2,
      distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 3 },
    });
    setReviewHidden(ids[3]!, creator.id, true);
    expect(getReviewSummary(creator.id)).toEqual({
      count: 4,
      average: 4.8,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 3 },
    });
    setReviewHidden(ids[3]!, creator.id, false);
    expect(getReviewSummary(creator.id).distribution[2]).toBe(1);
  });

  it("is read from one profile row, not by counting reviews", async () => {
    const { user: creator } = await makeCreator();
    const plan = (
      sqlite
        .prepare(
          "explain query plan select rating_1_count, rating_5_count from creator_profiles where user_id = ?",
        )
        .all(creator.id) as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.join()).not.toMatch(/reviews/);
    expect(getReviewSummary(creator.id)).toEqual({
      count: 0,
      average: null,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
    });
  });
});
