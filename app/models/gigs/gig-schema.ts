import { z } from "zod";
import { GIG_PLATFORMS } from "~/db/schema/gigs";
import { CURRENCIES, fractionError, isValidDate, moneyField, todayUtc } from "./money";

export const MAX_DELIVERABLE_LENGTH = 300;

/** Refuses a list of deliverables with a line over the limit, naming the line. */
export function longDeliverable(lines: string[], ctx: z.RefinementCtx) {
  const index = lines.findIndex((line) => line.length > MAX_DELIVERABLE_LENGTH);
  if (index !== -1)
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `Deliverable ${index + 1} is too long: at most ${MAX_DELIVERABLE_LENGTH} characters each`,
    });
}

export const PLATFORM_LABELS: Record<(typeof GIG_PLATFORMS)[number], string> = {
  instagram: "Instagram",
  tiktok: "TikTok",
  youtube: "YouTube",
  x: "X",
  facebook: "Facebook",
  twitch: "Twitch",
  linkedin: "LinkedIn",
  spotify: "Spotify",
  soundcloud: "SoundCloud",
  website: "Website / blog",
};

/** The gig editor. `today` is injectable so validation is testable. */
export function makeGigSchema(today = todayUtc()) {
  return z
    .object({
      title: z
        .string({ required_error: "Title is required" })
        .trim()
        .min(3, "At least 3 characters")
        .max(120, "At most 120 characters"),
      description: z
        .string({ required_error: "Describe the gig" })
        .trim()
        .min(20, "At least 20 characters, so creators know what you need")
        .max(10000, "At most 10,000 characters"),
      budgetMin: moneyField("Minimum budget"),
      budgetMax: moneyField("Maximum budget"),
      currency: z.enum(CURRENCIES).default("USD"),
      remote: z
        .preprocess((v) => v === "on" || v === "true" || v === true, z.boolean())
        .default(false),
      location: z.string().trim().max(120, "At most 120 characters").optional(),
      requirements: z.string().trim().max(5000, "At most 5,000 characters").default(""),
      deliverables: z
        .string({ required_error: "List at least one deliverable" })
        .transform((s) =>
          s
            .split(/\r?\n/)
            .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "").trim())
            .filter(Boolean),
        )
        .pipe(
          z
            .array(z.string())
            .min(1, "List at least one deliverable")
            .max(20, "At most 20 deliverables")
            // Checked on the list, so the message is filed under the field the form shows (a check on
            // each line would file it under "deliverables[n]", which no input has).
            .superRefine(longDeliverable),
        ),
      deadline: z
        .string({ required_error: "Choose a deadline" })
        .refine(isValidDate, "Enter a date as YYYY-MM-DD")
        .refine((d) => d >= today, "The deadline cannot be in the past"),
      creatorsWanted: z.coerce
        .number({ invalid_type_error: "Enter a number" })
        .int("Enter a whole number")
        .min(1, "At least 1 creator")
        .max(100, "At most 100 creators")
        .default(1),
      categoryIds: z
        .array(z.coerce.number().int().positive())
        .max(5, "Choose at most 5 categories")
        .default([]),
      platforms: z.array(z.enum(GIG_PLATFORMS)).max(10).default([]),
    })
    .superRefine((v, ctx) => {
      if (v.budgetMin > v.budgetMax) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["budgetMax"],
          message: "The maximum must be at least the minimum",
        });
      }
      for (const [field, label] of [
        ["budgetMin", "Minimum budget"],
        ["budgetMax", "Maximum budget"],
      ] as const) {
        const message = fractionError(v[field], v.currency, label);
        if (message) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message });
      }
      if (!v.remote && !v.location) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["location"],
          message: "Give a location, or tick remote",
        });
      }
    });
}

export const GigSchema = makeGigSchema();
export type GigInput = z.infer<ReturnType<typeof makeGigSchema>>;

