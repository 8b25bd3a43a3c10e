import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "~/db/client.server";
import { emailOutbox, emailVerifications, sessions, users } from "~/db/schema";
import { addFavourite } from "~/models/discovery/favourites.server";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import { verifyLogin } from "~/models/accounts/users.server";
import { action as settingsAction, loader as settingsLoader } from "~/routes/dashboard.settings";
import { loader as exportLoader } from "~/routes/dashboard.settings.export";
import { action as signupAction } from "~/routes/signup";
import { action as verifyAction, loader as verifyLoader } from "~/routes/verify-email";
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
import { makeCreator } from "./portfolio-helpers";

beforeEach(() => resetRateLimitsForTests());

type Reply = { intent: string; result: { error?: Record<string, string[]> } };

async function post(cookie: string, form: Record<string, string>) {
  const { value } = await settle(() =>
    settingsAction(args(makeRequest("/dashboard/settings", { form, cookie }))),
  );
  return value;
}

const errorsOf = (outcome: unknown) => dataOf<Reply>(outcome).result.error ?? {};
const userRow = (id: string) => db.select().from(users).where(eq(users.id, id)).get()!;
const emailsTo = (to: string, kind: string) =>
  db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, to), eq(emailOutbox.kind, kind)))
    .all();
const linkToken = (text: string) => /verify-email\?token=([\w-]+)/.exec(text)![1]!;

async function confirm(token: string) {
  const { value } = await settle(() =>
    verifyAction(args(makeRequest("/verify-email", { form: { token } }))),
  );
  return value;
}

describe("changing the name", () => {
  it("saves a new name and refuses an empty one beside the field", async () => {
    const user = await makeUser("brand");
    const { cookie } = await sessionCookie(user.id);
    const bad = await post(cookie, { intent: "name", displayName: "   " });
    expect(statusOf(bad)).toBe(400);
    expect(errorsOf(bad).displayName).toEqual(["Display name is required"]);
    expect(userRow(user.id).displayName).toBe(user.displayName);

    const ok = await post(cookie, { intent: "name", displayName: " Acme Studio " });
    expect(locationOf(ok)).toBe("/dashboard/settings?saved=name");
    expect(userRow(user.id).displayName).toBe("Acme Studio");
  });
});

describe("changing the password", () => {
  it("needs the current password and matching new ones, and changes nothing otherwise", async () => {
    const user = await makeUser("creator");
    const { cookie } = await sessionCookie(user.id);
    const before = userRow(user.id).passwordHash;
    const wrong = await post(cookie, {
      intent: "password",
      currentPassword: "not-my-password",
      newPassword: "a-new-long-password",
      confirmPassword: "a-new-long-password",
    });
    expect(statusOf(wrong)).toBe(400);
    expect(errorsOf(wrong).currentPassword).toEqual(["The current password is not right"]);
    const mismatch = await post(cookie, {
      intent: "password",
      currentPassword: user.password,
      newPassword: "a-new-long-password",
      confirmPassword: "another-long-password",
    });
    expect(errorsOf(mismatch).confirmPassword).toEqual(["The passwords do not match"]);
    const same = await post(cookie, {
      intent: "password",
      currentPassword: user.password,
      newPassword: user.password,
      confirmPassword: user.password,
    });
    expect(errorsOf(same).newPassword).toEqual([
      "Choose a password different from the current one",
    ]);
    expect(userRow(user.id).passwordHash).toBe(before);
  });

  it("sets it, logs out the other devices but this one, and tells the account's address", async () => {
    const user = await makeUser("creator");
    const { cookie, sessionId } = await sessionCookie(user.id);
    await sessionCookie(user.id);
    await sessionCookie(user.id);
    const ok = await post(cookie, {
      intent: "password",
      currentPassword: user.password,
      newPassword: "a-new-long-password",
      confirmPassword: "a-new-long-password",
    });
    expect(locationOf(ok)).toBe("/dashboard/settings?saved=password&ended=2");
    const left = db.select().from(sessions).where(eq(sessions.userId, user.id)).all();
    expect(left.map((s) => s.id)).toEqual([sessionId]);
    expect(await verifyLogin(user.email, "a-new-long-password")).not.toBeNull();
    expect(await verifyLogin(user.email, user.password)).toBeNull();
    expect(emailsTo(user.email, "password-changed")[0]?.textBody).toMatch(
      /2 other devices were logged out/,
    );
  });

  it("answers 429 after ten wrong current passwords, even for the right one", async () => {
    const user = await makeUser("brand");
    const { cookie } = await sessionCookie(user.id);
    const attempt = (currentPassword: string) =>
      post(cookie, {
        intent: "password",
        currentPassword,
        newPassword: "a-new-long-password",
        confirmPassword: "a-new-long-password",
      });
    for (let i = 0; i < 10; i++) expect(statusOf(await attempt(`wrong-${i}`))).toBe(400);
    const limited = await attempt(user.password);
    expect(statusOf(limited)).toBe(429);
    expect(errorsOf(limited).currentPassword?.[0]).toMatch(/Too many wrong passwords/);
    expect(await verifyLogin(user.email, user.password)).not.toBeNull();
  });
});

