import { createCookieSessionStorage } from "@remix-run/node";
import { SESSION_TTL_MS } from "~/models/accounts/sessions.server";
import { getEnv } from "./env.server";

const DEV_SECRET = "gigfolio-development-secret-not-for-production";

/** What every cookie the app signs shares: its secret, and Secure outside local production runs. */
export function signedCookieBase() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: getEnv().NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
    secrets: [getEnv().SESSION_SECRET ?? DEV_SECRET],
  };
}

/**
 * The cookie carries only the signed id of a row in `sessions`; everything else lives in the
 * database, so a session can be listed and revoked.
 */
export const sessionStorage = createCookieSessionStorage<{ sessionId: string }>({
  cookie: {
    name: "__session",
    ...signedCookieBase(),
    path: "/",
    maxAge: SESSION_TTL_MS / 1000,
  },
});
