import { describe, expect, test } from "vitest";
import { sqlite } from "~/db/client.server";
import { gigInput } from "./fixtures/gig-input";
import { makeCreator } from "./portfolio-helpers";
import { args, makeRequest, makeUser, sessionCookie, settle, statusOf, dataOf } from "../utils";
import { removeReview, restoreReview } from "~/models/admin/admin-reviews.server";
import { reinstateUser, suspendUser } from "~/models/admin/admin-users.server";
import { listModerationLog } from "~/models/admin/moderation-log.server";
import { deleteAccount } from "~/models/accounts/delete-account.server";
import { getSessionUser } from "~/models/accounts/sessions.server";
import { verifyLogin } from "~/models/accounts/users.server";
import { latestEmailTo } from "~/models/email/outbox.server";
import { changeGigStatus, createGig, getGig } from "~/models/gigs/gigs.server";
import { getPublicPortfolio } from "~/models/portfolio/public-portfolio.server";
import {
  createVerifiedReview,
  getReviewSummary,
  replyToReview,
  setReviewHidden,
} from "~/models/reviews/reviews.server";
import { setCreatorFeatured } from "~/models/discovery/search.server";
import * as userRoute from "~/routes/dashboard.admin.users.$userId";
import * as reviewsRoute from "~/routes/dashboard.admin.reviews";
import * as featuredRoute from "~/routes/dashboard.featured";
import * as usersRoute from "~/routes/dashboard.admin.users._index";
import * as auditRoute from "~/routes/dashboard.admin.audit";
import * as creatorReviewsRoute from "~/routes/dashboard.reviews";
import { action as loginAction } from "~/routes/login";
import { renderRoute, textOf } from "./render-route";

const statusOfUser = (id: string) =>
  (sqlite.prepare("select status from users where id = ?").get(id) as { status: string }).status;
const logCount = () =>
  (sqlite.prepare("select count(*) as n from moderation_log").get() as { n: number }).n;

function review(creatorId: string, rating: number) {
  return createVerifiedReview({
    creatorId,
    sourceType: "booking",
    sourceId: `b-${Math.random().toString(36).slice(2)}`,
    rating,
    body: "A long enough review body for the check.",
    clientName: "Client Person",
    clientEmail: "client@example.com",
  }).id;
}

