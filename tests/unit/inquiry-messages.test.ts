import { createHash } from "node:crypto";
import { beforeEach, describe, expect, test } from "vitest";
import { sqlite } from "~/db/client.server";
import { latestEmailTo } from "~/models/email/outbox.server";
import { createInquiry, setInquiryStatus } from "~/models/inquiries/inquiries.server";
import { getInquiryByToken, VISITOR_LINK_TTL_MS } from "~/models/inquiries/visitor-links.server";
import { listConversations } from "~/models/messages/conversations.server";
import { threadState, unreadMessageTotal } from "~/models/messages/messages.server";
import { sendInquiryMessage } from "~/models/messages/thread-messages.server";
import * as creatorMessages from "~/routes/dashboard.inquiries.$inquiryId_.messages";
import * as inquiryPage from "~/routes/dashboard.inquiries.$inquiryId";
import * as inbox from "~/routes/dashboard.messages";
import * as visitorPage from "~/routes/inquiry.$token";
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
  uniqueEmail,
} from "../utils";
import { renderRoute, textOf } from "./render-route";

beforeEach(() => resetRateLimitsForTests());

const messageCount = () =>
  (sqlite.prepare("select count(*) as n from messages").get() as { n: number }).n;

/** The private link in the latest email of that kind to the visitor. */
function linkIn(email: string, kind: string) {
  const text = latestEmailTo(email, kind)?.textBody ?? "";
  const match = /\/inquiry\/([A-Za-z0-9_-]+)/.exec(text);
  expect(match, `a link in the ${kind} email`).not.toBeNull();
  return match![1]!;
}

async function makeInquiry() {
  const creator = await makeUser("creator", { displayName: "Rina Creator" });
  const visitorEmail = uniqueEmail("visitor");
  const inquiry = createInquiry(
    creator,
    {
      name: "Vera Visitor",
      email: visitorEmail,
      message: "Are you free for a shoot in May?",
      budget: 300,
    },
    "USD",
    "http://x",
  );
  return { creator, inquiry, visitorEmail, token: inquiry.token };
}

const creatorPath = (id: string) => `/dashboard/inquiries/${id}/messages`;
const post = (path: string, cookie: string | undefined, form: Record<string, string>) =>
  makeRequest(path, { cookie, form });

describe("an inquiry's private link", () => {
  test("the visitor is emailed a link with 256 bits, of which only the hash is stored", async () => {
    const { inquiry, visitorEmail, token } = await makeInquiry();
    const email = latestEmailTo(visitorEmail, "inquiry-sent");
    expect(email?.subject).toBe("Your message to Rina Creator");
    expect(email?.textBody).toContain(`http://x/inquiry/${token}`);
    expect(email?.textBody).toContain("Are you free for a shoot in May?");
    expect(linkIn(visitorEmail, "inquiry-sent")).toBe(token);
    expect(Buffer.from(token, "base64url").length).toBe(32);

    const stored = sqlite
      .prepare(
        "select token_hash as hash, expires_at as expiresAt from inquiry_links where inquiry_id = ?",
      )
      .all(inquiry.id) as { hash: string; expiresAt: number }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.hash).toBe(createHash("sha256").update(token).digest("hex"));
    const dump = JSON.stringify(sqlite.prepare("select * from inquiry_links").all());
    expect(dump).not.toContain(token);

    expect(getInquiryByToken(token)?.id).toBe(inquiry.id);
    expect(getInquiryByToken(`${token}x`)).toBeNull();
    expect(getInquiryByToken("")).toBeNull();
    // It expires.
    expect(getInquiryByToken(token, new Date(stored[0]!.expiresAt + 1))).toBeNull();
    expect(stored[0]!.expiresAt - Date.now()).toBeGreaterThan(VISITOR_LINK_TTL_MS - 60_000);
  });

  test("the visitor's page shows their inquiry; a wrong or expired link is a 404", async () => {
    const { token } = await makeInquiry();
    const page = await renderRoute(
      visitorPage,
      "/inquiry/:token",
      makeRequest(`/inquiry/${token}`),
    );
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain("Your inquiry to Rina Creator");
    expect(text).toContain("Are you free for a shoot in May?");
    expect(text).toContain("No messages yet.");
    expect(text).toContain("Write a message");

    for (const wrong of [
      "not-a-token",
      `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`,
    ]) {
      const miss = await settle(() =>
        visitorPage.loader(args(makeRequest(`/inquiry/${wrong}`), { token: wrong })),
      );
      expect(statusOf(miss.value)).toBe(404);
      const write = await settle(() =>
        visitorPage.action(
          args(post(`/inquiry/${wrong}`, undefined, { intent: "send", body: "Hi" }), {
            token: wrong,
          }),
        ),
      );
      expect(statusOf(write.value)).toBe(404);
    }
    sqlite.prepare("update inquiry_links set expires_at = ?").run(Date.now() - 1);
    const expired = await settle(() =>
      visitorPage.loader(args(makeRequest(`/inquiry/${token}`), { token })),
    );
    expect(statusOf(expired.value)).toBe(404);
  });
});

