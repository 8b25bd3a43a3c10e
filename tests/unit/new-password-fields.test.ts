import { describe, expect, it } from "vitest";
import * as resetPage from "~/routes/reset-password";
import * as settingsPage from "~/routes/dashboard.settings";
import { resetRateLimitsForTests } from "~/utils/rate-limit.server";
import { makeRequest, makeUser, sessionCookie } from "../utils";
import { renderRoute, textOf } from "./render-route";

/** The markup from the "New password" label to the end of the repeated field's errors. */
function passwordPair(html: string) {
  const start = html.indexOf(">New password</label>");
  const end = html.indexOf("The passwords do not match</li></ul>", start);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const pair = html.slice(html.lastIndexOf("<div", start), end);
  // Ids, names and the hint differ by form; the rest is the one component's.
  return pair
    .replace(/ (id|for|name|aria-describedby|form)="[^"]*"/g, ' $1="…"')
    .replace(/<p id="…" class="mt-1 text-xs text-slate-500">[^<]*<\/p>/, "<hint/>");
}

describe("the new-password fields", () => {
  it("are the same pair on the reset page and in the settings, errors beside the repeat", async () => {
    resetRateLimitsForTests();
    const reset = await renderRoute(
      resetPage,
      "/reset-password",
      makeRequest("/reset-password", {
        form: { token: "t".repeat(40), password: "a-new-long-password", confirmPassword: "other" },
      }),
    );
    expect(reset.status).toBe(400);

    const user = await makeUser("creator");
    const { cookie } = await sessionCookie(user.id);
    const settings = await renderRoute(
      settingsPage,
      "/dashboard/settings",
      makeRequest("/dashboard/settings", {
        cookie,
        form: {
          intent: "password",
          currentPassword: user.password,
          newPassword: "a-new-long-password",
          confirmPassword: "other",
        },
      }),
    );
    expect(settings.status).toBe(400);

    for (const page of [reset, settings]) {
      const pair = passwordPair(page.html);
      expect(pair.match(/type="password"/g)).toHaveLength(2);
      expect(pair.match(/autoComplete="new-password"/gi)).toHaveLength(2);
      expect(textOf(pair)).toContain("Repeat the new password");
      // Nothing typed comes back in the page.
      expect(pair).not.toContain("a-new-long-password");
      expect(pair).toMatch(/aria-invalid="true"/);
    }
    expect(passwordPair(settings.html)).toBe(passwordPair(reset.html));
  });
});
