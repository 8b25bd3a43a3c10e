import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "~/db/client.server";
import { passwordResetTokens, sessions, users } from "~/db/schema";
import { latestEmailTo } from "~/models/email/outbox.server";
import {
  isResetTokenValid,
  requestPasswordReset,
  resetPassword,
} from "~/models/accounts/password-reset.server";
import {
  createSession,
  deleteUserSessions,
  getSessionUser,
  SESSION_TTL_MS,
} from "~/models/accounts/sessions.server";
import { verifyLogin } from "~/models/accounts/users.server";
import { action as signupAction } from "~/routes/signup";
import { action as loginAction } from "~/routes/login";
import { action as forgotAction } from "~/routes/forgot-password";
import { loader as resetLoader } from "~/routes/reset-password";
import { reinstateUser, suspendUser } from "~/models/admin/admin-users.server";
import { getUser } from "~/utils/auth.server";
import { resetRateLimitsForTests } from "~/utils/rate-limit.server";
import {
  args,
  dataOf,
  makeRequest,
  makeUser,
  sessionCookie,
  settle,
  statusOf,
  uniqueEmail,
  locationOf,
} from "../utils";

beforeEach(() => resetRateLimitsForTests());

function signup(form: Record<string, string>) {
  return settle(() => signupAction(args(makeRequest("/signup", { form }))));
}

describe("sign up", () => {
  it("creates a creator account, starts a session and sends them to the profile editor", async () => {
    const email = uniqueEmail();
    const { value } = await signup({
      email,
      password: "a-long-password",
      displayName: "Nia",
      role: "creator",
    });
    expect(statusOf(value)).toBe(302);
    expect(locationOf(value)).toBe("/dashboard/profile?welcome=1");
    expect((value as Response).headers.get("Set-Cookie")).toMatch(
      /__session=.*HttpOnly.*SameSite=Lax/i,
    );
    const row = db.select().from(users).where(eq(users.email, email)).get();
    expect(row?.role).toBe("creator");
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a duplicate email (any case) with a message on the email field", async () => {
    const { email } = await makeUser("brand");
    const { value } = await signup({
      email: email.toUpperCase(),
      password: "a-long-password",
      displayName: "Dup",
      role: "brand",
    });
    expect(statusOf(value)).toBe(400);
    expect(dataOf<{ error: Record<string, string[]> }>(value).error.email?.[0]).toMatch(
      /already exists/,
    );
    expect(db.select().from(users).where(eq(users.email, email)).all()).toHaveLength(1);
  });

  it("refuses a short password and a malformed email, writing nothing", async () => {
    const email = "not-an-email";
    const { value } = await signup({ email, password: "short", displayName: "X", role: "creator" });
    expect(statusOf(value)).toBe(400);
    const errors = dataOf<{ error: Record<string, string[]> }>(value).error;
    expect(errors.password?.[0]).toMatch(/at least 10/);
    expect(errors.email?.[0]).toMatch(/valid email/);
    expect(db.select().from(users).where(eq(users.email, email)).get()).toBeUndefined();
  });

  it("does not allow signing up as an admin", async () => {
    const email = uniqueEmail();
    const { value } = await signup({
      email,
      password: "a-long-password",
      displayName: "Eve",
      role: "admin",
    });
    expect(statusOf(value)).toBe(400);
    expect(db.select().from(users).where(eq(users.email, email)).get()).toBeUndefined();
  });
});

