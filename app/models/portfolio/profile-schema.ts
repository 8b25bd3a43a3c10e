import { z } from "zod";

/**
 * Paths that belong to the app; a creator cannot take them as a portfolio slug. Every first path
 * segment a route in app/routes serves, or a file in public/, must be here (tests/unit/reserved-slugs.test.ts
 * checks it); the rest are kept for pages the app may grow.
 */
export const RESERVED_SLUGS = new Set([
  "about",
  "account",
  "admin",
  "api",
  "app",
  "assets",
  "auth",
  "blog",
  "booking",
  "bookings",
  "brands",
  "build",
  "c",
  "calendar",
  "contact",
  "creators",
  "dashboard",
  "deals",
  "dev",
  "discover",
  "explore",
  "favicon.ico",
  "favicon.svg",
  "forgot-password",
  "gigs",
  "help",
  "healthcheck",
  "home",
  "inbox",
  "inquiries",
  "inquiry",
  "join",
  "legal",
  "litefs",
  "login",
  "logout",
  "manage",
  "me",
  "media",
  "messages",
  "new",
  "notifications",
  "pricing",
  "privacy",
  "public",
  "reset-password",
  "resources",
  "review",
  "reviews",
  "robots.txt",
  "search",
  "settings",
  "signup",
  "sitemap.xml",
  "static",
  "support",
  "terms",
  "u",
  "user",
  "verify-email",
  "users",
  "www",
]);

export const slugSchema = z
  .string({ required_error: "Choose a link name" })
  .trim()
  .toLowerCase()
  .min(3, "At least 3 characters")
  .max(30, "At most 30 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes")
  .refine((s) => !RESERVED_SLUGS.has(s), "This link name is reserved; choose another");

export const ProfileSchema = z.object({
  displayName: z
    .string({ required_error: "Display name is required" })
    .trim()
    .min(1, "Display name is required")
    .max(80, "At most 80 characters"),
  slug: slugSchema,
  headline: z.string().trim().max(140, "At most 140 characters").default(""),
  bio: z.string().trim().max(5000, "At most 5,000 characters").default(""),
  categoryIds: z
    .array(z.coerce.number().int().positive())
    .max(5, "Choose at most 5 categories")
    .default([]),
  visibility: z.enum(["public", "unlisted", "private"]).default("public"),
  skillIds: z
    .array(z.coerce.number().int().positive())
    .max(10, "Choose at most 10 skills")
    .default([]),
  location: z.string().trim().max(100, "At most 100 characters").default(""),
  timeZone: z
    .string()
    .trim()
    .default("UTC")
    .refine((tz) => isTimeZone(tz), "Choose a time zone from the list, e.g. Europe/Stockholm"),
  languages: z.string().trim().max(200, "At most 200 characters").default(""),
});

export function isTimeZone(tz: string) {
  if (!tz || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export type ProfileInput = z.infer<typeof ProfileSchema>;
export type ProfileSaveInput = Omit<
  ProfileInput,
  "skillIds" | "location" | "timeZone" | "languages"
> &
  Partial<Pick<ProfileInput, "skillIds" | "location" | "timeZone" | "languages">>;
