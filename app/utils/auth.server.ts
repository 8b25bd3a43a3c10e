import { redirect } from "@remix-run/node";
import { Authenticator, AuthorizationError } from "remix-auth";
import { FormStrategy } from "remix-auth-form";
import type { Role } from "~/db/schema";
import { createSession, deleteSession, getSessionUser } from "~/models/accounts/sessions.server";
import { checkLogin, type PublicUser } from "~/models/accounts/users.server";
import { consume, getClientIp, isLimited } from "./rate-limit.server";
import { sessionStorage } from "./session.server";

export class RateLimitedError extends Error {
  constructor() {
    super("Too many failed attempts. Wait a minute and try again.");
  }
}

/** The right password for an account an admin suspended (decision 032). */
export class SuspendedAccountError extends Error {
  constructor() {
    super(
      "This account is suspended, so it cannot log in. Our email to you says why; reply to it if you think it is a mistake.",
    );
  }
}

export const INVALID_LOGIN = "Invalid email or password";

export const authenticator = new Authenticator<PublicUser>(sessionStorage, {
  sessionKey: "authUser" as never,
});

authenticator.use(
  new FormStrategy(async ({ form, request }) => {
    const email = String(form.get("email") ?? "")
      .trim()
      .toLowerCase();
    const password = String(form.get("password") ?? "");
    const ip = request ? getClientIp(request) : "local";
    if ((await isLimited("loginIp", ip)) || (await isLimited("loginAccount", email))) {
      throw new RateLimitedError();
    }
    const result = await checkLogin(email, password);
    if ("failure" in result && result.failure === "suspended") throw new SuspendedAccountError();
    if ("failure" in result) {
      await consume("loginIp", ip);
      await consume("loginAccount", email);
      throw new AuthorizationError(INVALID_LOGIN);
    }
    return result.user;
  }),
  "form",
);

export async function getSessionId(request: Request): Promise<string | null> {
  const session = await sessionStorage.getSession(request.headers.get("Cookie"));
  const id = session.get("sessionId");
  return typeof id === "string" ? id : null;
}

async function readUser(request: Request): Promise<PublicUser | null> {
  const id = await getSessionId(request);
  return id ? getSessionUser(id) : null;
}

/**
 * Each request's user, read once: the root, the layout and the page loaders of one document all ask
 * for it with the same Request. Loaders that run after an action get a new Request from the router,
 * so a change the action made (a new name, a logout) is read again.
 */
const usersByRequest = new WeakMap<Request, Promise<PublicUser | null>>();

/** The signed-in user, or null. Read-only: never extends or writes the session. */
export function getUser(request: Request): Promise<PublicUser | null> {
  let user = usersByRequest.get(request);
  if (!user) usersByRequest.set(request, (user = readUser(request)));
  return user;
}

function loginRedirect(request: Request) {
  const url = new URL(request.url);
  const redirectTo = `${url.pathname}${url.search}`;
  return redirect(`/login?${new URLSearchParams({ redirectTo })}`);
}

/** Redirects anonymous users to login and back; 403 for the wrong role. */
export async function requireUser(
  request: Request,
  options: { role?: Role | Role[] } = {},
): Promise<PublicUser> {
  const user = await getUser(request);
  if (!user) throw loginRedirect(request);
  if (options.role) {
    const roles = Array.isArray(options.role) ? options.role : [options.role];
    if (!roles.includes(user.role) && user.role !== "admin") {
      throw new Response("This page is not available for your account type.", { status: 403 });
    }
  }
  return user;
}

export async function requireAnonymous(request: Request) {
  if (await getUser(request)) throw redirect("/dashboard");
}

/** Starts a fresh session (a new id at every login) and redirects with its cookie. */
export async function startSession(request: Request, userId: string, redirectTo: string) {
  const old = await getSessionId(request);
  if (old) deleteSession(old);
  const { id, expiresAt } = createSession(userId, {
    userAgent: request.headers.get("user-agent"),
    ipAddress: getClientIp(request),
  });
  const session = await sessionStorage.getSession();
  session.set("sessionId", id);
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await sessionStorage.commitSession(session, { expires: expiresAt }) },
  });
}

export async function endSession(request: Request, redirectTo = "/") {
  const id = await getSessionId(request);
  if (id) deleteSession(id);
  const session = await sessionStorage.getSession(request.headers.get("Cookie"));
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await sessionStorage.destroySession(session) },
  });
}
