import { z } from "zod";
import { ITEM_KINDS, SOCIAL_PLATFORMS, type SocialPlatform } from "~/db/schema/portfolio-extras";

export const PLATFORM_LABELS: Record<SocialPlatform, string> = {
  instagram: "Instagram",
  tiktok: "TikTok",
  youtube: "YouTube",
  x: "X",
  facebook: "Facebook",
  twitch: "Twitch",
  linkedin: "LinkedIn",
  spotify: "Spotify",
  soundcloud: "SoundCloud",
  website: "Website",
};

/** Hosts each platform's profile URLs live on (www. and m. prefixes are accepted too). */
const PLATFORM_HOSTS: Record<Exclude<SocialPlatform, "website">, string[]> = {
  instagram: ["instagram.com"],
  tiktok: ["tiktok.com"],
  youtube: ["youtube.com", "youtu.be"],
  x: ["x.com", "twitter.com"],
  facebook: ["facebook.com", "fb.com"],
  twitch: ["twitch.tv"],
  linkedin: ["linkedin.com"],
  spotify: ["open.spotify.com", "spotify.com"],
  soundcloud: ["soundcloud.com"],
};

function parseHttpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/** True when the URL is a web address on the platform's own domain (with a path for real platforms). */
export function isValidPlatformUrl(platform: SocialPlatform, value: string) {
  const url = parseHttpUrl(value);
  if (!url) return false;
  if (platform === "website") return url.hostname.includes(".");
  const host = url.hostname.toLowerCase().replace(/^(www\.|m\.)/, "");
  const ok = PLATFORM_HOSTS[platform].some((h) => host === h || host.endsWith(`.${h}`));
  return ok && url.pathname.replace(/\/+$/, "").length > 1;
}

const intFromText = (label: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/[,_\s]/g, "") : v),
    z.coerce
      .number({ invalid_type_error: `${label} must be a whole number` })
      .int(`${label} must be a whole number`)
      .min(0, `${label} cannot be negative`)
      .max(max, `${label} is too large`),
  );

export const SocialAccountSchema = z
  .object({
    platform: z.enum(SOCIAL_PLATFORMS, { errorMap: () => ({ message: "Choose a platform" }) }),
    handle: z
      .string({ required_error: "Handle is required" })
      .trim()
      .min(1, "Handle is required")
      .max(100, "At most 100 characters"),
    url: z.string({ required_error: "Link is required" }).trim().max(500, "At most 500 characters"),
    followers: intFromText("Followers", 2_000_000_000),
    engagementRate: z.coerce
      .number({ invalid_type_error: "Engagement rate must be a number" })
      .min(0, "Between 0 and 100")
      .max(100, "Between 0 and 100")
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (!isValidPlatformUrl(v.platform, v.url)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["url"],
        message:
          v.platform === "website"
            ? "Enter a full web address starting with https://"
            : `Enter a link to your ${PLATFORM_LABELS[v.platform]} profile (https://${PLATFORM_HOSTS[v.platform][0]}/…)`,
      });
    }
  });
export type SocialAccountInput = z.infer<typeof SocialAccountSchema>;

export const PortfolioItemSchema = z.object({
  kind: z.enum(ITEM_KINDS, { errorMap: () => ({ message: "Choose a kind" }) }),
  title: z
    .string({ required_error: "Title is required" })
    .trim()
    .min(1, "Title is required")
    .max(120, "At most 120 characters"),
  url: z
    .string()
    .trim()
    .max(500, "At most 500 characters")
    .refine((u) => parseHttpUrl(u) !== null, "Enter a full web address starting with https://")
    .optional(),
  description: z.string().trim().max(1000, "At most 1,000 characters").default(""),
  brand: z.string().trim().max(80, "At most 80 characters").default(""),
  itemDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-31")
    .refine(
      (d) =>
        !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
        new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      "Not a real date",
    )
    .optional(),
  featured: z
    .preprocess((v) => v === "on" || v === "true" || v === true, z.boolean())
    .default(false),
});
export type PortfolioItemInput = z.infer<typeof PortfolioItemSchema>;

/** Money typed by a person ("1,250" or "1250.50") to integer cents. */
export const moneyToCents = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/[,\s]/g, "") : v),
    z.coerce
      .number({ invalid_type_error: `${label} must be an amount like 250 or 250.50` })
      .min(0, `${label} cannot be negative`)
      .max(10_000_000, `${label} is too large`)
      .refine(
        (n) => Math.round(n * 100) === Number((n * 100).toFixed(6)),
        `${label} can have at most 2 decimals`,
      )
      .transform((n) => Math.round(n * 100)),
  );

export const CURRENCIES = [
  "USD",
  "EUR",
  "GBP",
  "SEK",
  "CAD",
  "AUD",
  "JPY",
  "INR",
  "NGN",
  "BRL",
] as const;

export const PackageSchema = z.object({
  name: z
    .string({ required_error: "Name is required" })
    .trim()
    .min(1, "Name is required")
    .max(80, "At most 80 characters"),
  price: moneyToCents("Price"),
  includes: z.string().trim().max(1000, "At most 1,000 characters").default(""),
  deliveryDays: z.coerce
    .number({ invalid_type_error: "Delivery days must be a whole number" })
    .int("Delivery days must be a whole number")
    .min(1, "At least 1 day")
    .max(365, "At most 365 days"),
});
export type PackageInput = z.infer<typeof PackageSchema>;

export const RatesSchema = z
  .object({
    currency: z.enum(CURRENCIES, { errorMap: () => ({ message: "Choose a currency" }) }),
    budgetMin: moneyToCents("Minimum budget").optional(),
    budgetMax: moneyToCents("Maximum budget").optional(),
    spacesThisMonth: z.coerce
      .number({ invalid_type_error: "Must be a whole number" })
      .int("Must be a whole number")
      .min(0, "Cannot be negative")
      .max(1000, "At most 1,000")
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.budgetMin !== undefined && v.budgetMax !== undefined && v.budgetMin > v.budgetMax) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["budgetMax"],
        message: "Maximum must be at least the minimum",
      });
    }
  });
export type RatesInput = z.infer<typeof RatesSchema>;

export const MAX_FEATURED = 3;
