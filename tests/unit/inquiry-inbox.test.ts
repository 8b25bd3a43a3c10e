import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db/client.server";
import { emailOutbox, inquiries } from "~/db/schema";
import { createInquiry, listInquiries } from "~/models/inquiries/inquiries.server";
import { InquirySchema } from "~/models/inquiries/inquiry-schema";
import { ProfileSchema } from "~/models/portfolio/profile-schema";
import { saveProfile } from "~/models/portfolio/profiles.server";
import * as publicPage from "~/routes/$slug";
import * as inbox from "~/routes/dashboard.inquiries._index";
import { action as statusAction } from "~/routes/dashboard.inquiries.$inquiryId";
import { personName } from "~/utils/contact-fields";
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
import { renderRoute, textOf } from "./render-route";

beforeEach(() => resetRateLimitsForTests());

const NEVER_RECEIVED = "No inquiries yet. Share your portfolio link to get some.";

async function creatorWithInquiries(n: number) {
  const user = await makeUser("creator", { displayName: "Inbox Owner" });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const input = InquirySchema.parse({
      name: `Sender ${i}`,
      email: `sender${i}@example.com`,
      message: `Message number ${i} about a campaign.`,
    });
    ids.push(createInquiry(user, input).id);
  }
  const { cookie } = await sessionCookie(user.id);
  return { user, ids, cookie };
}

type Inbox = { rows: { id: string }[]; page: number; pageCount: number; total: number };

const inboxAt = async (cookie: string, query: string) =>
  dataOf<Inbox>(await inbox.loader(args(makeRequest(`/dashboard/inquiries${query}`, { cookie }))));

const renderInbox = (cookie: string, query: string) =>
  renderRoute(
    inbox,
    "/dashboard/inquiries",
    makeRequest(`/dashboard/inquiries${query}`, { cookie }),
  ).then((r) => textOf(r.html));

describe("the inbox's pages", () => {
  it("shows the last page when the last rows of the last page were archived, or the page is past the end", async () => {
    const { cookie } = await creatorWithInquiries(46);
    const last = await inboxAt(cookie, "?status=open&page=3");
    expect(last).toMatchObject({ page: 3, pageCount: 3, total: 46 });
    expect(last.rows).toHaveLength(6);
    // Archive each row of page 3 as its button does, coming back to page 3 each time.
    for (const row of last.rows) {
      const res = await statusAction(
        args(
          makeRequest(`/dashboard/inquiries/${row.id}`, {
            cookie,
            form: { intent: "archived", redirectTo: "/dashboard/inquiries?status=open&page=3" },
          }),
          { inquiryId: row.id },
        ),
      );
      expect(locationOf(res)).toBe("/dashboard/inquiries?status=open&page=3");
    }
    const after = await inboxAt(cookie, "?status=open&page=3");
    expect(after).toMatchObject({ page: 2, pageCount: 2, total: 40 });
    expect(after.rows).toHaveLength(20);
    const text = await renderInbox(cookie, "?status=open&page=3");
    expect(text).toContain("Page 2 of 2");
    expect(text).not.toContain(NEVER_RECEIVED);

    const far = await inboxAt(cookie, "?page=99");
    expect(far).toMatchObject({ page: 2, pageCount: 2 });
    expect(far.rows).toHaveLength(20);
    expect(await renderInbox(cookie, "?page=99")).toContain("Page 2 of 2");
  });

  it("keeps an empty filter on page 1", () => {
    expect(listInquiries(`nobody-${randomBytes(4).toString("hex")}`, "open", 5)).toMatchObject({
      rows: [],
      page: 1,
      pageCount: 1,
      hasAny: false,
    });
  });
});

