import { describe, expect, it } from "vitest";
import { listFeaturedCreators } from "~/models/discovery/search.server";
import { action, loader } from "~/routes/dashboard.featured";
import {
  args,
  dataOf,
  locationOf,
  makeRequest,
  makeUser,
  sessionCookie,
  settle,
  statusOf,
} from "../utils";
import { makeCreator } from "./portfolio-helpers";

async function adminCookie() {
  const admin = await makeUser("admin");
  return (await sessionCookie(admin.id)).cookie;
}

const post = (cookie: string, form: Record<string, string>) =>
  makeRequest("/dashboard/featured", { method: "POST", cookie, form });

describe("featuring creators on the home page", () => {
  it("an admin finds a creator, features them (they appear on the home page), and stops featuring them", async () => {
    const cookie = await adminCookie();
    const creator = await makeCreator({ displayName: "Zephyrine Quill" });
    const found = dataOf<{ rows: { userId: string; featured: number }[] }>(
      await loader(args(makeRequest("/dashboard/featured?q=zephyrine", { cookie }))),
    );
    expect(found.rows.map((r) => r.userId)).toEqual([creator.user.id]);

    const featured = await settle(() =>
      action(
        args(post(cookie, { creatorId: creator.user.id, intent: "feature", back: "?q=zephyrine" })),
      ),
    );
    expect(locationOf(featured.value)).toBe("/dashboard/featured?q=zephyrine&done=featured");
    expect(listFeaturedCreators(50).map((c) => c.slug)).toContain(creator.slug);

    await settle(() =>
      action(args(post(cookie, { creatorId: creator.user.id, intent: "unfeature" }))),
    );
    expect(listFeaturedCreators(50).map((c) => c.slug)).not.toContain(creator.slug);
  });

  it("refuses everyone but admins, answers 400 to a bad form and 404 to an unknown creator, writing nothing", async () => {
    const creator = await makeCreator();
    const anon = await settle(() => loader(args(makeRequest("/dashboard/featured"))));
    expect(locationOf(anon.value)).toMatch(/^\/login\?redirectTo=/);
    for (const role of ["creator", "brand", "agent"] as const) {
      const user = await makeUser(role);
      const cookie = (await sessionCookie(user.id)).cookie;
      const refused = await settle(() =>
        action(args(post(cookie, { creatorId: creator.user.id, intent: "feature" }))),
      );
      expect(statusOf(refused.value)).toBe(403);
    }
    expect(listFeaturedCreators(50).map((c) => c.slug)).not.toContain(creator.slug);

    const cookie = await adminCookie();
    const bad = await settle(() =>
      action(args(post(cookie, { creatorId: creator.user.id, intent: "promote" }))),
    );
    expect(statusOf(bad.value)).toBe(400);
    const missing = await settle(() =>
      action(args(post(cookie, { creatorId: "nobody-here", intent: "feature" }))),
    );
    expect(statusOf(missing.value)).toBe(404);
    // An absolute URL in "back" is ignored: the redirect stays on this page.
    const offsite = await settle(() =>
      action(
        args(
          post(cookie, {
            creatorId: creator.user.id,
            intent: "unfeature",
            back: "https://evil.example",
          }),
        ),
      ),
    );
    expect(locationOf(offsite.value)).toBe("/dashboard/featured?done=unfeatured");
  });
});
