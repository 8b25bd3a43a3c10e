import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { creatorProfiles } from "~/db/schema/portfolio";
import { shoots } from "~/db/schema/calendar";
import { saveAvailability } from "~/models/bookings/availability.server";
import {
  addDays,
  daysInMonth,
  formatLongDate,
  isCalendarDate,
  isCalendarMonth,
  shiftMonth,
  todayIn,
} from "~/models/bookings/dates";
import { actOnBooking, requestBooking } from "~/models/bookings/bookings.server";
import {
  completeItem,
  createShoot,
  createShootFromBooking,
  createUpload,
} from "~/models/calendar/calendar.server";
import { feedOwner } from "~/models/calendar/feeds.server";
import * as availabilityPage from "~/routes/dashboard.availability";
import * as dayPage from "~/routes/dashboard.calendar.$date";
import * as monthPage from "~/routes/dashboard.calendar._index";
import { resetRateLimitsForTests } from "~/utils/rate-limit.server";
import { args, makeRequest, makeUser, sessionCookie, settle, statusOf } from "../utils";
import { renderRoute, textOf } from "./render-route";

beforeEach(() => resetRateLimitsForTests());

const month = (path: string, init?: Parameters<typeof makeRequest>[1]) =>
  renderRoute(monthPage, "/dashboard/calendar", makeRequest(path, init));
const day = (path: string, init?: Parameters<typeof makeRequest>[1]) =>
  renderRoute(dayPage, "/dashboard/calendar/:date", makeRequest(path, init));

async function creator(currency = "USD") {
  const user = await makeUser("creator", { displayName: "Maya" });
  db.insert(creatorProfiles)
    .values({
      userId: user.id,
      slug: `m-${Math.random().toString(36).slice(2, 10)}`,
      displayName: "Maya",
      currency,
    })
    .run();
  saveAvailability(user.id, {
    timeZone: "Europe/Stockholm",
    workingDays: 127,
    minNoticeDays: 1,
    maxBookingsPerDay: 2,
  });
  return { user, cookie: (await sessionCookie(user.id)).cookie };
}

const shootInput = (title: string, date = "2026-12-23") => ({
  title,
  date,
  startTime: undefined,
  location: undefined,
  brand: undefined,
  campaign: undefined,
  notes: undefined,
  amount: undefined,
});

/** The __shown_once cookie a response sets, as a Cookie header part. */
const shownOnce = (response: Response | null) =>
  response?.headers.get("Set-Cookie")?.match(/__shown_once=[^;]*/)?.[0] ?? "";

const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);

describe("the calendar's months", () => {
  it("keeps to four-digit years from 2000 to 2999, without reading 0050 as 1950", () => {
    expect(isCalendarMonth("2026-12")).toBe(true);
    for (const m of ["9999-12", "10000-01", "0050-02", "1999-12", "3000-01", "2026-13", "2026-00"])
      expect(isCalendarMonth(m)).toBe(false);
    expect(isCalendarDate("2999-12-31")).toBe(true);
    expect(isCalendarDate("0050-02-03")).toBe(false);
    // The helpers themselves no longer turn years 0–99 into 1900–1999.
    expect(shiftMonth("0050-02", 1)).toBe("0050-03");
    expect(shiftMonth("0050-01", -1)).toBe("0049-12");
    expect(daysInMonth("0000-02")).toHaveLength(29); // year 0 is a leap year; 1900 was not
  });

  it("shows this month for a month out of range (9999-12 was a 500), and no link past 2999-12", async () => {
    const { user, cookie } = await creator();
    const thisMonth = todayIn("Europe/Stockholm").slice(0, 7);
    for (const bad of ["9999-12", "10000-01", "0050-02", "1999-12"]) {
      const res = await month(`/dashboard/calendar?month=${bad}`, { cookie });
      expect(res.status).toBe(200);
      expect(res.html).toContain(`month=${shiftMonth(thisMonth, 1)}`);
      expect(res.html).not.toContain("1950");
    }
    const last = await month("/dashboard/calendar?month=2999-12", { cookie });
    expect(last.status).toBe(200);
    expect(last.html).toContain("December 2999");
    expect(last.html).toContain('rel="prev"');
    expect(last.html).not.toContain('rel="next"');
    const first = await month("/dashboard/calendar?month=2000-01", { cookie });
    expect(first.html).not.toContain('rel="prev"');
    expect(first.html).toContain('href="/dashboard/calendar?month=2000-02"');
    expect(user.id).toBeTruthy();
  });

  it("has no day pages outside those years", async () => {
    const { cookie } = await creator();
    const visit = async (date: string) =>
      statusOf(
        (
          await settle(() =>
            dayPage.loader(args(makeRequest(`/dashboard/calendar/${date}`, { cookie }), { date })),
          )
        ).value,
      );
    expect(await visit("2999-12-31")).toBe(200);
    for (const bad of ["0050-02-03", "9999-12-31", "1999-12-31"])
      expect(await visit(bad)).toBe(404);
  });
});