describe("what an empty filter says", () => {
  it("says 'no inquiries yet' only for an inbox that never received one", async () => {
    const { cookie } = await creatorWithInquiries(0);
    expect(await renderInbox(cookie, "")).toContain(NEVER_RECEIVED);
    expect(await renderInbox(cookie, "?status=new")).toContain("No unread inquiries.");
    expect(await renderInbox(cookie, "?status=archived")).toContain("Nothing archived.");
  });

  it("says 'no unread inquiries' when every inquiry has been read, and that archived ones are under Archived", async () => {
    const { user, ids, cookie } = await creatorWithInquiries(2);
    for (const id of ids) {
      await statusAction(
        args(makeRequest(`/dashboard/inquiries/${id}`, { cookie, form: { intent: "read" } }), {
          inquiryId: id,
        }),
      );
    }
    const unread = await renderInbox(cookie, "?status=new");
    expect(unread).toContain("No unread inquiries.");
    expect(unread).not.toContain(NEVER_RECEIVED);
    // The plain inbox still lists them.
    expect(await renderInbox(cookie, "?status=open")).toContain("Sender 0");

    for (const id of ids) {
      await statusAction(
        args(makeRequest(`/dashboard/inquiries/${id}`, { cookie, form: { intent: "archived" } }), {
          inquiryId: id,
        }),
      );
    }
    const open = await renderInbox(cookie, "?status=open");
    expect(open).toContain("No open inquiries. Archived ones are under Archived.");
    expect(open).not.toContain(NEVER_RECEIVED);
    expect(listInquiries(user.id, "archived").rows).toHaveLength(2);
  });
});

async function makeCreatorWithPage() {
  const user = await makeUser("creator", { displayName: "Ana Lens" });
  const slug = `ana-${randomBytes(4).toString("hex")}`;
  saveProfile(
    user.id,
    ProfileSchema.parse({ displayName: "Ana Lens", slug, visibility: "public" }),
  );
  return { user, slug };
}

const send = (slug: string, form: Record<string, string>) =>
  settle(() => publicPage.action(args(makeRequest(`/${slug}`, { form }), { slug })));

const inquiriesOf = (creatorId: string) =>
  db.select().from(inquiries).where(eq(inquiries.creatorId, creatorId)).all();

const emailTo = (address: string) =>
  db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, address), eq(emailOutbox.kind, "inquiry-received")))
    .all();

type Reply = { error?: Record<string, string[]> };

describe("an inquiry's details", () => {
  const good = {
    name: "Sam Brand",
    email: "sam@example.com",
    message: "We would love a shoot for our spring campaign.",
  };

  it("emails the creator a full link to the inquiry", async () => {
    const { user, slug } = await makeCreatorWithPage();
    const { value } = await send(slug, good);
    expect(statusOf(value)).toBe(302);
    const [row] = inquiriesOf(user.id);
    const [email] = emailTo(user.email);
    expect(email?.textBody).toMatch(
      new RegExp(`https?://[^\\s/]+/dashboard/inquiries/${row!.id}(\\s|$)`),
    );
    expect(email?.textBody).not.toContain("Open your inbox to answer.");
  });

  it("refuses a name or an email with a line break, with a message on the field, and stores nothing", async () => {
    const { user, slug } = await makeCreatorWithPage();
    const byName = await send(slug, { ...good, name: "Evil\r\nBcc: victim@example.com" });
    expect(statusOf(byName.value)).toBe(400);
    expect(dataOf<Reply>(byName.value).error?.name?.[0]).toMatch(/one line/);
    const byEmail = await send(slug, { ...good, email: "sam@example.com\r\nBcc: v@example.com" });
    expect(statusOf(byEmail.value)).toBe(400);
    expect(dataOf<Reply>(byEmail.value).error?.email?.[0]).toMatch(/valid email/);
    expect(inquiriesOf(user.id)).toHaveLength(0);
    expect(emailTo(user.email)).toHaveLength(0);
    // The same rule for every public form's name.
    for (const name of ["Evil\nBcc: x@example.com", "Evil\rX", "A\u2028B"])
      expect(personName.safeParse(name).success).toBe(false);
    expect(personName.safeParse("  Zoë O'Neil-Smith ").data).toBe("Zoë O'Neil-Smith");
  });

  it("stores a message's line breaks as \\n, whether the browser sent \\r\\n (no JavaScript) or \\n", async () => {
    const { user, slug } = await makeCreatorWithPage();
    await send(slug, { ...good, message: "Hello there,\r\n\r\nA spring shoot?\r\nThanks" });
    await send(slug, { ...good, message: "Hello there,\n\nA spring shoot?\nThanks" });
    const messages = inquiriesOf(user.id).map((r) => r.message);
    expect(messages).toEqual([
      "Hello there,\n\nA spring shoot?\nThanks",
      "Hello there,\n\nA spring shoot?\nThanks",
    ]);
    // A line break counts once towards the length, as the browser counts it.
    const long = `${"a".repeat(2499)}\r\n${"b".repeat(2500)}`;
    expect(InquirySchema.safeParse({ ...good, message: long }).success).toBe(true);
  });
});
