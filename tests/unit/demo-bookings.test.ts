import { describe, expect, it } from "vitest";
import { seedDemoBookings } from "~/models/bookings/demo-bookings.server";
import { listBookings } from "~/models/bookings/bookings.server";
import { getReviewSummary } from "~/models/reviews/reviews.server";
import { makeUser } from "../utils";

describe("demo bookings", () => {
  it("seeds completed bookings with verified reviews and an open request through the real model", async () => {
    const maya = await makeUser("creator", { displayName: "Maya" });
    seedDemoBookings(new Map([["maya", maya]]));
    expect(getReviewSummary(maya.id)).toMatchObject({ count: 2, average: 4.5 });
    expect(listBookings(maya.id, "open").total).toBe(1);
    expect(listBookings(maya.id, "completed").total).toBe(2);
  });
});
