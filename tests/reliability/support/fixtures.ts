import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { Role } from "~/db/schema";
import { saveProfile } from "~/models/portfolio/profiles.server";
import { makeUser, sessionCookie } from "../../utils";
import { request } from "./http";

export function randomSlug(prefix = "c") {
  return `${prefix}-${randomBytes(5).toString("hex")}`;
}

/** A user with a real database session: `cookie` is the header a signed-in browser would send. */
export async function signedIn(role: Role) {
  const user = await makeUser(role);
  const { cookie, sessionId } = await sessionCookie(user.id);
  return { ...user, cookie, sessionId };
}

/** A creator with a public portfolio page. */
export async function creatorWithPage(
  options: { bio?: string; visibility?: "public" | "unlisted" | "private" } = {},
) {
  const creator = await signedIn("creator");
  const slug = randomSlug();
  saveProfile(creator.id, {
    displayName: creator.displayName,
    slug,
    headline: "Reliability fixture",
    bio: options.bio ?? "",
    visibility: options.visibility ?? "public",
    categoryIds: [],
  } as Parameters<typeof saveProfile>[1]);
  return { ...creator, slug };
}

/** `times` logins with a wrong password from one address, each refused with 400 and its message. */
export async function failLogins(base: string, email: string, ip: string, times: number) {
  for (let i = 0; i < times; i++) {
    const res = await request(base, "/login", {
      form: { email, password: `wrong-password-${i}` },
      headers: { "x-forwarded-for": ip },
      timeoutMs: 10_000,
    });
    expect(res.status).toBe(400);
    expect(res.text).toContain("Invalid email or password");
  }
}
