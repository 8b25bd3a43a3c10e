import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { bookings } from "~/db/schema/bookings";
import { saveAvailability } from "~/models/bookings/availability.server";
import { addDays, todayIn } from "~/models/bookings/dates";
import { pageUnderSlug, saveProfile } from "~/models/portfolio/profiles.server";
import { action as bookAction, loader as bookLoader } from "~/routes/$slug_.book";
import { loader as mediaKitLoader } from "~/routes/$slug_.media-kit";
import { loader as ogLoader } from "~/routes/$slug_.og[.]png";
import { resetRateLimitsForTests } from "~/utils/rate-limit.server";
import { args, locationOf, makeRequest, settle, statusOf, uniqueEmail } from "../utils";
import { makeCreator, uid } from "./portfolio-helpers";

beforeEach(() => resetRateLimitsForTests());

/** A creator who renamed their link from `oldSlug` to `slug`. */
async function renamedCreator(overrides: Record<string, unknown> = {}) {
  const { user, slug: oldSlug, input } = await makeCreator(overrides);
  const slug = `n-${uid()}`;
  saveProfile(user.id, { ...input, slug });
  return { user, oldSlug, slug, input };
}

describe("pages under a renamed creator's old slug", () => {
  it("builds the same path and query under the new slug", () => {
    expect(pageUnderSlug("http://x.test/old/book?date=2030-01-02&a=1", "new")).toBe(
      "/new/book?date=2030-01-02&a=1",
    );
    expect(pageUnderSlug("http://x.test/old/og.png", "new")).toBe("/new/og.png");
  });

  it("the booking page answers 301 to the new slug, keeping the query", async () => {
    const { oldSlug, slug } = await renamedCreator();
    const { thrown, value } = await settle(() =>
      bookLoader(args(makeRequest(`/${oldSlug}/book?date=2030-01-02`), { slug: oldSlug })),
    );
    expect(thrown).toBe(true);
    expect(statusOf(value)).toBe(301);
    expect(locationOf(value)).toBe(`/${slug}/book?date=2030-01-02`);
    // The new slug itself serves the page; a slug nobody ever had is still 404.
    const page = await settle(() => bookLoader(args(makeRequest(`/${slug}/book`), { slug })));
    expect(page.thrown).toBe(false);
    const none = await settle(() =>
      bookLoader(args(makeRequest(`/never-${uid()}/book`), { slug: `never-${uid()}` })),
    );
    expect(statusOf(none.value)).toBe(404);
  });

  it("the media kit answers 301 to the new slug, keeping the query", async () => {
    const { oldSlug, slug } = await renamedCreator();
    const { value } = await settle(() =>
      mediaKitLoader(args(makeRequest(`/${oldSlug}/media-kit?print=1`), { slug: oldSlug })),
    );
    expect(statusOf(value)).toBe(301);
    expect(locationOf(value)).toBe(`/${slug}/media-kit?print=1`);
  });

  it("a booking form posted to the old slug books the renamed creator", async () => {
    const { user, oldSlug, slug } = await renamedCreator();
    saveAvailability(user.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 1,
      maxBookingsPerDay: 1,
    });
    const form = {
      date: addDays(todayIn("UTC"), 3),
      customRequest: "Product photos",
      name: "Cleo",
      email: uniqueEmail("client"),
      message: "Twelve products on white background.",
    };
    const { value } = await settle(() =>
      bookAction(args(makeRequest(`/${oldSlug}/book`, { form }), { slug: oldSlug })),
    );
    expect(locationOf(value)).toBe(`/${slug}/book?sent=1`);
    expect(db.select().from(bookings).where(eq(bookings.creatorId, user.id)).all()).toHaveLength(1);
  });

  it("the share image answers 301 to the new slug, keeping the query", async () => {
    const { oldSlug, slug } = await renamedCreator();
    const { thrown, value } = await settle(() =>
      ogLoader(args(makeRequest(`/${oldSlug}/og.png?v=3`), { slug: oldSlug })),
    );
    expect(thrown).toBe(true);
    expect(statusOf(value)).toBe(301);
    expect(locationOf(value)).toBe(`/${slug}/og.png?v=3`);
  });
});
