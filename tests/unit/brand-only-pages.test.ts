import { describe, expect, it } from "vitest";
import { sqlite } from "~/db/client.server";
import type { Role } from "~/db/schema";
import { saveBrandProfile } from "~/models/brands/brands.server";
import { changeGigStatus, createGig } from "~/models/gigs/gigs.server";
import * as brandProfile from "~/routes/dashboard.brand-profile";
import * as gig from "~/routes/dashboard.gigs.$gigId";
import * as gigEdit from "~/routes/dashboard.gigs.$gigId_.edit";
import * as gigs from "~/routes/dashboard.gigs._index";
import * as newGig from "~/routes/dashboard.gigs.new";
import { args, makeRequest, makeUser, sessionCookie, settle, statusOf } from "../utils";
import { gigInput } from "./fixtures/gig-input";

type Handler = (a: ReturnType<typeof args>) => unknown;
type Page = {
  path: string;
  params?: Record<string, string>;
  loader?: Handler;
  action?: Handler;
  /** A form that would change something if the post were let through. */
  form: Record<string, string>;
};

/** A brand with a profile, one published gig (real ids, so a refusal is not just "not found") and one draft. */
async function brandWithGigs() {
  const brand = await makeUser("brand");
  saveBrandProfile(brand.id, {
    company: "Boots Co",
    slug: `boots-${Math.random().toString(36).slice(2, 10)}`,
    industry: "",
    description: "",
  });
  const published = createGig(brand.id, gigInput);
  changeGigStatus(published.id, brand.id, "publish");
  const draft = createGig(brand.id, gigInput);
  return { brand, published, draft };
}

const gigForm = {
  title: "Taken over",
  description: "Someone who is not this brand rewrote the whole gig description here.",
  budgetMin: "100",
  budgetMax: "200",
  currency: "USD",
  remote: "on",
  deliverables: "1 video",
  deadline: "2099-01-01",
  creatorsWanted: "1",
};

/** Every dashboard page that is a brand's own (its brand profile, its gigs and their applicants). */
function pages(publishedId: string, draftId: string): Page[] {
  return [
    { path: "/dashboard/gigs", ...gigs, form: {} },
    { path: "/dashboard/gigs/new", ...newGig, form: gigForm },
    {
      path: `/dashboard/gigs/${publishedId}`,
      params: { gigId: publishedId },
      ...gig,
      form: { intent: "pause" },
    },
    {
      path: `/dashboard/gigs/${draftId}`,
      params: { gigId: draftId },
      ...gig,
      form: { intent: "publish" },
    },
    {
      path: `/dashboard/gigs/${draftId}/edit`,
      params: { gigId: draftId },
      ...gigEdit,
      form: gigForm,
    },
    {
      path: "/dashboard/brand-profile",
      ...brandProfile,
      form: {
        company: "Admin Co",
        slug: `admin-co-${Math.random().toString(36).slice(2, 10)}`,
        industry: "",
        description: "",
      },
    },
  ];
}

const tableCounts = () =>
  (
    sqlite
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
      .pluck()
      .all() as string[]
  )
    .filter((t) => t !== "sessions" && t !== "content_version")
    .map((t) => [t, sqlite.prepare(`select count(*) from "${t}"`).pluck().get()]);

const gigStatus = (id: string) =>
  sqlite.prepare("select status from gigs where id = ?").pluck().get(id);

describe("brand-only dashboard pages", () => {
  for (const role of ["admin", "agent", "creator"] as Role[]) {
    it(`answer an account of role ${role} 403 for every page and every post, writing nothing`, async () => {
      const { published, draft } = await brandWithGigs();
      const user = await makeUser(role);
      const { cookie } = await sessionCookie(user.id);
      const before = tableCounts();
      for (const page of pages(published.id, draft.id)) {
        const get = await settle(async () =>
          page.loader!(args(makeRequest(page.path, { cookie }), page.params)),
        );
        expect({ path: page.path, status: statusOf(get.value) }).toEqual({
          path: page.path,
          status: 403,
        });
        if (page.action) {
          const post = await settle(async () =>
            page.action!(args(makeRequest(page.path, { cookie, form: page.form }), page.params)),
          );
          expect({ path: page.path, post: statusOf(post.value) }).toEqual({
            path: page.path,
            post: 403,
          });
        }
      }
      expect(tableCounts()).toEqual(before);
      expect(gigStatus(published.id)).toBe("published");
      expect(gigStatus(draft.id)).toBe("draft");
    });
  }

  it("let the brand in to its own pages", async () => {
    const { brand, published, draft } = await brandWithGigs();
    const { cookie } = await sessionCookie(brand.id);
    for (const page of pages(published.id, draft.id)) {
      const get = await settle(async () =>
        page.loader!(args(makeRequest(page.path, { cookie }), page.params)),
      );
      expect({ path: page.path, status: statusOf(get.value) }).toEqual({
        path: page.path,
        status: 200,
      });
    }
  });
});
