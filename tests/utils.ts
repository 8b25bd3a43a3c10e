import { randomBytes } from "node:crypto";
import type { Role } from "~/db/schema";
import { createSession } from "~/models/accounts/sessions.server";
import { createUser } from "~/models/accounts/users.server";
import { sessionStorage } from "~/utils/session.server";

export const BASE = "http://localhost:3000";

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${randomBytes(6).toString("hex")}@example.com`;
}

export async function makeUser(
  role: Role = "creator",
  overrides: { email?: string; password?: string; displayName?: string } = {},
) {
  const password = overrides.password ?? "correct-horse-battery";
  const user = await createUser({
    email: overrides.email ?? uniqueEmail(role),
    password,
    displayName: overrides.displayName ?? `Test ${role}`,
    role,
  });
  return { ...user, password };
}

/** A Cookie header carrying a real database session for the user. */
export async function sessionCookie(userId: string) {
  const { id } = createSession(userId);
  const session = await sessionStorage.getSession();
  session.set("sessionId", id);
  const setCookie = await sessionStorage.commitSession(session);
  return { cookie: setCookie.split(";")[0]!, sessionId: id };
}

type Init = {
  method?: string;
  form?: Record<string, string | string[]>;
  cookie?: string;
  headers?: Record<string, string>;
};

/** Builds the Request a browser would send: GET by default, a urlencoded form POST when `form` is set. */
export function makeRequest(path: string, init: Init = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("Cookie", init.cookie);
  let body: URLSearchParams | undefined;
  if (init.form) {
    body = new URLSearchParams();
    for (const [k, v] of Object.entries(init.form)) {
      for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
    }
    headers.set("Content-Type", "application/x-www-form-urlencoded");
  }
  return new Request(`${BASE}${path}`, {
    method: init.method ?? (init.form ? "POST" : "GET"),
    headers,
    body,
  });
}

export function args(request: Request, params: Record<string, string> = {}) {
  return { request, params, context: {} };
}

/** Runs a loader or action and returns what it returned or threw, whichever it was. */
export async function settle<T>(
  fn: () => Promise<T>,
): Promise<{ thrown: boolean; value: unknown }> {
  try {
    return { thrown: false, value: await fn() };
  } catch (error) {
    return { thrown: true, value: error };
  }
}

/** Status of a loader/action outcome: a Response, a `data()` result, or a plain value (200). */
export function statusOf(outcome: unknown): number {
  if (outcome instanceof Response) return outcome.status;
  if (
    outcome &&
    typeof outcome === "object" &&
    "type" in outcome &&
    (outcome as { type: string }).type === "DataWithResponseInit"
  ) {
    return (outcome as { init?: { status?: number } }).init?.status ?? 200;
  }
  return 200;
}

export function dataOf<T = unknown>(outcome: unknown): T {
  if (
    outcome &&
    typeof outcome === "object" &&
    "type" in outcome &&
    (outcome as { type: string }).type === "DataWithResponseInit"
  ) {
    return (outcome as unknown as { data: T }).data;
  }
  return outcome as T;
}

export function locationOf(outcome: unknown): string | null {
  return outcome instanceof Response ? outcome.headers.get("Location") : null;
}
