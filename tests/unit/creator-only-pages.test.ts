import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import type { Role } from "~/db/schema";
import * as analytics from "~/routes/dashboard.analytics";
import * as applications from "~/routes/dashboard.applications._index";
import * as availability from "~/routes/dashboard.availability";
import * as booking from "~/routes/dashboard.bookings.$bookingId";
import * as bookingMessages from "~/routes/dashboard.bookings.$bookingId_.messages";
import * as bookings from "~/routes/dashboard.bookings._index";
import * as calendarDay from "~/routes/dashboard.calendar.$date";
import * as calendar from "~/routes/dashboard.calendar._index";
import * as inquiry from "~/routes/dashboard.inquiries.$inquiryId";
import * as inquiries from "~/routes/dashboard.inquiries._index";
import * as profile from "~/routes/dashboard.profile";
import * as items from "~/routes/dashboard.profile_.items";
import * as item from "~/routes/dashboard.profile_.items_.$itemId";
import * as media from "~/routes/dashboard.profile_.media";
import * as rates from "~/routes/dashboard.profile_.rates";
import * as share from "~/routes/dashboard.profile_.share";
import * as social from "~/routes/dashboard.profile_.social";
import * as reviews from "~/routes/dashboard.reviews";
import * as savedGigs from "~/routes/dashboard.saved-gigs._index";
import * as compare from "~/routes/dashboard.saved-gigs.compare";
import { args, makeRequest, makeUser, sessionCookie, settle, statusOf } from "../utils";

type Handler = (a: ReturnType<typeof args>) => unknown;
type Page = {
  path: string;
  params?: Record<string, string>;
  loader?: Handler;
  action?: Handler;
};

/** Every dashboard page that is a creator's own (their page, inbox, bookings, calendar, work). */
const PAGES: Page[] = [
  { path: "/dashboard/analytics", ...analytics },
  { path: "/dashboard/applications", ...applications },
  { path: "/dashboard/availability", ...availability },
  { path: "/dashboard/bookings/x", params: { bookingId: "x" }, ...booking },
  { path: "/dashboard/bookings/x/messages", params: { bookingId: "x" }, ...bookingMessages },
  { path: "/dashboard/bookings", ...bookings },
  { path: "/dashboard/calendar/2030-01-15", params: { date: "2030-01-15" }, ...calendarDay },
  { path: "/dashboard/calendar", ...calendar },
  { path: "/dashboard/inquiries/x", params: { inquiryId: "x" }, ...inquiry },
  { path: "/dashboard/inquiries", ...inquiries },
  { path: "/dashboard/profile", ...profile },
  { path: "/dashboard/profile/items", ...items },
  { path: "/dashboard/profile/items/x", params: { itemId: "x" }, ...item },
  { path: "/dashboard/profile/media", ...media },
  { path: "/dashboard/profile/rates", ...rates },
  { path: "/dashboard/profile/share", ...share },
  { path: "/dashboard/profile/social", ...social },
  { path: "/dashboard/reviews", ...reviews },
  { path: "/dashboard/saved-gigs", ...savedGigs },
  { path: "/dashboard/saved-gigs/compare", ...compare },
];

const tableCounts = () =>
  (
    sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      .pluck()
      .all() as string[]
  )
    .filter((t) => t !== "sessions" && t !== "content_version")
    .map((t) => [t, sqlite.prepare(`select count(*) from "${t}"`).pluck().get()]);

describe("creator-only dashboard pages", () => {
  for (const role of ["admin", "agent", "brand"] as Role[]) {
    it(`answer an account of role ${role} 403 for every page and every post, writing nothing`, async () => {
      const user = await makeUser(role);
      const { cookie } = await sessionCookie(user.id);
      const before = tableCounts();
      for (const page of PAGES) {
        const get = await settle(async () =>
          page.loader!(args(makeRequest(page.path, { cookie }), page.params)),
        );
        expect({ path: page.path, status: statusOf(get.value) }).toEqual({
          path: page.path,
          status: 403,
        });
        if (page.action) {
          const post = await settle(async () =>
            page.action!(
              args(
                makeRequest(page.path, { cookie, form: { intent: "nonsense", displayName: "X" } }),
                page.params,
              ),
            ),
          );
          expect({ path: page.path, post: statusOf(post.value) }).toEqual({
            path: page.path,
            post: 403,
          });
        }
      }
      expect(tableCounts()).toEqual(before);
    });
  }

  it("let a creator in (a creator without a page is asked for its basics first)", async () => {
    const creator = await makeUser("creator");
    const { cookie } = await sessionCookie(creator.id);
    for (const page of PAGES) {
      if (!page.loader) continue;
      const get = await settle(async () =>
        page.loader!(args(makeRequest(page.path, { cookie }), page.params)),
      );
      // In: 200, the setup redirect of the editor's sub-pages, or 404 for the made-up ids.
      expect([200, 302, 404]).toContain(statusOf(get.value));
    }
  });
});
