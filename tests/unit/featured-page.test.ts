import { describe, expect, it } from "vitest";
import * as featuredPage from "~/routes/dashboard.featured";
import { makeRequest, makeUser, sessionCookie } from "../utils";
import { makeCreator, uid } from "./portfolio-helpers";
import { renderRoute, textOf } from "./render-route";

async function adminCookie() {
  const admin = await makeUser("admin");
  return (await sessionCookie(admin.id)).cookie;
}

const render = (request: Request) => renderRoute(featuredPage, "/dashboard/featured", request);

describe("the featured creators page", () => {
  it("shows a malformed request's error as an alert, beside the list", async () => {
    const cookie = await adminCookie();
    await makeCreator();
    // The hidden creator id was cleared before sending.
    const page = await render(
      makeRequest("/dashboard/featured", {
        method: "POST",
        cookie,
        form: { creatorId: "", intent: "feature", back: "?" },
      }),
    );
    expect(page.status).toBe(400);
    expect(page.html).toMatch(/<p role="alert"[^>]*>That request was not understood.<\/p>/);
    // The list is still there to try again.
    expect(page.html).toMatch(/name="intent"/);
    // A plain visit shows no alert.
    const plain = await render(makeRequest("/dashboard/featured", { cookie }));
    expect(plain.html).not.toMatch(/role="alert"/);
  });

  it("styles the 'Show all' link of a search without matches as a link", async () => {
    const cookie = await adminCookie();
    const q = `nomatch${uid()}`;
    const page = await render(makeRequest(`/dashboard/featured?q=${q}`, { cookie }));
    expect(textOf(page.html)).toContain(`No creators match “${q}”`);
    expect(page.html).toMatch(/<a class="link"[^>]*href="\/dashboard\/featured">Show all<\/a>/);
  });
});
