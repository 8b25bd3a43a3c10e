import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db, sqlite } from "~/db/client.server";
import { emailOutbox, sessions, users } from "~/db/schema";
import { bookings } from "~/db/schema/bookings";
import { deletedEmail, openWork } from "~/models/accounts/delete-account.server";
import { verifyLogin } from "~/models/accounts/users.server";
import { saveAvailability } from "~/models/bookings/availability.server";
import { actOnBooking, requestBooking } from "~/models/bookings/bookings.server";
import { addFavourite } from "~/models/discovery/favourites.server";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import { issueReviewLink, reviewableSubject } from "~/models/reviews/review-links.server";
import { getProfileBySlug } from "~/models/portfolio/profiles.server";
import { action, loader } from "~/routes/dashboard.settings";
import { resetRateLimitsForTests } from "~/utils/rate-limit.server";
import {
  args,
  dataOf,
  locationOf,
  makeRequest,
  makeUser,
  sessionCookie,
  settle,
  statusOf,
  uniqueEmail,
} from "../utils";
import { makeCreator } from "./portfolio-helpers";

beforeEach(() => resetRateLimitsForTests());

const now = new Date("2026-12-02T12:00:00Z");
type Reply = { result: { error?: Record<string, string[]> } };

async function post(cookie: string, form: Record<string, string>) {
  const { value } = await settle(() =>
    action(args(makeRequest("/dashboard/settings", { cookie, form }))),
  );
  return value;
}

function bookingFor(creator: { id: string; email: string; displayName: string }, date: string) {
  return requestBooking(
    creator,
    {
      date,
      customRequest: "Portraits",
      name: "Cleo",
      email: uniqueEmail("client"),
      message: "Looking forward to it!",
    },
    "http://x",
    now,
  ).booking;
}

describe("deleting an account", () => {
  it("is refused to the last admin, who would leave the site without one", async () => {
    const admins = sqlite
      .prepare("select id from users where role = 'admin' and status = 'active'")
      .pluck()
      .all() as string[];
    // Only this test's admins are active for the check.
    sqlite.prepare("update users set status = 'suspended' where role = 'admin'").run();
    try {
      const admin = await makeUser("admin");
      expect(openWork(admin.id, "admin")).toEqual([
        "you are the only admin: make another admin first, or the site has none",
      ]);
      const second = await makeUser("admin");
      expect(openWork(admin.id, "admin")).toEqual([]);
      expect(openWork(second.id, "admin")).toEqual([]);
    } finally {
      for (const id of admins)
        sqlite.prepare("update users set status = 'active' where id = ?").run(id);
    }
  });

  it("waits until nothing is open: the settings page lists what, and the action refuses", async () => {
    const { user } = await makeCreator();
    saveAvailability(user.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 5,
    });
    bookingFor(user, "2026-12-20");
    const { cookie } = await sessionCookie(user.id);
    const page = dataOf<{ openWork: string[] }>(
      await loader(args(makeRequest("/dashboard/settings", { cookie }))),
    );
    expect(page.openWork).toEqual([
      "1 booking is requested or confirmed: decline, cancel or complete them",
    ]);
    const refused = await post(cookie, {
      intent: "delete",
      currentPassword: user.password,
      confirm: "on",
    });
    expect(statusOf(refused)).toBe(409);
    expect(db.select().from(users).where(eq(users.id, user.id)).get()?.email).toBe(user.email);
  });

  it("needs the password and the box ticked, and changes nothing otherwise", async () => {
    const { user } = await makeCreator();
    const { cookie } = await sessionCookie(user.id);
    const unticked = await post(cookie, { intent: "delete", currentPassword: user.password });
    expect(dataOf<Reply>(unticked).result.error?.confirm).toEqual([
      "Tick the box to confirm that everything is deleted",
    ]);
    const wrong = await post(cookie, {
      intent: "delete",
      currentPassword: "not-my-password",
      confirm: "on",
    });
    expect(dataOf<Reply>(wrong).result.error?.currentPassword).toEqual([
      "The current password is not right",
    ]);
    expect(openWork(user.id)).toEqual([]);
    expect(db.select().from(users).where(eq(users.id, user.id)).get()?.status).toBe("active");
  });

  it("removes the page and what is only theirs, keeps finished work for the other side, and logs out", async () => {
    const { user, slug } = await makeCreator();
    const brand = await makeUser("brand");
    addFavourite(brand.id, slug);
    saveAvailability(user.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 5,
    });
    const done = bookingFor(user, "2026-12-05");
    actOnBooking(done.id, user, { action: "confirm" }, now);
    // Completed once its day has come.
    actOnBooking(done.id, user, { action: "complete" }, new Date("2026-12-06T12:00:00Z"));
    issueReviewLink(user.id, reviewableSubject(user.id, "booking", done.id)!, now);
    createInquiry(user, {
      name: "Ann",
      email: uniqueEmail("a"),
      message: "Hello there, a shoot?",
      budget: undefined,
    } as never);
    const { cookie } = await sessionCookie(user.id);
    await sessionCookie(user.id);

    const res = await post(cookie, {
      intent: "delete",
      currentPassword: user.password,
      confirm: "on",
    });
    expect(locationOf(res)).toBe("/login?deleted=1");
    expect((res as Response).headers.get("Set-Cookie")).toMatch(
      /__session=;|Max-Age=0|Expires=Thu, 01 Jan 1970/,
    );

    const row = db.select().from(users).where(eq(users.id, user.id)).get()!;
    expect([row.email, row.displayName, row.status]).toEqual([
      deletedEmail(user.id),
      "Deleted account",
      "suspended",
    ]);
    expect(await verifyLogin(user.email, user.password)).toBeNull();
    expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(0);
    expect(getProfileBySlug(slug)).toBeFalsy();
    const saved = sqlite.prepare("select count(*) from favourites where creator_id = ?").pluck();
    expect(saved.get(user.id)).toBe(0);
    // The client's finished booking is still there, for them and for the records.
    expect(db.select().from(bookings).where(eq(bookings.id, done.id)).get()?.status).toBe(
      "completed",
    );
    // Review links for a page that is gone stop working; the inbox goes with the page.
    const left = (table: string) =>
      sqlite.prepare(`select count(*) from ${table} where creator_id = ?`).pluck().get(user.id);
    expect([left("review_links"), left("inquiries")]).toEqual([0, 0]);
    const goodbye = db
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.toAddress, user.email))
      .all();
    expect(goodbye.map((m) => m.kind)).toContain("account-deleted");
  });
});