describe("an inquiry's conversation", () => {
  test("the creator writes, the visitor answers from the link in the email, each sees what is new", async () => {
    const { creator, inquiry, visitorEmail, token } = await makeInquiry();
    const cookie = (await sessionCookie(creator.id)).cookie;
    const path = creatorPath(inquiry.id);

    const sent = await creatorMessages.action(
      args(post(path, cookie, { intent: "send", body: "Hi Vera,\r\nMay works. Which day?" }), {
        inquiryId: inquiry.id,
      }),
    );
    expect(statusOf(sent)).toBe(302);
    expect(locationOf(sent)).toBe(`${path}#latest`);
    // A second message before the visitor read the first sends no second email.
    sendInquiryMessage(
      {
        ...inquiry,
        creatorId: creator.id,
        name: "Vera Visitor",
        email: visitorEmail,
        status: "read",
      },
      "creator",
      "And the budget is fine.",
    );
    const emails = sqlite
      .prepare(
        "select count(*) as n from email_outbox where to_address = ? and kind = 'inquiry_message'",
      )
      .get(visitorEmail) as { n: number };
    expect(emails.n).toBe(1);
    const email = latestEmailTo(visitorEmail, "inquiry_message");
    expect(email?.subject).toBe("New message from Rina Creator about your inquiry");
    expect(email?.textBody).toContain("May works. Which day?");
    // The email carries a fresh link of its own; the first one keeps working.
    const fresh = linkIn(visitorEmail, "inquiry_message");
    expect(fresh).not.toBe(token);
    expect(email?.textBody).toContain(`/inquiry/${fresh}`);
    expect(getInquiryByToken(fresh)?.id).toBe(inquiry.id);
    expect(getInquiryByToken(token)?.id).toBe(inquiry.id);

    // The creator's reply read the inquiry: it is no longer new, and its history says who.
    const history = sqlite
      .prepare(
        "select from_status as fromStatus, to_status as toStatus, actor_user_id as actor from inquiry_status_history where inquiry_id = ? order by created_at, rowid",
      )
      .all(inquiry.id);
    expect(history).toEqual([
      { fromStatus: null, toStatus: "new", actor: null },
      { fromStatus: "new", toStatus: "read", actor: creator.id },
    ]);

    const visitorView = await renderRoute(
      visitorPage,
      "/inquiry/:token",
      makeRequest(`/inquiry/${fresh}`),
    );
    const text = textOf(visitorView.html);
    expect(text).toContain("Hi Vera,\nMay works. Which day?");
    expect(text).toContain("Mark as read");
    expect(threadState({ kind: "inquiry", id: inquiry.id }, "client").unread).toBe(2);

    const read = await visitorPage.action(
      args(post(`/inquiry/${fresh}`, undefined, { intent: "read" }), { token: fresh }),
    );
    expect(locationOf(read)).toBe(`/inquiry/${fresh}`);
    expect(threadState({ kind: "inquiry", id: inquiry.id }, "client").unread).toBe(0);

    const reply = await visitorPage.action(
      args(post(`/inquiry/${fresh}`, undefined, { intent: "send", body: "The 12th, please." }), {
        token: fresh,
      }),
    );
    expect(statusOf(reply)).toBe(302);
    expect(locationOf(reply)).toBe(`/inquiry/${fresh}#latest`);
    expect(unreadMessageTotal(creator.id)).toBe(1);
    expect(latestEmailTo(creator.email, "inquiry_message")?.textBody).toContain(
      "The 12th, please.",
    );
    expect(latestEmailTo(creator.email, "inquiry_message")?.textBody).toContain(path);
    const notice = sqlite
      .prepare(
        "select type, path from notifications where user_id = ? order by created_at desc, rowid desc limit 1",
      )
      .get(creator.id);
    expect(notice).toEqual({ type: "message_new", path });

    // The inquiry's page leads to the conversation with its unread count; so does the inbox.
    const detail = await renderRoute(
      inquiryPage,
      "/dashboard/inquiries/:inquiryId",
      makeRequest(`/dashboard/inquiries/${inquiry.id}`, { cookie }),
    );
    expect(detail.html).toContain(`href="${path}"`);
    expect(textOf(detail.html)).toContain("Messages with Vera Visitor (1 new)");
    const list = await renderRoute(
      inbox,
      "/dashboard/messages",
      makeRequest("/dashboard/messages", { cookie }),
    );
    expect(list.html).toContain(`href="${path}"`);
    const listText = textOf(list.html);
    expect(listText).toContain("Vera Visitor");
    expect(listText).toContain("Inquiry: “Are you free for a shoot in May?”");
    expect(listText).toContain("1 new");
    expect(listText).toContain("The 12th, please.");
    expect(listConversations(creator.id, 1).rows[0]).toMatchObject({
      inquiryId: inquiry.id,
      dealId: null,
      bookingId: null,
      otherName: "Vera Visitor",
      unread: 1,
    });

    // The creator's page; reading is a GET and changes nothing, the button marks it read.
    const creatorView = await renderRoute(
      creatorMessages,
      "/dashboard/inquiries/:inquiryId/messages",
      makeRequest(path, { cookie }),
    );
    expect(textOf(creatorView.html)).toContain("Messages with Vera Visitor");
    expect(textOf(creatorView.html)).toContain("The 12th, please.");
    expect(unreadMessageTotal(creator.id)).toBe(1);
    const marked = await creatorMessages.action(
      args(post(path, cookie, { intent: "read", via: "script" }), { inquiryId: inquiry.id }),
    );
    expect(dataOf<{ read: boolean }>(marked).read).toBe(true);
    expect(unreadMessageTotal(creator.id)).toBe(0);
  });

  test("the creator's page: another creator 404, a brand and an admin 403, anonymous to login", async () => {
    const { inquiry } = await makeInquiry();
    const other = await makeUser("creator");
    const brand = await makeUser("brand");
    const admin = await makeUser("admin");
    const path = creatorPath(inquiry.id);
    const before = messageCount();
    const params = { inquiryId: inquiry.id };

    for (const [user, status] of [
      [other, 404],
      [brand, 403],
      [admin, 403],
    ] as const) {
      const cookie = (await sessionCookie(user.id)).cookie;
      const view = await settle(() =>
        creatorMessages.loader(args(makeRequest(path, { cookie }), params)),
      );
      expect(statusOf(view.value), `${user.role} reads`).toBe(status);
      const write = await settle(() =>
        creatorMessages.action(args(post(path, cookie, { intent: "send", body: "Hi" }), params)),
      );
      expect(statusOf(write.value), `${user.role} writes`).toBe(status);
      const read = await settle(() =>
        creatorMessages.action(args(post(path, cookie, { intent: "read" }), params)),
      );
      expect(statusOf(read.value), `${user.role} marks read`).toBe(status);
    }
    const anonymous = await settle(() => creatorMessages.loader(args(makeRequest(path), params)));
    expect(statusOf(anonymous.value)).toBe(302);
    expect(locationOf(anonymous.value)).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
    const anonymousPost = await settle(() =>
      creatorMessages.action(args(post(path, undefined, { intent: "send", body: "Hi" }), params)),
    );
    expect(locationOf(anonymousPost.value)).toMatch(/^\/login\?redirectTo=/);
    const unknown = await settle(async () =>
      creatorMessages.loader(
        args(makeRequest(creatorPath("nope"), { cookie: (await sessionCookie(other.id)).cookie }), {
          inquiryId: "nope",
        }),
      ),
    );
    expect(statusOf(unknown.value)).toBe(404);
    expect(messageCount()).toBe(before);
  });

  test("bad messages are a 400 with the text kept; an archived inquiry's conversation is closed (409)", async () => {
    const { creator, inquiry, token } = await makeInquiry();
    const cookie = (await sessionCookie(creator.id)).cookie;
    const path = creatorPath(inquiry.id);
    const params = { inquiryId: inquiry.id };
    const before = messageCount();

    const empty = await visitorPage.action(
      args(post(`/inquiry/${token}`, undefined, { intent: "send", body: "  \n " }), { token }),
    );
    expect(statusOf(empty)).toBe(400);
    expect(dataOf<{ errors: string[] }>(empty).errors).toEqual(["Write a message."]);
    const long = "x".repeat(5001);
    const tooLong = await creatorMessages.action(
      args(post(path, cookie, { intent: "send", body: long }), params),
    );
    expect(statusOf(tooLong)).toBe(400);
    expect(dataOf<{ body: string }>(tooLong).body).toBe(long);
    const exactly = await creatorMessages.action(
      args(post(path, cookie, { intent: "send", body: "y".repeat(5000) }), params),
    );
    expect(statusOf(exactly)).toBe(302);
    expect(messageCount()).toBe(before + 1);

    setInquiryStatus(inquiry.id, creator.id, "archived", creator.id);
    const closedVisitor = await visitorPage.action(
      args(post(`/inquiry/${token}`, undefined, { intent: "send", body: "Still there?" }), {
        token,
      }),
    );
    expect(statusOf(closedVisitor)).toBe(409);
    expect(dataOf<{ errors: string[]; body: string }>(closedVisitor)).toEqual({
      errors: ["The creator has closed this conversation."],
      body: "Still there?",
    });
    const closedCreator = await creatorMessages.action(
      args(post(path, cookie, { intent: "send", body: "One more" }), params),
    );
    expect(statusOf(closedCreator)).toBe(409);
    expect(dataOf<{ errors: string[] }>(closedCreator).errors[0]).toContain("archived");
    expect(messageCount()).toBe(before + 1);
    // Still readable, without the box.
    const page = await renderRoute(
      visitorPage,
      "/inquiry/:token",
      makeRequest(`/inquiry/${token}`),
    );
    expect(textOf(page.html)).toContain("The creator has closed this conversation.");
    expect(textOf(page.html)).not.toContain("Write a message");

    // Moved back to the inbox, it opens again.
    setInquiryStatus(inquiry.id, creator.id, "read", creator.id);
    const reopened = await visitorPage.action(
      args(post(`/inquiry/${token}`, undefined, { intent: "send", body: "Still there?" }), {
        token,
      }),
    );
    expect(statusOf(reopened)).toBe(302);
  });

  test("more than 30 messages a minute through one inquiry's link are refused with a 429", async () => {
    const { token } = await makeInquiry();
    const send = (body: string) =>
      visitorPage.action(
        args(post(`/inquiry/${token}`, undefined, { intent: "send", body }), { token }),
      );
    for (let i = 0; i < 30; i++) expect(statusOf(await send(`Message ${i}`))).toBe(302);
    const limited = await send("One too many");
    expect(statusOf(limited)).toBe(429);
    expect(dataOf<{ body: string }>(limited).body).toBe("One too many");
  });

  test("an inquiry sent before links existed gets one with the creator's first message", async () => {
    const { creator, inquiry, visitorEmail } = await makeInquiry();
    sqlite.prepare("delete from inquiry_links where inquiry_id = ?").run(inquiry.id);
    sendInquiryMessage(
      {
        id: inquiry.id,
        creatorId: creator.id,
        name: "Vera Visitor",
        email: visitorEmail,
        status: "new",
      },
      "creator",
      "Sorry for the wait!",
      { origin: "http://x" },
    );
    const link = linkIn(visitorEmail, "inquiry_message");
    expect(getInquiryByToken(link)?.id).toBe(inquiry.id);
  });

  test("deleting the creator's account takes the inquiry, its links and its conversation", async () => {
    const { creator, inquiry, token } = await makeInquiry();
    await visitorPage.action(
      args(post(`/inquiry/${token}`, undefined, { intent: "send", body: "Hello?" }), { token }),
    );
    sqlite.prepare("delete from users where id = ?").run(creator.id);
    for (const table of ["messages", "message_threads", "inquiry_links"])
      expect(
        sqlite.prepare(`select count(*) as n from ${table} where inquiry_id = ?`).get(inquiry.id),
      ).toEqual({ n: 0 });
  });
});
