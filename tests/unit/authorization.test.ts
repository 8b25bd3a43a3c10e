import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { creatorProfiles, inquiries, inquiryStatusHistory } from "~/db/schema";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import { ProfileSchema } from "~/models/portfolio/profile-schema";
import { saveProfile } from "~/models/portfolio/profiles.server";
import { loader as dashboardLoader } from "~/routes/dashboard";
import { loader as dashboardIndexLoader } from "~/routes/dashboard._index";
import { loader as inboxLoader } from "~/routes/dashboard.inquiries._index";
import {
  action as inquiryAction,
  loader as inquiryLoader,
} from "~/routes/dashboard.inquiries.$inquiryId";
import { action as profileAction, loader as profileLoader } from "~/routes/dashboard.profile";
import { action as loginAction } from "~/routes/login";
import { resetRateLimitsForTests } from "~/utils/rate-limit.server";
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

beforeEach(() => resetRateLimitsForTests());

type Loader = (a: ReturnType<typeof args>) => Promise<unknown>;

async function creatorWithInquiry() {
  const creator = await makeUser("creator");
  const inquiry = createInquiry(creator, {
    name: "Visitor",
    email: "visitor@example.com",
    message: "Are you free for a shoot in May?",
    budget: 300,
  });
  return { creator, inquiry };
}

const statusOfInquiry = (id: string) =>
  db.select({ status: inquiries.status }).from(inquiries).where(eq(inquiries.id, id)).get()?.status;

describe("anonymous visitors are sent to log in and back", () => {
  it.each([
    ["/dashboard", dashboardIndexLoader as Loader],
    ["/dashboard", dashboardLoader as Loader],
    ["/dashboard/inquiries", inboxLoader as Loader],
    ["/dashboard/profile", profileLoader as Loader],
  ] as const)("GET %s", async (path, loader) => {
    const { thrown, value } = await settle(() => loader(args(makeRequest(path))));
    expect(thrown).toBe(true);
    expect(statusOf(value)).toBe(302);
    expect(locationOf(value)).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
  });

  it("keeps the query string in redirectTo", async () => {
    const { value } = await settle(() =>
      inboxLoader(args(makeRequest("/dashboard/inquiries?status=archived"))),
    );
    expect(locationOf(value)).toBe(
      `/login?redirectTo=${encodeURIComponent("/dashboard/inquiries?status=archived")}`,
    );
  });

  it("comes back to the page they asked for after logging in, but never to another site", async () => {
    const user = await makeUser("creator");
    const login = (redirectTo: string) =>
      settle(() =>
        loginAction(
          args(
            makeRequest("/login", {
              form: { email: user.email, password: user.password, redirectTo },
            }),
          ),
        ),
      );
    expect(locationOf((await login("/dashboard/inquiries?status=archived")).value)).toBe(
      "/dashboard/inquiries?status=archived",
    );
    expect(locationOf((await login("//evil.example/phish")).value)).toBe("/dashboard");
    expect(locationOf((await login("https://evil.example/")).value)).toBe("/dashboard");
  });

  it("cannot change an inquiry's status", async () => {
    const { inquiry } = await creatorWithInquiry();
    const { value } = await settle(() =>
      inquiryAction(
        args(makeRequest(`/dashboard/inquiries/${inquiry.id}`, { form: { intent: "archived" } }), {
          inquiryId: inquiry.id,
        }),
      ),
    );
    expect(locationOf(value)).toMatch(/^\/login\?redirectTo=/);
    expect(statusOfInquiry(inquiry.id)).toBe("new");
  });
});

describe("a creator's inbox is theirs alone", () => {
  it("lists only the creator's own inquiries", async () => {
    const { inquiry } = await creatorWithInquiry();
    const other = await makeUser("creator");
    const { cookie } = await sessionCookie(other.id);
    const { value } = await settle(() =>
      inboxLoader(args(makeRequest("/dashboard/inquiries", { cookie }))),
    );
    const rows = dataOf<{ rows: { id: string }[] }>(value).rows;
    expect(rows.map((r) => r.id)).not.toContain(inquiry.id);
  });

  it("answers 404 when another creator opens or changes the inquiry, and nothing changes", async () => {
    const { inquiry } = await creatorWithInquiry();
    const other = await makeUser("creator");
    const { cookie } = await sessionCookie(other.id);
    const params = { inquiryId: inquiry.id };

    const opened = await settle(() =>
      inquiryLoader(args(makeRequest(`/dashboard/inquiries/${inquiry.id}`, { cookie }), params)),
    );
    expect(opened.thrown).toBe(true);
    expect(statusOf(opened.value)).toBe(404);

    for (const intent of ["read", "archived"]) {
      const changed = await settle(() =>
        inquiryAction(
          args(
            makeRequest(`/dashboard/inquiries/${inquiry.id}`, { cookie, form: { intent } }),
            params,
          ),
        ),
      );
      expect(statusOf(changed.value)).toBe(404);
    }
    expect(statusOfInquiry(inquiry.id)).toBe("new");
    const history = db
      .select()
      .from(inquiryStatusHistory)
      .where(eq(inquiryStatusHistory.inquiryId, inquiry.id))
      .all();
    expect(history).toHaveLength(1);
  });

  it("lets the owner mark it read and archive it, recording who did it", async () => {
    const { creator, inquiry } = await creatorWithInquiry();
    const { cookie } = await sessionCookie(creator.id);
    const params = { inquiryId: inquiry.id };
    for (const intent of ["read", "archived"]) {
      const { value } = await settle(() =>
        inquiryAction(
          args(
            makeRequest(`/dashboard/inquiries/${inquiry.id}`, { cookie, form: { intent } }),
            params,
          ),
        ),
      );
      expect(statusOf(value)).toBe(302);
    }
    expect(statusOfInquiry(inquiry.id)).toBe("archived");
    const history = db
      .select()
      .from(inquiryStatusHistory)
      .where(eq(inquiryStatusHistory.inquiryId, inquiry.id))
      .all();
    expect(history.map((h) => [h.fromStatus, h.toStatus, h.actorUserId])).toEqual(
      expect.arrayContaining([
        [null, "new", null],
        ["new", "read", creator.id],
        ["read", "archived", creator.id],
      ]),
    );
  });

  it("refuses an unknown intent with 400", async () => {
    const { creator, inquiry } = await creatorWithInquiry();
    const { cookie } = await sessionCookie(creator.id);
    const { value } = await settle(() =>
      inquiryAction(
        args(
          makeRequest(`/dashboard/inquiries/${inquiry.id}`, {
            cookie,
            form: { intent: "deleted" },
          }),
          { inquiryId: inquiry.id },
        ),
      ),
    );
    expect(statusOf(value)).toBe(400);
    expect(statusOfInquiry(inquiry.id)).toBe("new");
  });
});