describe("changing the email", () => {
  it("refuses the same address, one another account uses, and a wrong password", async () => {
    const user = await makeUser("creator");
    const other = await makeUser("brand");
    const { cookie } = await sessionCookie(user.id);
    const same = await post(cookie, {
      intent: "email",
      email: user.email.toUpperCase(),
      currentPassword: user.password,
    });
    expect(errorsOf(same).email).toEqual(["This is already your email"]);
    const taken = await post(cookie, {
      intent: "email",
      email: other.email,
      currentPassword: user.password,
    });
    expect(errorsOf(taken).email).toEqual(["Another account uses this email"]);
    const wrong = await post(cookie, {
      intent: "email",
      email: uniqueEmail("new"),
      currentPassword: "not-my-password",
    });
    expect(errorsOf(wrong).currentPassword).toEqual(["The current password is not right"]);
    const links = db
      .select()
      .from(emailVerifications)
      .where(eq(emailVerifications.userId, user.id))
      .all();
    expect(links).toHaveLength(0);
  });

  it("says an address is taken only after the current password is right", async () => {
    const user = await makeUser("creator");
    const other = await makeUser("brand");
    const { cookie } = await sessionCookie(user.id);
    const probe = (email: string) =>
      post(cookie, { intent: "email", email, currentPassword: "not-my-password" });
    const taken = await probe(other.email);
    const free = await probe(uniqueEmail("free"));
    // A wrong password gets the same answer whether the address has an account or not.
    expect(statusOf(taken)).toBe(400);
    expect(errorsOf(taken)).toEqual({ currentPassword: ["The current password is not right"] });
    expect(errorsOf(free)).toEqual(errorsOf(taken));
    const same = await probe(user.email);
    expect(errorsOf(same)).toEqual({ currentPassword: ["The current password is not right"] });
    // The right password then hears that the address is taken.
    const right = await post(cookie, {
      intent: "email",
      email: other.email,
      currentPassword: user.password,
    });
    expect(errorsOf(right)).toEqual({ email: ["Another account uses this email"] });
  });

  it("changes only once the link sent to the new address is used, and the link works once", async () => {
    const user = await makeUser("creator");
    const { cookie } = await sessionCookie(user.id);
    const newEmail = uniqueEmail("moved");
    const asked = await post(cookie, {
      intent: "email",
      email: newEmail,
      currentPassword: user.password,
    });
    expect(locationOf(asked)).toBe("/dashboard/settings?saved=email");
    expect(userRow(user.id).email).toBe(user.email);
    expect(emailsTo(user.email, "change-email-notice")[0]?.textBody).toContain(newEmail);
    const token = linkToken(emailsTo(newEmail, "change-email")[0]!.textBody);

    const page = dataOf<{ pendingEmail: string }>(
      await settingsLoader(args(makeRequest("/dashboard/settings", { cookie }))),
    );
    expect(page.pendingEmail).toBe(newEmail);

    // Opening the link reads it and writes nothing.
    const shown = dataOf<{ pending: { email: string; isChange: boolean } }>(
      await verifyLoader(args(makeRequest(`/verify-email?token=${token}`))),
    );
    expect(shown.pending).toEqual({ email: newEmail, isChange: true });
    expect(userRow(user.id).email).toBe(user.email);

    expect(locationOf(await confirm(token))).toBe("/verify-email?done=1");
    const row = userRow(user.id);
    expect(row.email).toBe(newEmail);
    expect(row.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyLogin(newEmail, user.password)).not.toBeNull();

    const again = await confirm(token);
    expect(statusOf(again)).toBe(410);
  });

  it("kills older links once one is used, so an old one cannot move the email back", async () => {
    const user = await makeUser("creator");
    const { cookie } = await sessionCookie(user.id);
    const first = uniqueEmail("first");
    const second = uniqueEmail("second");
    await post(cookie, { intent: "email", email: first, currentPassword: user.password });
    const firstToken = linkToken(emailsTo(first, "change-email")[0]!.textBody);
    await post(cookie, { intent: "email", email: second, currentPassword: user.password });
    const secondToken = linkToken(emailsTo(second, "change-email")[0]!.textBody);
    expect(statusOf(await confirm(firstToken))).toBe(410); // replaced by the newer link
    expect(locationOf(await confirm(secondToken))).toBe("/verify-email?done=1");
    expect(userRow(user.id).email).toBe(second);
  });

  it("refuses the link when another account took the address in the meantime", async () => {
    const user = await makeUser("creator");
    const { cookie } = await sessionCookie(user.id);
    const wanted = uniqueEmail("wanted");
    await post(cookie, { intent: "email", email: wanted, currentPassword: user.password });
    const token = linkToken(emailsTo(wanted, "change-email")[0]!.textBody);
    await makeUser("brand", { email: wanted });
    // The settings page no longer says a link waits on it.
    const page = dataOf<{ pendingEmail: string | null }>(
      await settingsLoader(args(makeRequest("/dashboard/settings", { cookie }))),
    );
    expect(page.pendingEmail).toBeNull();
    const refused = await confirm(token);
    expect(statusOf(refused)).toBe(409);
    expect(dataOf<{ error: string }>(refused).error).toMatch(/Another account uses this address/);
    expect(userRow(user.id).email).toBe(user.email);
  });
});