describe("suspending and reinstating accounts", () => {
  test("a suspended creator is signed out, cannot sign in, and their page goes private and off the home page", async () => {
    const admin = await makeUser("admin");
    const { user, slug } = await makeCreator();
    setCreatorFeatured(user.id, true);
    const { sessionId } = await sessionCookie(user.id);
    expect(getSessionUser(sessionId)).not.toBeNull();
    expect(getPublicPortfolio(slug)?.visibility).toBe("public");

    const result = suspendUser({ adminId: admin.id, userId: user.id, reason: "Spam messages" });

    expect(result).toEqual({ ok: true });
    expect(statusOfUser(user.id)).toBe("suspended");
    expect(getSessionUser(sessionId)).toBeNull();
    expect(await verifyLogin(user.email, user.password)).toBeNull();
    expect(getPublicPortfolio(slug)?.visibility).toBe("private");
    const page = sqlite
      .prepare("select visibility, featured from creator_profiles where user_id = ?")
      .get(user.id);
    expect(page).toEqual({ visibility: "private", featured: 0 });
    const email = latestEmailTo(user.email, "account-suspended");
    expect(email?.textBody).toContain("Spam messages");
    const log = listModerationLog({ target: { type: "user", id: user.id }, page: 1 });
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]).toMatchObject({
      action: "user.suspend",
      reason: "Spam messages",
      actorEmail: admin.email,
    });
    // Leaving the home page is logged as a featuring change of its own.
    const featuring = listModerationLog({ target: { type: "creator", id: user.id }, page: 1 });
    expect(featuring.rows.map((r) => r.action)).toEqual(["creator.unfeature"]);
  });

  test("a suspended brand's open gigs are paused, with the admin in the gig's history", async () => {
    const admin = await makeUser("admin");
    const brand = await makeUser("brand");
    const gig = createGig(brand.id, gigInput);
    changeGigStatus(gig.id, brand.id, "publish");
    expect(getGig(gig.id)?.status).toBe("published");

    suspendUser({ adminId: admin.id, userId: brand.id, reason: "Fake brand" });

    expect(getGig(gig.id)?.status).toBe("paused");
    const history = sqlite
      .prepare(
        "select from_status as f, to_status as t, actor_user_id as a from gig_status_history where gig_id = ? order by created_at desc limit 1",
      )
      .get(gig.id);
    expect(history).toEqual({ f: "published", t: "paused", a: admin.id });
  });

  test("admins, deleted accounts and repeated actions are refused, and nothing is logged for them", async () => {
    const admin = await makeUser("admin");
    const otherAdmin = await makeUser("admin");
    const creator = await makeUser("creator");
    const gone = await makeUser("brand");
    expect(deleteAccount(gone)).toBe(true);
    const before = logCount();

    expect(suspendUser({ adminId: admin.id, userId: otherAdmin.id, reason: "nope" })).toEqual({
      ok: false,
      reason: "admin",
    });
    expect(suspendUser({ adminId: admin.id, userId: gone.id, reason: "nope" })).toEqual({
      ok: false,
      reason: "deleted",
    });
    expect(reinstateUser({ adminId: admin.id, userId: gone.id })).toEqual({
      ok: false,
      reason: "deleted",
    });
    expect(reinstateUser({ adminId: admin.id, userId: creator.id })).toEqual({
      ok: false,
      reason: "already",
    });
    expect(suspendUser({ adminId: admin.id, userId: "missing", reason: "nope" })).toEqual({
      ok: false,
      reason: "not-found",
    });
    expect(logCount()).toBe(before);
    expect(statusOfUser(otherAdmin.id)).toBe("active");
    expect(statusOfUser(gone.id)).toBe("suspended");
  });

  test("a reinstated creator can sign in again; their page stays private until they publish it", async () => {
    const admin = await makeUser("admin");
    const { user, slug } = await makeCreator();
    suspendUser({ adminId: admin.id, userId: user.id, reason: "Checking a report" });

    expect(reinstateUser({ adminId: admin.id, userId: user.id, reason: null })).toEqual({
      ok: true,
    });

    expect(statusOfUser(user.id)).toBe("active");
    expect(await verifyLogin(user.email, user.password)).not.toBeNull();
    expect(getPublicPortfolio(slug)?.visibility).toBe("private");
    expect(latestEmailTo(user.email, "account-reinstated")).toBeTruthy();
    const actions = listModerationLog({ target: { type: "user", id: user.id }, page: 1 }).rows.map(
      (r) => r.action,
    );
    expect(actions).toEqual(["user.reinstate", "user.suspend"]);
  });
});

describe("removing reviews", () => {
  test("a removed review leaves the page and the rating, and its creator cannot show it again", async () => {
    const admin = await makeUser("admin");
    const { user } = await makeCreator();
    review(user.id, 5);
    const bad = review(user.id, 1);
    expect(getReviewSummary(user.id)).toMatchObject({ count: 2, average: 3 });

    expect(removeReview({ adminId: admin.id, reviewId: bad, reason: "Abusive language" })).toBe(
      "ok",
    );

    expect(getReviewSummary(user.id)).toMatchObject({ count: 1, average: 5 });
    expect(setReviewHidden(bad, user.id, false)).toBe("removed");
    expect(replyToReview(bad, user.id, "Thanks for nothing")).toBe("removed");
    expect(getReviewSummary(user.id)).toMatchObject({ count: 1 });
    expect(removeReview({ adminId: admin.id, reviewId: bad, reason: "again" })).toBe("already");

    expect(restoreReview({ adminId: admin.id, reviewId: bad })).toBe("ok");
    expect(getReviewSummary(user.id)).toMatchObject({ count: 2, average: 3 });
    expect(setReviewHidden(bad, user.id, true)).toBe("ok");
  });

  test("restoring a review the creator had hidden before keeps it hidden", async () => {
    const admin = await makeUser("admin");
    const { user } = await makeCreator();
    const id = review(user.id, 2);
    expect(setReviewHidden(id, user.id, true, new Date(Date.now() - 60_000))).toBe("ok");

    removeReview({ adminId: admin.id, reviewId: id, reason: "Reported twice" });
    restoreReview({ adminId: admin.id, reviewId: id });

    const row = sqlite
      .prepare("select hidden, removed_at as removedAt from reviews where id = ?")
      .get(id);
    expect(row).toEqual({ hidden: 1, removedAt: null });
  });

  test("the database refuses a removed review that is visible or has no reason", async () => {
    const { user } = await makeCreator();
    const id = review(user.id, 3);
    expect(() =>
      sqlite
        .prepare("update reviews set removed_at = 1, removed_reason = 'Spam' where id = ?")
        .run(id),
    ).toThrow(/reviews_removed_check/);
    expect(() =>
      sqlite
        .prepare(
          "update reviews set hidden = 1, hidden_at = 1, removed_at = 1, removed_reason = null where id = ?",
        )
        .run(id),
    ).toThrow(/reviews_removed_check/);
  });
});