describe("roles", () => {
  it.each([
    ["/dashboard/inquiries", inboxLoader as Loader],
    ["/dashboard/profile", profileLoader as Loader],
  ] as const)("a brand gets 403 on %s", async (path, loader) => {
    const brand = await makeUser("brand");
    const { cookie } = await sessionCookie(brand.id);
    const { thrown, value } = await settle(() => loader(args(makeRequest(path, { cookie }))));
    expect(thrown).toBe(true);
    expect(statusOf(value)).toBe(403);
  });

  it("a brand cannot save a creator profile", async () => {
    const brand = await makeUser("brand");
    const { cookie } = await sessionCookie(brand.id);
    const { value } = await settle(() =>
      profileAction(
        args(
          makeRequest("/dashboard/profile", {
            cookie,
            form: { displayName: "Brand Co", slug: `brand-${randomBytes(3).toString("hex")}` },
          }),
        ),
      ),
    );
    expect(statusOf(value)).toBe(403);
    expect(
      db
        .select({ userId: creatorProfiles.userId, slug: creatorProfiles.slug })
        .from(creatorProfiles)
        .where(eq(creatorProfiles.userId, brand.id))
        .get(),
    ).toBeUndefined();
  });
});

describe("saving a profile", () => {
  async function save(userId: string, form: Record<string, string | string[]>) {
    const { cookie } = await sessionCookie(userId);
    return settle(() => profileAction(args(makeRequest("/dashboard/profile", { cookie, form }))));
  }

  it("refuses a reserved link name with 400 and a message on the field", async () => {
    const creator = await makeUser("creator");
    const { value } = await save(creator.id, { displayName: "Dash", slug: "dashboard" });
    expect(statusOf(value)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(value).error.slug?.[0]).toMatch(/reserved/);
    expect(
      db
        .select({ userId: creatorProfiles.userId, slug: creatorProfiles.slug })
        .from(creatorProfiles)
        .where(eq(creatorProfiles.userId, creator.id))
        .get(),
    ).toBeUndefined();
  });

  it("refuses a link name another creator has, with 400, keeping both profiles as they were", async () => {
    const first = await makeUser("creator");
    const slug = `taken-${randomBytes(4).toString("hex")}`;
    saveProfile(first.id, ProfileSchema.parse({ displayName: "First", slug }));
    const second = await makeUser("creator");
    const { value } = await save(second.id, { displayName: "Second", slug: slug.toUpperCase() });
    expect(statusOf(value)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(value).error.slug?.[0]).toMatch(/taken/);
    expect(
      db
        .select({ userId: creatorProfiles.userId, slug: creatorProfiles.slug })
        .from(creatorProfiles)
        .where(eq(creatorProfiles.userId, second.id))
        .get(),
    ).toBeUndefined();
    expect(
      db
        .select({ userId: creatorProfiles.userId, slug: creatorProfiles.slug })
        .from(creatorProfiles)
        .where(eq(creatorProfiles.slug, slug))
        .get()?.userId,
    ).toBe(first.id);
  });

  it("saves a valid profile and redirects back to the editor", async () => {
    const creator = await makeUser("creator");
    const slug = `ok-${randomBytes(4).toString("hex")}`;
    const { value } = await save(creator.id, { displayName: "Okay", slug, headline: "Hi" });
    expect(statusOf(value)).toBe(302);
    expect(locationOf(value)).toBe("/dashboard/profile?saved=1");
    expect(
      db
        .select({ userId: creatorProfiles.userId, slug: creatorProfiles.slug })
        .from(creatorProfiles)
        .where(eq(creatorProfiles.userId, creator.id))
        .get()?.slug,
    ).toBe(slug);
  });
});