describe("the calendar's feed URL", () => {
  it("is made by a post that redirects (a reload posts nothing) and shown once after it", async () => {
    const { user, cookie } = await creator();
    const made = await month("/dashboard/calendar?index&month=2026-12", {
      cookie,
      form: { intent: "feed" },
    });
    expect(made.status).toBe(302);
    expect(made.response?.headers.get("Location")).toBe(
      "/dashboard/calendar?month=2026-12&feed=created",
    );
    const carried = shownOnce(made.response);
    expect(carried).not.toBe("");
    const shown = await month("/dashboard/calendar?month=2026-12&feed=created", {
      cookie: `${cookie}; ${carried}`,
    });
    const url = shown.html.match(/value="(http[^"]+\/calendar\/([^"]+)\.ics)"/);
    expect(url).not.toBeNull();
    expect(feedOwner(url![2]!)).toBe(user.id);
    // The page clears the cookie: a reload shows that a URL was made, not the URL.
    expect(new Headers(shown.headers).get("Set-Cookie")).toMatch(/__shown_once=;.*Max-Age=0/i);
    const reload = await month("/dashboard/calendar?month=2026-12&feed=created", { cookie });
    expect(reload.html).not.toContain(url![1]);
    expect(reload.html).toContain("A new feed URL was made and shown once");
    // Another creator's browser cannot read it.
    const other = await creator();
    const theirs = await month("/dashboard/calendar", { cookie: `${other.cookie}; ${carried}` });
    expect(theirs.html).not.toContain(url![1]);
  });
});

describe("a day of the calendar", () => {
  it("names the creator's currency beside a shoot's amount and stores the shoot in it", async () => {
    const { user, cookie } = await creator("EUR");
    const form = await day("/dashboard/calendar/2026-12-23", { cookie });
    expect(form.html).toContain("Amount (EUR, optional)");
    expect(form.html).not.toContain("USD");
    const added = await day("/dashboard/calendar/2026-12-23", {
      cookie,
      form: { intent: "shoot", date: "2026-12-23", title: "Jackets", amount: "1250.50" },
    });
    expect(added.response?.headers.get("Location")).toBe(
      "/dashboard/calendar/2026-12-23?done=shoot",
    );
    const stored = db.select().from(shoots).where(eq(shoots.creatorId, user.id)).get();
    expect(stored).toMatchObject({ amountCents: 125050, currency: "EUR" });
    const after = await day("/dashboard/calendar/2026-12-23?done=shoot", { cookie });
    expect(after.html).toContain("€1,250.50");
  });

  it("prices a shoot from a booking in the booking's currency, and others in the creator's", async () => {
    const { user } = await creator("EUR");
    expect(createShoot(user.id, { ...shootInput("Jackets"), amount: 10 }).currency).toBe("EUR");
    const { booking } = requestBooking(
      { id: user.id, email: "maya@example.com", displayName: "Maya" },
      {
        date: "2026-12-28",
        name: "Lea",
        email: "lea@example.com",
        message: "Family portraits please",
        customRequest: "Portraits",
        budget: 300,
        currency: "SEK",
      },
      "http://x",
      new Date("2026-12-02T12:00:00Z"),
    );
    actOnBooking(booking.id, user, { action: "confirm" }, new Date("2026-12-02T12:00:00Z"));
    const made = createShootFromBooking(user.id, booking.id);
    expect(made && "shoot" in made ? made.shoot : null).toMatchObject({
      amountCents: 30000,
      currency: "SEK",
    });
  });

  it("takes whole yen only", async () => {
    const { user, cookie } = await creator("JPY");
    const refused = await day("/dashboard/calendar/2026-12-23", {
      cookie,
      form: { intent: "shoot", date: "2026-12-23", title: "Jackets", amount: "1000.40" },
    });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain("JPY amounts are whole numbers");
    expect(refused.html).toContain('step="1"');
    await day("/dashboard/calendar/2026-12-23", {
      cookie,
      form: { intent: "shoot", date: "2026-12-23", title: "Jackets", amount: "1000" },
    });
    expect(db.select().from(shoots).where(eq(shoots.creatorId, user.id)).get()).toMatchObject({
      amountCents: 100000,
      currency: "JPY",
    });
  });

  it("gives each completed shoot its own review panel, named, with ids of its own", async () => {
    const { user, cookie } = await creator();
    for (const title of ["Jackets", "Boots"]) {
      const shoot = createShoot(user.id, shootInput(title));
      // Completed once its day (23 Dec) has come.
      completeItem("shoot", shoot.id, user.id, new Date("2026-12-23T12:00:00Z"));
    }
    const { html } = await day("/dashboard/calendar/2026-12-23", { cookie });
    expect(html).toContain("Review link: Jackets");
    expect(html).toContain("Review link: Boots");
    const all = ids(html);
    expect(all.filter((id) => id!.startsWith("review-link-title-"))).toHaveLength(2);
    expect(new Set(all).size).toBe(all.length);
  });

  it("after a review link is made, shows its notice instead of the last one, and the link once", async () => {
    const { user, cookie } = await creator();
    // The page completes by the real clock: shoots of a day that has passed where Maya lives.
    const past = addDays(todayIn("Europe/Stockholm"), -2);
    const shoot = createShoot(user.id, shootInput("Jackets", past));
    const other = createShoot(user.id, shootInput("Boots", past));
    const completed = await day(`/dashboard/calendar/${past}`, {
      cookie,
      form: { intent: "complete-shoot", id: shoot.id },
    });
    const back = completed.response!.headers.get("Location")!;
    expect(back).toBe(`/dashboard/calendar/${past}?done=complete-shoot`);
    completeItem("shoot", other.id, user.id);
    // The panel's form posts from the page the last redirect led to.
    const made = await day(back, { cookie, form: { intent: "review-link", subjectId: shoot.id } });
    expect(made.status).toBe(302);
    const next = made.response!.headers.get("Location")!;
    expect(next).toBe(`/dashboard/calendar/${past}?done=review-link`);
    const shown = await day(next, { cookie: `${cookie}; ${shownOnce(made.response)}` });
    expect(shown.html).not.toContain("Shoot completed");
    expect(shown.html).toContain("Review link made");
    // The link shows in its own shoot's panel, and in no other.
    const link = shown.html.match(new RegExp(`id="review-url-${shoot.id}"[^>]*value="([^"]+)"`));
    expect(link?.[1]).toMatch(/\/review\//);
    expect(shown.html).not.toContain(`id="review-url-${other.id}"`);
    const reload = await day(next, { cookie });
    expect(reload.html).not.toContain(link![1]);
    expect(reload.html).not.toContain("Shoot completed");
  });

  it("offers Mark completed for a shoot only once its day has begun where the creator lives; an upload any day", async () => {
    const { user, cookie } = await creator();
    const tomorrow = addDays(todayIn("Europe/Stockholm"), 1);
    createShoot(user.id, shootInput("Jackets", tomorrow));
    const before = await day(`/dashboard/calendar/${tomorrow}`, { cookie });
    expect(before.html).not.toContain('value="complete-shoot"');
    expect(before.html).toContain('value="delete-shoot"');
    expect(textOf(before.html)).toContain(
      `You can mark it completed from ${formatLongDate(tomorrow)}.`,
    );
    createUpload(user.id, {
      title: "Reel",
      date: tomorrow,
      platform: "Instagram",
      contentType: "Reel",
    });
    expect((await day(`/dashboard/calendar/${tomorrow}`, { cookie })).html).toContain(
      'value="complete-upload"',
    );
    const today = todayIn("Europe/Stockholm");
    createShoot(user.id, shootInput("Boots", today));
    const on = await day(`/dashboard/calendar/${today}`, { cookie });
    expect(on.html).toContain('value="complete-shoot"');
    expect(textOf(on.html)).not.toContain("You can mark it completed from");
  });

  it("refuses to complete a shoot before its day has begun where the creator lives, writing nothing", async () => {
    const { user, cookie } = await creator();
    const tomorrow = addDays(todayIn("Europe/Stockholm"), 1);
    const shoot = createShoot(user.id, shootInput("Jackets", tomorrow));
    const refused = await day(`/dashboard/calendar/${tomorrow}?done=shoot`, {
      cookie,
      form: { intent: "complete-shoot", id: shoot.id },
    });
    expect(refused.status).toBe(409);
    expect(refused.html).toContain(
      `This shoot is on ${formatLongDate(tomorrow)}: it can be marked completed from that day on, not before.`,
    );
    expect(refused.html).not.toContain("Shoot added.");
    expect(db.select().from(shoots).where(eq(shoots.id, shoot.id)).get()).toMatchObject({
      status: "planned",
      completedAt: null,
    });
    // Nor can a review be asked for it.
    const link = await day(`/dashboard/calendar/${tomorrow}`, {
      cookie,
      form: { intent: "review-link", subjectId: shoot.id },
    });
    expect(link.status).toBe(409);
  });

  it("keeps a refused post's error without the last success beside it", async () => {
    const { cookie } = await creator();
    const refused = await day("/dashboard/calendar/2026-12-23?done=shoot", {
      cookie,
      form: { intent: "upload", date: "2026-12-23", title: "" },
    });
    expect(refused.status).toBe(400);
    expect(refused.html).not.toContain("Shoot added.");
    expect(refused.html).toContain("Give it a title");
  });
});

describe("availability", () => {
  it("ties the working days' error to their group", async () => {
    const { cookie } = await creator();
    const { status, html } = await renderRoute(
      availabilityPage,
      "/dashboard/availability",
      makeRequest("/dashboard/availability", {
        cookie,
        form: {
          intent: "settings",
          timeZone: "Europe/Stockholm",
          minNoticeDays: "1",
          maxBookingsPerDay: "2",
          cancelNoticeHours: "24",
        },
      }),
    );
    expect(status).toBe(400);
    const errorId = html.match(/<ul id="([^"]+)"[^>]*><li[^>]*>Pick at least one working day/)?.[1];
    expect(errorId).toBe("settings-workingDays-error");
    expect(html).toContain(`<fieldset aria-describedby="${errorId}">`);
    expect(html.match(/name="workingDays"[^>]*aria-invalid="true"/g)).toHaveLength(7);
  });
});