export const ApplySchema = z.object({
  message: z
    .string({ required_error: "Tell the brand why you are a fit" })
    .trim()
    .min(20, "At least 20 characters")
    .max(5000, "At most 5,000 characters"),
  proposed: moneyField("Your price"),
  portfolioItemIds: z
    .array(z.string().trim().min(1).max(64))
    .max(6, "Choose at most 6 items")
    .default([]),
});
export type ApplyInput = z.infer<typeof ApplySchema>;

export const SaveNoteSchema = z.object({
  note: z.string().trim().max(2000, "At most 2,000 characters").default(""),
});

export const RejectSchema = z.object({
  message: z.string().trim().max(2000, "At most 2,000 characters").optional(),
});

export type Currency = (typeof CURRENCIES)[number];

export const GIG_SORTS = ["newest", "budget_desc", "budget_asc", "deadline"] as const;
export type GigSort = (typeof GIG_SORTS)[number];

/** /gigs query string. Anything malformed is dropped rather than failing the page. */
export function parseGigSearch(params: URLSearchParams) {
  const money = (key: string) => {
    const raw = params.get(key)?.trim();
    if (!raw) return undefined;
    const n = Number(raw.replace(/[,$]/g, ""));
    return Number.isFinite(n) && n >= 0 ? Math.round(n * 100) : undefined;
  };
  // Choice-like values are matched whatever their case (`YouTube`, `Newest`, `Beauty`, `eur`), as
  // /creators reads them (app/models/discovery/search-schema.ts); anything else is no choice.
  const sort = params.get("sort")?.trim().toLowerCase();
  const page = Number(params.get("page"));
  const deadlineBefore = params.get("deadlineBefore")?.trim();
  const platform = params.get("platform")?.trim().toLowerCase();
  const currency = params.get("currency")?.trim().toUpperCase();
  return {
    q: params.get("q")?.trim().slice(0, 200) || undefined,
    // Category links are lower-case slugs.
    category: params.get("category")?.trim().toLowerCase() || undefined,
    platform: (GIG_PLATFORMS as readonly string[]).includes(platform ?? "")
      ? (platform as (typeof GIG_PLATFORMS)[number])
      : undefined,
    budgetMin: money("budgetMin"),
    budgetMax: money("budgetMax"),
    /** The currency the budget filter and budget sorts are in, as chosen (see `budgetCurrency`). */
    currency: (CURRENCIES as readonly string[]).includes(currency ?? "")
      ? (currency as Currency)
      : undefined,
    location: params.get("location")?.trim().slice(0, 120) || undefined,
    remote: params.get("remote") === "1" || params.get("remote") === "on",
    deadlineBefore: deadlineBefore && isValidDate(deadlineBefore) ? deadlineBefore : undefined,
    sort: ((GIG_SORTS as readonly string[]).includes(sort ?? "") ? sort : "newest") as GigSort,
    page: Number.isInteger(page) && page > 0 ? Math.min(page, 1000) : 1,
  };
}
export type GigSearch = ReturnType<typeof parseGigSearch>;

/** The currency a budget filter or budget sort uses when none is chosen. */
export const DEFAULT_BUDGET_CURRENCY: Currency = "USD";

/**
 * The one currency a search's budget filter (min/max) and budget sorts compare amounts in: the chosen
 * one, else USD. There are no exchange rates, so gigs budgeted in other currencies are left out while
 * either is used. Undefined when the search uses neither: then every currency is listed.
 */
export function budgetCurrency(
  search: Pick<GigSearch, "budgetMin" | "budgetMax" | "sort" | "currency">,
): Currency | undefined {
  const usesBudget =
    search.budgetMin !== undefined ||
    search.budgetMax !== undefined ||
    search.sort === "budget_desc" ||
    search.sort === "budget_asc";
  return usesBudget ? (search.currency ?? DEFAULT_BUDGET_CURRENCY) : undefined;
}

/** How many saved gigs can be compared side by side. */
export const COMPARE_MAX = 4;
