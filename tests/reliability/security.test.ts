import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { inquiries, passwordResetTokens, sessions, users } from "~/db/schema";
import { reviewLinks, reviews } from "~/db/schema/reviews";
import { requestPasswordReset } from "~/models/accounts/password-reset.server";
import { latestEmailTo } from "~/models/email/outbox.server";
import { startApp, workerPort, type AppProcess } from "./support/app-process";
import { changedTables, rowCounts } from "./support/db-state";
import { creatorWithPage, failLogins } from "./support/fixtures";
import { request, sessionFrom } from "./support/http";
import { makeUser } from "../utils";

/** Work is marked completed once its day has come: these bookings are up to a year ahead, so a moment after that. */
const AFTER_THE_DAY = new Date(Date.now() + 1000 * 86_400_000);

let app: AppProcess;
let secureApp: AppProcess;

beforeAll(async () => {
  const dbFile = process.env.DATABASE_PATH!;
  [app, secureApp] = await Promise.all([
    startApp({ port: workerPort(0), dbFile }),
    // A production deployment behind TLS: no INSECURE_COOKIES; no proxy in front, so the address
    // is the socket's and forwarding headers are the visitor's own words.
    startApp({
      port: workerPort(1),
      dbFile,
      env: { INSECURE_COOKIES: undefined, CLIENT_IP_SOURCE: "socket" },
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([app?.stop(), secureApp?.stop()]);
});

const inquiryForm = {
  name: "Mallory",
  email: "m@example.com",
  message: "A message long enough to be valid.",
};

describe("cross-site mutations", () => {
  it("refuses a form POST from another origin with 403 and a clear page, writing nothing", async () => {
    const creator = await creatorWithPage();
    const before = rowCounts();
    const res = await request(app.url, `/${creator.slug}`, {
      form: inquiryForm,
      headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(res.text).toContain("This form came from another site");
    expect(changedTables(before, rowCounts())).toEqual([]);
  });

  it("refuses a cross-site POST without Origin when the browser marks it cross-site", async () => {
    const creator = await creatorWithPage();
    const res = await request(app.url, `/${creator.slug}`, {
      form: inquiryForm,
      headers: { "Sec-Fetch-Site": "cross-site", Referer: "https://evil.example/page" },
    });
    expect(res.status).toBe(403);
    expect(
      db.select().from(inquiries).where(eq(inquiries.creatorId, creator.id)).all(),
    ).toHaveLength(0);
  });

  it("accepts the same form from the app's own origin", async () => {
    const creator = await creatorWithPage();
    const res = await request(app.url, `/${creator.slug}`, {
      form: inquiryForm,
      headers: { Origin: app.url, "Sec-Fetch-Site": "same-origin" },
    });
    expect(res.status).toBe(302);
    expect(
      db.select().from(inquiries).where(eq(inquiries.creatorId, creator.id)).all(),
    ).toHaveLength(1);
  });
});

describe("oversized bodies", () => {
  it("refuses a 2 MB form with 413 and a message saying the limit, writing nothing", async () => {
    const creator = await creatorWithPage();
    const before = rowCounts();
    const res = await request(app.url, `/${creator.slug}`, {
      form: { ...inquiryForm, message: "x".repeat(2 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expect(res.text).toContain("bigger than the 1 MB this page accepts");
    expect(changedTables(before, rowCounts())).toEqual([]);
  });

  it("refuses an 8 MB photo on the editor (413, the 5 MB limit beside the field) and a 30 MB body at the door", async () => {
    const owner = await creatorWithPage();
    const upload = (megabytes: number) => {
      const form = new FormData();
      form.append(
        "avatar",
        new Blob([new Uint8Array(megabytes * 1024 * 1024)], { type: "image/png" }),
        "huge.png",
      );
      return request(app.url, "/dashboard/profile/media", {
        method: "POST",
        body: form,
        cookie: owner.cookie,
      });
    };
    // A phone-sized photo reaches the app, which answers on the editor's own page.
    const photo = await upload(8);
    expect(photo.status).toBe(413);
    expect(photo.text).toContain("The image is larger than 5 MB");
    // A body no photo needs is refused by the server's guard before the app reads it.
    const huge = await upload(30);
    expect(huge.status).toBe(413);
    expect(huge.text).toContain("6 MB");
  });
});

describe("sessions and cookies", () => {
  async function login(base: string, email: string, password: string, cookie?: string) {
    return request(base, "/login", { form: { email, password }, cookie });
  }

  it("issues a new session id at every login and revokes the one it replaces", async () => {
    const user = await makeUser("brand");
    const first = await login(app.url, user.email, user.password);
    expect(first.status).toBe(302);
    const c1 = sessionFrom(first)!;
    const idsAfterFirst = db
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.userId, user.id))
      .all();
    expect(idsAfterFirst).toHaveLength(1);
    // Logging in again while holding a session (e.g. a planted one) replaces it.
    const second = await request(app.url, "/login", {
      form: { email: user.email, password: user.password },
      headers: { Cookie: c1 },
    });
    // Signed in users are sent to the dashboard by the login page; log out first like a browser would.
    if (second.status === 302 && second.location === "/dashboard") {
      await request(app.url, "/logout", { method: "POST", cookie: c1 });
    }
    const third = await login(app.url, user.email, user.password);
    const c3 = sessionFrom(third)!;
    expect(c3).toBeTruthy();
    expect(c3).not.toEqual(c1);
    const ids = db
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.userId, user.id))
      .all()
      .map((r) => r.id);
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toEqual(idsAfterFirst[0]!.id);
    // The old cookie no longer opens the dashboard.
    expect((await request(app.url, "/dashboard", { cookie: c1 })).status).toBe(302);
    expect((await request(app.url, "/dashboard", { cookie: c3 })).status).toBe(200);
  });

  it("sets HttpOnly, SameSite=Lax, Path=/ and, in production over TLS, Secure", async () => {
    const user = await makeUser("creator");
    const res = await login(secureApp.url, user.email, user.password);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("__session="))!;
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const local = await login(app.url, user.email, user.password);
    expect(local.headers.getSetCookie().find((c) => c.startsWith("__session="))).not.toMatch(
      /;\s*Secure/i,
    );
  });

  it("answers the 11th failed login from one address within a minute with 429", async () => {
    const user = await makeUser("creator");
    const ip = "203.0.113.99";
    await failLogins(app.url, user.email, ip, 10);
    const eleventh = await request(app.url, "/login", {
      form: { email: user.email, password: user.password },
      headers: { "x-forwarded-for": ip },
    });
    expect(eleventh.status).toBe(429);
    expect(eleventh.text).toContain("Too many failed attempts");
    expect(sessionFrom(eleventh)).toBeNull();
  });
});

describe("public form limits", () => {
  it("the 21st inquiry from one address within a minute gets 429 and is not stored", async () => {
    const creator = await creatorWithPage();
    const ip = "203.0.113.120";
    for (let i = 0; i < 20; i++) {
      expect(
        (
          await request(app.url, `/${creator.slug}`, {
            form: { ...inquiryForm, name: `Sender ${i}` },
            headers: { "x-forwarded-for": ip },
          })
        ).status,
      ).toBe(302);
    }
    const limited = await request(app.url, `/${creator.slug}`, {
      form: inquiryForm,
      headers: { "x-forwarded-for": ip },
    });
    expect(limited.status).toBe(429);
    expect(limited.text).toContain("Too many messages");
    expect(
      db.select().from(inquiries).where(eq(inquiries.creatorId, creator.id)).all(),
    ).toHaveLength(20);
  });
});

describe("a forged X-Forwarded-For", () => {
  it("does not get round the limit when no proxy is trusted: the 21st inquiry still gets 429", async () => {
    const creator = await creatorWithPage();
    for (let i = 0; i < 20; i++) {
      const res = await request(secureApp.url, `/${creator.slug}`, {
        form: { ...inquiryForm, name: `Forger ${i}` },
        headers: { "x-forwarded-for": `10.66.0.${i}`, "x-gigfolio-client-ip": `10.77.0.${i}` },
      });
      expect(res.status).toBe(302);
    }
    const limited = await request(secureApp.url, `/${creator.slug}`, {
      form: inquiryForm,
      headers: { "x-forwarded-for": "10.66.1.1", "x-gigfolio-client-ip": "10.77.1.1" },
    });
    expect(limited.status).toBe(429);
    expect(
      db.select().from(inquiries).where(eq(inquiries.creatorId, creator.id)).all(),
    ).toHaveLength(20);
  });
});

describe("password reset tokens over HTTP", () => {
  async function tokenFor(email: string) {
    requestPasswordReset(email, app.url);
    return latestEmailTo(email, "password-reset")!.textBody.match(/token=([\w-]+)/)![1]!;
  }

  it("work once; the second use gets 410 and changes nothing", async () => {
    const user = await makeUser("creator");
    const token = await tokenFor(user.email);
    const ip = "203.0.113.150";
    const first = await request(app.url, "/reset-password", {
      form: { token, password: "a-new-password-1", confirmPassword: "a-new-password-1" },
      headers: { "x-forwarded-for": ip },
    });
    expect(first.status).toBe(302);
    const hash = db
      .select({ h: users.passwordHash })
      .from(users)
      .where(eq(users.id, user.id))
      .get()!.h;
    const second = await request(app.url, "/reset-password", {
      form: { token, password: "a-new-password-2", confirmPassword: "a-new-password-2" },
      headers: { "x-forwarded-for": ip },
    });
    expect(second.status).toBe(410);
    expect(
      db.select({ h: users.passwordHash }).from(users).where(eq(users.id, user.id)).get()!.h,
    ).toBe(hash);
  });

  it("expired tokens are refused", async () => {
    const user = await makeUser("creator");
    const token = await tokenFor(user.email);
    db.update(passwordResetTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResetTokens.userId, user.id))
      .run();
    const res = await request(app.url, "/reset-password", {
      form: { token, password: "a-new-password-1", confirmPassword: "a-new-password-1" },
      headers: { "x-forwarded-for": "203.0.113.151" },
    });
    expect(res.status).toBe(410);
  });

  it("guessing is rate limited: the 6th guess from one address gets 429 even with a real token", async () => {
    const user = await makeUser("creator");
    const ip = "203.0.113.152";
    for (let i = 0; i < 5; i++) {
      const res = await request(app.url, "/reset-password", {
        form: {
          token: `guess-${i}-aaaaaaaaaaaaaaaa`,
          password: "a-new-password-1",
          confirmPassword: "a-new-password-1",
        },
        headers: { "x-forwarded-for": ip },
      });
      expect(res.status).toBe(410);
    }
    const token = await tokenFor(user.email);
    const res = await request(app.url, "/reset-password", {
      form: { token, password: "a-new-password-1", confirmPassword: "a-new-password-1" },
      headers: { "x-forwarded-for": ip },
    });
    expect(res.status).toBe(429);
  });
});

describe("review links over HTTP", () => {
  async function reviewLink() {
    const { saveAvailability } = await import("~/models/bookings/availability.server");
    const { requestBooking, actOnBooking } = await import("~/models/bookings/bookings.server");
    const { addDays, todayIn } = await import("~/models/bookings/dates");
    const { issueReviewLink, reviewableSubject } =
      await import("~/models/reviews/review-links.server");
    const creator = await creatorWithPage();
    saveAvailability(creator.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 50,
    });
    const { booking } = requestBooking(
      creator,
      {
        date: addDays(todayIn("UTC"), 5),
        name: "Client",
        email: "client@example.com",
        message: "A booking that will be reviewed.",
        customRequest: "Portraits",
      } as never,
      app.url,
    );
    actOnBooking(booking.id, creator, { action: "confirm" });
    actOnBooking(booking.id, creator, { action: "complete" }, AFTER_THE_DAY);
    return {
      creator,
      token: issueReviewLink(creator.id, reviewableSubject(creator.id, "booking", booking.id)!),
    };
  }
  const reviewForm = {
    rating: "5",
    body: "Wonderful photos, delivered early and very professional.",
    name: "Client",
    email: "client@example.com",
    consent: "on",
  };
  const reviewsOf = (creatorId: string) =>
    db.select().from(reviews).where(eq(reviews.creatorId, creatorId)).all();

  it("work once: the second submission gets 410 and stores nothing", async () => {
    const { creator, token } = await reviewLink();
    expect((await request(app.url, `/review/${token}`)).status).toBe(200);
    const first = await request(app.url, `/review/${token}`, { form: reviewForm });
    expect(first.status).toBe(302);
    const second = await request(app.url, `/review/${token}`, {
      form: { ...reviewForm, rating: "1", body: "Trying to post a second review." },
    });
    expect(second.status).toBe(410);
    expect(second.text).toContain("already been used");
    expect(reviewsOf(creator.id)).toHaveLength(1);
    expect((await request(app.url, `/review/${token}`)).status).toBe(410);
  });

  it("expire: an expired link gets 410 and stores nothing", async () => {
    const { creator, token } = await reviewLink();
    db.update(reviewLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(reviewLinks.creatorId, creator.id))
      .run();
    expect((await request(app.url, `/review/${token}`)).status).toBe(410);
    expect((await request(app.url, `/review/${token}`, { form: reviewForm })).status).toBe(410);
    expect(reviewsOf(creator.id)).toHaveLength(0);
  });

  it("guessing is cut off: after 20 unknown tokens from one address, even a real link gets 429 there", async () => {
    const { token } = await reviewLink();
    const ip = "203.0.113.200";
    for (let i = 0; i < 20; i++) {
      const guess = await request(app.url, `/review/guess-${i}-${"x".repeat(30)}`, {
        headers: { "x-forwarded-for": ip },
      });
      expect(guess.status).toBe(404);
    }
    const blocked = await request(app.url, `/review/${token}`, {
      headers: { "x-forwarded-for": ip },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toMatch(/^\d+$/);
    const blockedPost = await request(app.url, `/review/${token}`, {
      form: reviewForm,
      headers: { "x-forwarded-for": ip },
    });
    expect(blockedPost.status).toBe(429);
    // Another client with the real link is unaffected.
    expect(
      (
        await request(app.url, `/review/${token}`, {
          headers: { "x-forwarded-for": "203.0.113.201" },
        })
      ).status,
    ).toBe(200);
  });

  it("booking manage links are guarded the same way", async () => {
    const ip = "203.0.113.210";
    for (let i = 0; i < 20; i++)
      expect(
        (
          await request(app.url, `/booking/guess-${i}-${"y".repeat(30)}`, {
            headers: { "x-forwarded-for": ip },
          })
        ).status,
      ).toBe(404);
    expect(
      (
        await request(app.url, `/booking/another-guess-${"y".repeat(30)}`, {
          headers: { "x-forwarded-for": ip },
        })
      ).status,
    ).toBe(429);
  });
});