describe("the admin pages", () => {
  test("suspending without a reason is a 400 with the message, and changes nothing", async () => {
    const admin = await makeUser("admin");
    const creator = await makeUser("creator");
    const { cookie } = await sessionCookie(admin.id);
    const before = logCount();
    const outcome = await userRoute.action(
      args(
        makeRequest(`/dashboard/admin/users/${creator.id}`, {
          cookie,
          form: { intent: "suspend", reason: "ab" },
        }),
        { userId: creator.id },
      ),
    );
    expect(statusOf(outcome)).toBe(400);
    expect(dataOf<{ errors: string[] }>(outcome).errors.join(" ")).toMatch(/say why/i);
    // What was typed comes back, so the box keeps it without JavaScript.
    expect(dataOf<{ reason: string }>(outcome).reason).toBe("ab");
    expect(statusOfUser(creator.id)).toBe("active");
    expect(logCount()).toBe(before);
  });

  test("an admin suspends from the user's page and is sent back to it with a confirmation", async () => {
    const admin = await makeUser("admin");
    const creator = await makeUser("creator");
    const { cookie } = await sessionCookie(admin.id);
    const outcome = await userRoute.action(
      args(
        makeRequest(`/dashboard/admin/users/${creator.id}`, {
          cookie,
          form: { intent: "suspend", reason: "Fake reviews" },
        }),
        { userId: creator.id },
      ),
    );
    expect(statusOf(outcome)).toBe(302);
    expect((outcome as Response).headers.get("Location")).toBe(
      `/dashboard/admin/users/${creator.id}?done=suspended`,
    );
    expect(statusOfUser(creator.id)).toBe("suspended");
  });

  test("an unknown user or review is a 404; other roles get 403", async () => {
    const admin = await makeUser("admin");
    const brand = await makeUser("brand");
    const { cookie } = await sessionCookie(admin.id);
    const missing = await settle(() =>
      userRoute.loader(
        args(makeRequest("/dashboard/admin/users/nope", { cookie }), { userId: "nope" }),
      ),
    );
    expect(statusOf(missing.value)).toBe(404);
    const missingReview = await settle(() =>
      reviewsRoute.action(
        args(
          makeRequest("/dashboard/admin/reviews", {
            cookie,
            form: { intent: "remove", reviewId: "nope", reason: "Spam link" },
          }),
        ),
      ),
    );
    expect(statusOf(missingReview.value)).toBe(404);
    const brandCookie = (await sessionCookie(brand.id)).cookie;
    const refused = await settle(() =>
      userRoute.action(
        args(
          makeRequest(`/dashboard/admin/users/${admin.id}`, {
            cookie: brandCookie,
            form: { intent: "suspend", reason: "Takeover" },
          }),
          { userId: admin.id },
        ),
      ),
    );
    expect(statusOf(refused.value)).toBe(403);
    expect(statusOfUser(admin.id)).toBe("active");
  });

  test("featuring a creator from the featured page is kept in the audit log", async () => {
    const admin = await makeUser("admin");
    const { user } = await makeCreator();
    const { cookie } = await sessionCookie(admin.id);
    await featuredRoute.action(
      args(
        makeRequest("/dashboard/featured", {
          cookie,
          form: { creatorId: user.id, intent: "feature" },
        }),
      ),
    );
    const rows = listModerationLog({ target: { type: "creator", id: user.id }, page: 1 }).rows;
    expect(rows.map((r) => [r.action, r.actorEmail])).toEqual([["creator.feature", admin.email]]);
  });

  test("the pages show what an admin needs: the user found, the review removed with its reason, the log", async () => {
    const admin = await makeUser("admin");
    const { user } = await makeCreator();
    const name = `Findable ${Math.random().toString(36).slice(2, 8)}`;
    sqlite.prepare("update users set display_name = ? where id = ?").run(name, user.id);
    const bad = review(user.id, 1);
    const { cookie } = await sessionCookie(admin.id);

    const list = await renderRoute(
      usersRoute,
      "/dashboard/admin/users",
      makeRequest(`/dashboard/admin/users?q=${encodeURIComponent(name.toLowerCase())}`, { cookie }),
    );
    expect(list.status).toBe(200);
    expect(textOf(list.html)).toContain("1 user matches");
    expect(list.html).toContain(`/dashboard/admin/users/${user.id}`);

    const removed = await renderRoute(
      reviewsRoute,
      "/dashboard/admin/reviews",
      makeRequest("/dashboard/admin/reviews?show=removed", {
        cookie,
        form: { intent: "remove", reviewId: bad, reason: "Threatening words" },
      }),
    );
    expect(removed.response?.headers.get("Location")).toMatch(/done=removed/);
    const after = await renderRoute(
      reviewsRoute,
      "/dashboard/admin/reviews",
      makeRequest("/dashboard/admin/reviews?show=removed", { cookie }),
    );
    expect(textOf(after.html)).toContain("Threatening words");
    expect(after.html).toContain("Restore this review");

    const audit = await renderRoute(
      auditRoute,
      "/dashboard/admin/audit",
      makeRequest("/dashboard/admin/audit?action=review.remove", { cookie }),
    );
    const text = textOf(audit.html);
    expect(text).toContain("Removed a review");
    expect(text).toContain("“Threatening words”");
    expect(text).toContain(admin.email);
  });

  test("the creator sees a removed review marked with the moderators' reason, and no button to show it", async () => {
    const admin = await makeUser("admin");
    const { user } = await makeCreator();
    const id = review(user.id, 1);
    removeReview({ adminId: admin.id, reviewId: id, reason: "Contains a phone number" });
    const { cookie } = await sessionCookie(user.id);
    const page = await renderRoute(
      creatorReviewsRoute,
      "/dashboard/reviews",
      makeRequest("/dashboard/reviews", { cookie }),
    );
    const text = textOf(page.html);
    expect(text).toContain("Removed by moderators");
    expect(text).toContain("Contains a phone number");
    expect(text).not.toContain("Show on my page");
    const shown = await creatorReviewsRoute.action(
      args(makeRequest("/dashboard/reviews", { cookie, form: { reviewId: id, intent: "unhide" } })),
    );
    expect(statusOf(shown)).toBe(409);
    expect(getReviewSummary(user.id).count).toBe(0);
  });

  test("a suspended account is told so at login, with the right password only", async () => {
    const admin = await makeUser("admin");
    const brand = await makeUser("brand");
    suspendUser({ adminId: admin.id, userId: brand.id, reason: "Chargebacks" });
    const attempt = (password: string) =>
      settle(() =>
        loginAction(args(makeRequest("/login", { form: { email: brand.email, password } }))),
      );
    const msg = (v: unknown) => dataOf<{ error: Record<string, string[]> }>(v).error[""];
    const right = await attempt(brand.password);
    expect(statusOf(right.value)).toBe(403);
    expect(msg(right.value)?.[0]).toMatch(/suspended/);
    const wrong = await attempt("not-the-password");
    expect(statusOf(wrong.value)).toBe(400);
    expect(msg(wrong.value)).toEqual(["Invalid email or password"]);
  });
});