describe("confirming the signup's address", () => {
  it("signup emails a link; using it marks the address confirmed", async () => {
    const email = uniqueEmail("fresh");
    await settle(() =>
      signupAction(
        args(
          makeRequest("/signup", {
            form: { email, password: "a-long-password", displayName: "Fresh", role: "brand" },
          }),
        ),
      ),
    );
    const row = db.select().from(users).where(eq(users.email, email)).get()!;
    expect(row.emailVerifiedAt).toBeNull();
    const token = linkToken(emailsTo(email, "verify-email")[0]!.textBody);
    const shown = dataOf<{ pending: { isChange: boolean } }>(
      await verifyLoader(args(makeRequest(`/verify-email?token=${token}`))),
    );
    expect(shown.pending.isChange).toBe(false);
    expect(locationOf(await confirm(token))).toBe("/verify-email?done=1");
    expect(userRow(row.id).emailVerifiedAt).toBeInstanceOf(Date);
  });

  it("sends the link again on request while the address is unconfirmed", async () => {
    const user = await makeUser("creator");
    const { cookie } = await sessionCookie(user.id);
    const sent = await post(cookie, { intent: "resend-verification" });
    expect(locationOf(sent)).toBe("/dashboard/settings?saved=verification");
    expect(emailsTo(user.email, "verify-email")).toHaveLength(1);
  });
});

describe("confirmation links and the rate limit", () => {
  it("count only links that fail: many people behind one address can confirm theirs", async () => {
    for (let i = 0; i < 7; i++) {
      const user = await makeUser("creator");
      const { cookie } = await sessionCookie(user.id);
      await post(cookie, { intent: "resend-verification" });
      const token = linkToken(emailsTo(user.email, "verify-email")[0]!.textBody);
      expect(locationOf(await confirm(token))).toBe("/verify-email?done=1");
    }
    for (let i = 0; i < 5; i++) expect(statusOf(await confirm(`guess-${i}-aaaaaaaaaa`))).toBe(410);
    expect(statusOf(await confirm("guess-6-aaaaaaaaaa"))).toBe(429);
  });
});

describe("the data export", () => {
  it("holds the account's rows, not another account's, and no password, token or session key", async () => {
    const { user, slug: slugOfUser } = await makeCreator({ headline: "Film and photo" });
    const other = await makeCreator();
    createInquiry(user, {
      name: "Client",
      email: "client@example.com",
      message: "Can you shoot our launch?",
      budget: "",
    } as never);
    const brand = await makeUser("brand");
    addFavourite(brand.id, slugOfUser, "Private: too pricey");
    createInquiry(other.user, {
      name: "Someone else",
      email: "else@example.com",
      message: "A message for the other creator",
      budget: "",
    } as never);
    const { cookie, sessionId } = await sessionCookie(user.id);
    const res = (await exportLoader(
      args(makeRequest("/dashboard/settings/export", { cookie })),
    )) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toMatch(
      /attachment; filename="gigfolio-export-/,
    );
    const text = await res.text();
    const body = JSON.parse(text) as {
      account: Record<string, unknown>;
      data: Record<string, Record<string, unknown>[]>;
    };
    expect(body.account.email).toBe(user.email);
    expect(body.data.creator_profiles?.[0]?.headline).toBe("Film and photo");
    expect(body.data.inquiries?.map((i) => i.message)).toEqual(["Can you shoot our launch?"]);
    expect(body.data.sessions?.length).toBeGreaterThan(0);
    expect(text).not.toContain(sessionId);
    expect(text).not.toMatch(/argon2|password_hash|token_hash/);
    expect(text).not.toContain("A message for the other creator");
    // Another user's saved list that holds this creator is theirs, not this creator's.
    expect(text).not.toContain("Private: too pricey");
  });

  it("sends an anonymous visitor to log in", async () => {
    const { value } = await settle(() =>
      exportLoader(args(makeRequest("/dashboard/settings/export"))),
    );
    expect(locationOf(value)).toMatch(/^\/login\?redirectTo=/);
  });
});
