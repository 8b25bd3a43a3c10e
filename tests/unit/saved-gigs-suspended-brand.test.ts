import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import { reinstateUser, suspendUser } from "~/models/admin/admin-users.server";
import { saveBrandProfile } from "~/models/brands/brands.server";
import { applyToGig } from "~/models/gigs/applications.server";
import { changeGigStatus, createGig } from "~/models/gigs/gigs.server";
import { compareSavedGigs, listSavedGigs, saveGig } from "~/models/gigs/saved.server";
import * as compare from "~/routes/dashboard.saved-gigs.compare";
import * as savedGigs from "~/routes/dashboard.saved-gigs._index";
import { args, locationOf, makeRequest, makeUser, sessionCookie, settle, statusOf } from "../utils";
import { gigInput } from "./fixtures/gig-input";
import { renderRoute, textOf } from "./render-route";

const applyInput = {
  message: "I review hiking gear every week for 80k subscribers.",
  proposed: 45000,
  portfolioItemIds: [],
};

/** A brand with two published gigs; a creator saved both and applied to the first only. */
async function savedGigsOfASuspendedBrand() {
  const brand = await makeUser("brand");
  const admin = await makeUser("admin");
  const slug = `trail-${Math.random().toString(36).slice(2, 10)}`;
  saveBrandProfile(brand.id, { company: "Trail Co", slug, industry: "", description: "" });
  const applied = createGig(brand.id, { ...gigInput, title: `Applied ${slug}` });
  const onlySaved = createGig(brand.id, { ...gigInput, title: `Only saved ${slug}` });
  for (const g of [applied, onlySaved]) changeGigStatus(g.id, brand.id, "publish");
  const creator = await makeUser("creator");
  const { cookie } = await sessionCookie(creator.id);
  saveGig(creator.id, applied.id, "Good fit");
  saveGig(creator.id, onlySaved.id, "Ask about the dates");
  applyToGig(creator.id, applied.id, applyInput);
  suspendUser({ adminId: admin.id, userId: brand.id, reason: "Fake brand" });
  return { brand, admin, creator, cookie, applied, onlySaved };
}

const savedCount = (creatorId: string) =>
  sqlite.prepare("select count(*) from saved_gigs where creator_id = ?").pluck().get(creatorId);

describe("saved gigs of a suspended brand (decision 037)", () => {
  it("a gig the creator only saved is unavailable: no link, no brand details, a short note", async () => {
    const { creator, cookie, applied, onlySaved } = await savedGigsOfASuspendedBrand();

    const rows = listSavedGigs(creator.id);
    const gone = rows.find((r) => r.gigId === onlySaved.id)!;
    expect(gone).toEqual({
      gigId: onlySaved.id,
      title: onlySaved.title,
      note: "Ask about the dates",
      savedAt: expect.any(Number),
      unavailable: true,
    });
    // The creator applied to the other one: it still opens for them, so it stays as it was.
    expect(rows.find((r) => r.gigId === applied.id)).toMatchObject({
      unavailable: false,
      applied: "pending",
    });

    const page = await renderRoute(
      savedGigs,
      "/dashboard/saved-gigs",
      makeRequest("/dashboard/saved-gigs", { cookie }),
    );
    expect(page.status).toBe(200);
    expect(page.html).not.toContain(`href="/gigs/${onlySaved.id}"`);
    expect(page.html).toContain(`href="/gigs/${applied.id}"`);
    const text = textOf(page.html);
    expect(text).toContain(onlySaved.title);
    expect(text).toContain("This gig is no longer available.");
    expect(text).toContain("Your note: Ask about the dates");
    // Nothing says why: the gig's own address is a plain 404 too.
    expect(text).not.toContain("suspended");
    // It cannot be ticked for comparing, but it can be removed.
    expect(page.html).not.toContain(`value="${onlySaved.id}" aria-label`);
    expect(page.html).toMatch(new RegExp(`name="remove" value="${onlySaved.id}"`));
  });

  it("the comparison leaves it out, so it links to no 404 either", async () => {
    const { creator, cookie, applied, onlySaved } = await savedGigsOfASuspendedBrand();
    expect(compareSavedGigs(creator.id, [applied.id, onlySaved.id]).map((r) => r.gigId)).toEqual([
      applied.id,
    ]);
    const path = `/dashboard/saved-gigs/compare?ids=${applied.id}&ids=${onlySaved.id}`;
    const page = await renderRoute(
      compare,
      "/dashboard/saved-gigs/compare",
      makeRequest(path, { cookie }),
    );
    expect(page.status).toBe(200);
    expect(page.html).not.toContain(`/gigs/${onlySaved.id}`);
    expect(textOf(page.html)).not.toContain(onlySaved.title);
  });

  it("the creator removes it from the list with a form post (no JavaScript needed)", async () => {
    const { creator, cookie, onlySaved, applied } = await savedGigsOfASuspendedBrand();
    const post = await settle(async () =>
      savedGigs.action(
        args(
          makeRequest("/dashboard/saved-gigs?index", { cookie, form: { remove: onlySaved.id } }),
        ),
      ),
    );
    expect(statusOf(post.value)).toBe(302);
    expect(locationOf(post.value)).toBe("/dashboard/saved-gigs?removed=1");
    expect(listSavedGigs(creator.id).map((r) => r.gigId)).toEqual([applied.id]);

    // A post that names no gig: 400, nothing removed.
    const before = savedCount(creator.id);
    const bad = await settle(async () =>
      savedGigs.action(
        args(makeRequest("/dashboard/saved-gigs?index", { cookie, form: { remove: "" } })),
      ),
    );
    expect(statusOf(bad.value)).toBe(400);
    expect(savedCount(creator.id)).toBe(before);

    // Only one's own list: another creator naming this gig removes nothing of this creator's.
    const other = await makeUser("creator");
    const otherCookie = (await sessionCookie(other.id)).cookie;
    await settle(async () =>
      savedGigs.action(
        args(
          makeRequest("/dashboard/saved-gigs?index", {
            cookie: otherCookie,
            form: { remove: applied.id },
          }),
        ),
      ),
    );
    expect(savedCount(creator.id)).toBe(before);
  });

  it("is available again once the brand is reinstated", async () => {
    const { admin, brand, creator, onlySaved } = await savedGigsOfASuspendedBrand();
    reinstateUser({ adminId: admin.id, userId: brand.id });
    expect(listSavedGigs(creator.id).find((r) => r.gigId === onlySaved.id)).toMatchObject({
      unavailable: false,
      title: onlySaved.title,
    });
  });
});
