import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { flushViews, enqueueView, utcDay } from "~/models/analytics/view-queue.server";
import { addItem, deleteItem, updateItem } from "~/models/portfolio/items.server";
import { addPackage, deletePackage } from "~/models/portfolio/packages.server";
import { currentPageVersion } from "~/models/portfolio/page-version.server";
import { PackageSchema, SocialAccountSchema } from "~/models/portfolio/portfolio-schemas";
import { ProfileSchema } from "~/models/portfolio/profile-schema";
import { listCategories, saveProfile } from "~/models/portfolio/profiles.server";
import { addSocialAccount, deleteSocialAccount } from "~/models/portfolio/socials.server";
import {
  createVerifiedReview,
  replyToReview,
  setReviewHidden,
} from "~/models/reviews/reviews.server";
import { uniqueEmail } from "../utils";
import { makeCreator } from "./portfolio-helpers";

/**
 * The page cache serves a stored page only while the creator's page_version is unchanged
 * (decision 021): every write the public page shows must move it, whoever makes the write.
 */
const version = (creatorId: string) => currentPageVersion(creatorId);

function expectMoves<T>(creatorId: string, write: () => T): T {
  const before = version(creatorId);
  expect(before).not.toBeNull();
  const result = write();
  expect(version(creatorId)).toBeGreaterThan(before!);
  return result;
}

function idOf(row: unknown): string {
  if (!row || typeof row !== "object" || !("id" in row)) throw new Error("nothing was created");
  return String(row.id);
}

const item = {
  kind: "link" as const,
  title: "Launch film",
  description: "",
  brand: "",
  featured: false,
};

describe("page_version", () => {
  it("moves when the profile, its categories or skills change", async () => {
    const { user, input } = await makeCreator();
    const [food, travel] = listCategories();
    expectMoves(user.id, () => saveProfile(user.id, { ...input, headline: "Food photographer" }));
    expectMoves(user.id, () => saveProfile(user.id, { ...input, categoryIds: [food!.id] }));
    expectMoves(user.id, () =>
      saveProfile(user.id, { ...input, categoryIds: [food!.id, travel!.id] }),
    );
    expectMoves(user.id, () => saveProfile(user.id, { ...input, categoryIds: [] }));
    // A category renamed by an operator changes the name on every page that shows it.
    saveProfile(user.id, { ...input, categoryIds: [food!.id] });
    expectMoves(user.id, () =>
      sqlite.prepare(`update categories set name = name where id = ?`).run(food!.id),
    );
  });

  it("moves when items, packages and social accounts are added, changed or removed", async () => {
    const { user } = await makeCreator();
    const id = idOf(
      expectMoves(user.id, () => addItem(user.id, { ...item, url: "https://example.com/film" })),
    );
    expectMoves(user.id, () =>
      updateItem(user.id, id, { ...item, title: "Renamed", url: "https://example.com/film" }),
    );
    expectMoves(user.id, () => deleteItem(user.id, id));

    const pkg = idOf(
      expectMoves(user.id, () =>
        addPackage(user.id, PackageSchema.parse({ name: "Reel", price: "200", deliveryDays: "5" })),
      ),
    );
    expectMoves(user.id, () => deletePackage(user.id, pkg));

    const social = idOf(
      expectMoves(user.id, () =>
        addSocialAccount(
          user.id,
          SocialAccountSchema.parse({
            platform: "tiktok",
            handle: "v",
            url: "https://tiktok.com/@v",
            followers: "1200",
          }),
        ),
      ),
    );
    expectMoves(user.id, () => deleteSocialAccount(user.id, social));
  });

  it("moves when a review arrives, is hidden or gets a reply", async () => {
    const { user } = await makeCreator();
    const reviewId = expectMoves(user.id, () =>
      createVerifiedReview({
        creatorId: user.id,
        sourceType: "shoot",
        sourceId: `shoot-${user.id}`,
        rating: 5,
        body: "Wonderful to work with, on time and creative.",
        clientName: "Cleo",
        clientEmail: uniqueEmail("client"),
      }),
    ).id;
    expectMoves(user.id, () => replyToReview(reviewId, user.id, "Thank you, Cleo!"));
    expectMoves(user.id, () => setReviewHidden(reviewId, user.id, true));
  });

  it("is null for a private page and does not move when views are counted", async () => {
    const { user, input } = await makeCreator();
    const before = version(user.id);
    enqueueView({ creatorId: user.id, day: utcDay(), source: "direct", referrerHost: "" }, 3);
    flushViews();
    expect(version(user.id)).toBe(before);

    saveProfile(user.id, ProfileSchema.parse({ ...input, visibility: "private" }));
    expect(version(user.id)).toBeNull();
  });
});
