import { describe, expect, test } from "vitest";
import { sqlite } from "~/db/client.server";
import { listGigsForAdmin, removeGig } from "~/models/admin/admin-gigs.server";
import { listModerationLog } from "~/models/admin/moderation-log.server";
import { latestEmailTo } from "~/models/email/outbox.server";
import { applyToGig } from "~/models/gigs/applications.server";
import { changeGigStatus, createGig, getGig, getVisibleGig } from "~/models/gigs/gigs.server";
import * as gigsRoute from "~/routes/dashboard.admin.gigs";
import * as auditRoute from "~/routes/dashboard.admin.audit";
import { args, dataOf, makeRequest, makeUser, sessionCookie, settle, statusOf } from "../utils";
import { gigInput } from "./fixtures/gig-input";
import { renderRoute, textOf } from "./render-route";

const logCount = () =>
  (sqlite.prepare("select count(*) as n from moderation_log").get() as { n: number }).n;

async function liveGig(title = gigInput.title) {
  const brand = await makeUser("brand", { displayName: "Acme Outdoors" });
  const gig = createGig(brand.id, { ...gigInput, title });
  changeGigStatus(gig.id, brand.id, "publish");
  return { brand, gig };
}

describe("admins remove gigs", () => {
  test("a removed gig leaves the board, its applicants are told, the brand gets the reason, the log keeps it", async () => {
    const admin = await makeUser("admin");
    const { brand, gig } = await liveGig("Boots for a scam giveaway");
    const creator = await makeUser("creator");
    const app = applyToGig(creator.id, gig.id, {
      message: "I would love to film this, I hike every weekend.",
      proposed: 45000,
      portfolioItemIds: [],
    });

    expect(
      removeGig({ adminId: admin.id, gigId: gig.id, reason: "Misleading giveaway terms" }),
    ).toBe("ok");

    expect(getGig(gig.id)?.status).toBe("cancelled");
    expect(getVisibleGig(gig.id, null)).toBeNull();
    const application = sqlite
      .prepare("select status, rejection_message as note from applications where id = ?")
      .get(app.id) as { status: string; note: string };
    expect(application).toEqual({
      status: "rejected",
      note: "Gigfolio's moderators removed this gig.",
    });
    expect(latestEmailTo(creator.email, "gig_application_rejected")?.subject).toBe(
      "Gig removed: Boots for a scam giveaway",
    );
    const email = latestEmailTo(brand.email, "gig-removed");
    expect(email?.textBody).toContain("Misleading giveaway terms");
    const history = sqlite
      .prepare(
        "select to_status as toStatus, actor_user_id as actor from gig_status_history where gig_id = ? order by rowid desc limit 1",
      )
      .get(gig.id);
    expect(history).toEqual({ toStatus: "cancelled", actor: admin.id });
    const [entry] = listModerationLog({ target: { type: "gig", id: gig.id }, page: 1 }).rows;
    expect(entry).toMatchObject({
      action: "gig.remove",
      reason: "Misleading giveaway terms",
      summary: "“Boots for a scam giveaway” by Acme Outdoors",
    });

    // The lists: gone from "on the board", listed under "removed" with the reason.
    expect(
      listGigsForAdmin({ filter: "live", q: "scam giveaway", page: 1 }).rows.map((r) => r.id),
    ).toEqual([]);
    expect(
      listGigsForAdmin({ filter: "removed", q: "scam giveaway", page: 1 }).rows[0],
    ).toMatchObject({ id: gig.id, removedReason: "Misleading giveaway terms" });
  });

  test("a draft, an ended gig or an unknown one cannot be removed, and nothing is logged", async () => {
    const admin = await makeUser("admin");
    const brand = await makeUser("brand");
    const draft = createGig(brand.id, gigInput);
    const { gig } = await liveGig();
    changeGigStatus(gig.id, gig.brandId, "cancel");
    const before = logCount();
    expect(removeGig({ adminId: admin.id, gigId: draft.id, reason: "Spam" })).toBe("not-live");
    expect(removeGig({ adminId: admin.id, gigId: gig.id, reason: "Spam" })).toBe("not-live");
    expect(removeGig({ adminId: admin.id, gigId: "missing", reason: "Spam" })).toBe("not-found");
    expect(logCount()).toBe(before);
    expect(getGig(draft.id)?.status).toBe("draft");
  });

  test("the page: admins search, remove with a reason (400 without one, text kept); others are refused", async () => {
    const admin = await makeUser("admin");
    const { gig } = await liveGig("Winter jacket unboxing zq7");
    const cookie = (await sessionCookie(admin.id)).cookie;

    const page = await renderRoute(
      gigsRoute,
      "/dashboard/admin/gigs",
      makeRequest("/dashboard/admin/gigs?q=ZQ7", { cookie }),
    );
    const text = textOf(page.html);
    expect(text).toContain("1 gig matching “ZQ7”");
    expect(text).toContain("Winter jacket unboxing zq7");
    expect(text).toContain("Remove this gig");

    const post = (form: Record<string, string>, who = cookie) =>
      gigsRoute.action(args(makeRequest("/dashboard/admin/gigs?q=ZQ7", { cookie: who, form })));
    const before = logCount();
    const refused = await post({ intent: "remove", gigId: gig.id, reason: "no" });
    expect(statusOf(refused)).toBe(400);
    expect(dataOf<{ reason: string; errors: string[] }>(refused)).toMatchObject({
      reason: "no",
      errors: ["Say why, in at least 3 characters."],
    });
    expect(getGig(gig.id)?.status).toBe("published");
    expect(logCount()).toBe(before);

    for (const role of ["brand", "creator"] as const) {
      const other = await makeUser(role);
      const otherCookie = (await sessionCookie(other.id)).cookie;
      const outcome = await settle(() =>
        post({ intent: "remove", gigId: gig.id, reason: "Not allowed" }, otherCookie),
      );
      expect(statusOf(outcome.value)).toBe(403);
    }
    const anonymous = await settle(() =>
      gigsRoute.loader(args(makeRequest("/dashboard/admin/gigs"))),
    );
    expect(statusOf(anonymous.value)).toBe(302);
    expect(getGig(gig.id)?.status).toBe("published");

    const missing = await settle(() =>
      post({ intent: "remove", gigId: "nope", reason: "Spam gig" }),
    );
    expect(statusOf(missing.value)).toBe(404);

    const done = await post({ intent: "remove", gigId: gig.id, reason: "Spam gig" });
    expect(statusOf(done)).toBe(302);
    expect((done as Response).headers.get("Location")).toBe(
      "/dashboard/admin/gigs?q=ZQ7&done=removed",
    );
    expect(getGig(gig.id)?.status).toBe("cancelled");
    const again = await post({ intent: "remove", gigId: gig.id, reason: "Spam gig" });
    expect(statusOf(again)).toBe(409);

    const audit = await renderRoute(
      auditRoute,
      "/dashboard/admin/audit",
      makeRequest("/dashboard/admin/audit?action=gig.remove", { cookie }),
    );
    expect(textOf(audit.html)).toContain("Removed a gig");
    expect(audit.html).toContain(`href="/gigs/${gig.id}"`);
  });
});