describe("log in", () => {
  it("accepts the right password and issues a new session id each time", async () => {
    const user = await makeUser();
    const login = () =>
      settle(() =>
        loginAction(
          args(makeRequest("/login", { form: { email: user.email, password: user.password } })),
        ),
      );
    const first = (await login()).value as Response;
    const second = (await login()).value as Response;
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe("/dashboard");
    const c1 = first.headers.get("Set-Cookie");
    const c2 = second.headers.get("Set-Cookie");
    expect(c1).toBeTruthy();
    expect(c1).not.toEqual(c2);
    expect(db.select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(2);
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const user = await makeUser();
    const wrong = await settle(() =>
      loginAction(
        args(makeRequest("/login", { form: { email: user.email, password: "wrong-password" } })),
      ),
    );
    const unknown = await settle(() =>
      loginAction(
        args(makeRequest("/login", { form: { email: uniqueEmail(), password: "wrong-password" } })),
      ),
    );
    expect(statusOf(wrong.value)).toBe(400);
    expect(statusOf(unknown.value)).toBe(400);
    const msg = (v: unknown) => dataOf<{ error: Record<string, string[]> }>(v).error[""];
    expect(msg(wrong.value)).toEqual(["Invalid email or password"]);
    expect(msg(unknown.value)).toEqual(msg(wrong.value));
  });

  it("answers 429 after ten failures from one address within a minute", async () => {
    const user = await makeUser();
    const attempt = (password: string) =>
      settle(() =>
        loginAction(
          args(
            makeRequest("/login", {
              form: { email: user.email, password },
              headers: { "x-forwarded-for": "203.0.113.7" },
            }),
          ),
        ),
      );
    for (let i = 0; i < 10; i++)
      expect(statusOf((await attempt("wrong-password")).value)).toBe(400);
    expect(statusOf((await attempt("wrong-password")).value)).toBe(429);
    // Even the right password is refused while limited.
    expect(statusOf((await attempt(user.password)).value)).toBe(429);
  });

  it("refuses suspended accounts", async () => {
    const user = await makeUser();
    db.update(users).set({ status: "suspended" }).where(eq(users.id, user.id)).run();
    expect(await verifyLogin(user.email, user.password)).toBeNull();
  });
});

describe("sessions", () => {
  it("expire after 30 days", async () => {
    const user = await makeUser();
    const { id } = createSession(user.id);
    expect(getSessionUser(id)?.id).toBe(user.id);
    expect(getSessionUser(id, Date.now() + SESSION_TTL_MS + 1000)).toBeNull();
  });

  it("can be revoked, one or all", async () => {
    const user = await makeUser();
    const a = createSession(user.id);
    const b = createSession(user.id);
    expect(deleteUserSessions(user.id, a.id)).toBe(1);
    expect(getSessionUser(a.id)?.id).toBe(user.id);
    expect(getSessionUser(b.id)).toBeNull();
    deleteUserSessions(user.id);
    expect(getSessionUser(a.id)).toBeNull();
  });

  it("are read once per request (root, layout and page loaders share it), again for the next", async () => {
    const user = await makeUser();
    const { cookie } = await sessionCookie(user.id);
    const request = makeRequest("/dashboard", { cookie });
    const first = getUser(request);
    expect(getUser(request)).toBe(first);
    expect((await first)?.id).toBe(user.id);
    // Logged out of all devices meanwhile: the next request is anonymous.
    deleteUserSessions(user.id);
    expect((await getUser(request))?.id).toBe(user.id);
    expect(await getUser(makeRequest("/dashboard", { cookie }))).toBeNull();
  });
});

describe("password reset", () => {
  async function requestToken(email: string) {
    requestPasswordReset(email, "http://localhost:3000");
    const mail = latestEmailTo(email, "password-reset");
    const token = mail?.textBody.match(/token=([\w-]+)/)?.[1];
    expect(token).toBeTruthy();
    return token!;
  }

  it("sends a link whose token is stored only hashed and works exactly once", async () => {
    const user = await makeUser();
    const token = await requestToken(user.email);
    expect(
      db.select().from(passwordResetTokens).where(eq(passwordResetTokens.tokenHash, token)).get(),
    ).toBeUndefined();
    const session = createSession(user.id);
    expect(await resetPassword(token, "a-brand-new-password")).toBe(true);
    expect(await verifyLogin(user.email, "a-brand-new-password")).not.toBeNull();
    expect(getSessionUser(session.id)).toBeNull();
    expect(await resetPassword(token, "another-new-password")).toBe(false);
    expect(await verifyLogin(user.email, "another-new-password")).toBeNull();
  });

  it("expires after an hour", async () => {
    const user = await makeUser();
    const token = await requestToken(user.email);
    const later = new Date(Date.now() + 61 * 60 * 1000);
    expect(isResetTokenValid(token, later)).toBe(false);
    expect(await resetPassword(token, "a-brand-new-password", later)).toBe(false);
    expect(isResetTokenValid(token)).toBe(true);
  });

  it("sends nothing for an unknown email", () => {
    const email = uniqueEmail();
    requestPasswordReset(email, "http://localhost:3000");
    expect(latestEmailTo(email)).toBeUndefined();
  });

  it("sends nothing to a suspended account, and the page says the same as for an unknown address", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser();
    expect(suspendUser({ adminId: admin.id, userId: user.id, reason: "Spam" })).toEqual({
      ok: true,
    });
    const ask = (email: string) =>
      settle(() => forgotAction(args(makeRequest("/forgot-password", { form: { email } }))));
    const suspended = await ask(user.email);
    const unknown = await ask(uniqueEmail());
    expect(statusOf(suspended.value)).toBe(302);
    expect(locationOf(suspended.value)).toBe("/forgot-password?sent=1");
    expect(locationOf(unknown.value)).toBe(locationOf(suspended.value));
    expect(latestEmailTo(user.email, "password-reset")).toBeUndefined();
    const tokens = db
      .select()
      .from(passwordResetTokens)
      .where(eq(passwordResetTokens.userId, user.id))
      .all();
    expect(tokens).toEqual([]);
  });

  it("ends a link sent before a suspension: it does not work then, nor after a reinstatement", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser();
    const token = await requestToken(user.email);
    expect(isResetTokenValid(token)).toBe(true);
    suspendUser({ adminId: admin.id, userId: user.id, reason: "Spam" });
    expect(isResetTokenValid(token)).toBe(false);
    expect(await resetPassword(token, "a-brand-new-password")).toBe(false);
    const page = await resetLoader(args(makeRequest(`/reset-password?token=${token}`)));
    expect(page).toMatchObject({ valid: false });
    reinstateUser({ adminId: admin.id, userId: user.id });
    expect(isResetTokenValid(token)).toBe(false);
    expect(await resetPassword(token, "a-brand-new-password")).toBe(false);
    expect(await verifyLogin(user.email, user.password)).not.toBeNull();
  });

  it("does not take a link whose account was suspended since, even if the link is still stored", async () => {
    const user = await makeUser();
    const token = await requestToken(user.email);
    // Suspended some other way than through suspendUser (a script, a deletion): the rule holds at use.
    db.update(users).set({ status: "suspended" }).where(eq(users.id, user.id)).run();
    expect(isResetTokenValid(token)).toBe(false);
    expect(await resetPassword(token, "a-brand-new-password")).toBe(false);
    db.update(users).set({ status: "active" }).where(eq(users.id, user.id)).run();
    expect(await verifyLogin(user.email, user.password)).not.toBeNull();
    // Left unused: the link was never consumed.
    expect(isResetTokenValid(token)).toBe(true);
  });
});
