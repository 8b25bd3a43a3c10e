import { z } from "zod";
import { SOCIAL_PLATFORMS } from "~/db/schema/portfolio-extras";
import { CURRENCIES } from "~/models/portfolio/portfolio-schemas";

export const SORTS = ["relevance", "followers", "rating", "newest", "price"] as const;
export type Sort = (typeof SORTS)[number];

const optionalNumber = (max: number) =>
  z
    .preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.coerce.number().min(0).max(max).optional(),
    )
    .catch(undefined);

/** The longest search: a longer one is cut to this rather than dropped (the page shows what ran). */
export const MAX_QUERY_LENGTH = 100;

/** Choice-like values are matched whatever their case (`PHOTOGRAPHY`, `TikTok`, `usd`). */
const lower = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : v);
const upper = (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase() : v);

/** Query-string filters for /creators. Bad values are dropped rather than failing the page. */
export const CreatorSearchSchema = z.object({
  q: z
    .string()
    .transform((q) => q.trim().slice(0, MAX_QUERY_LENGTH).trim())
    .catch("")
    .default(""),
  category: z
    .preprocess(
      lower,
      z
        .string()
        .max(40)
        .regex(/^[a-z0-9-]*$/),
    )
    .catch("")
    .default(""),
  platform: z.preprocess(lower, z.enum(SOCIAL_PLATFORMS)).optional().catch(undefined),
  location: z.string().trim().max(60).catch("").default(""),
  minPrice: optionalNumber(10_000_000),
  maxPrice: optionalNumber(10_000_000),
  /** The currency a price range is in: only creators who price in it match (no exchange rates). */
  currency: z.preprocess(upper, z.enum(CURRENCIES)).catch("USD").default("USD"),
  minFollowers: optionalNumber(2_000_000_000),
  minRating: optionalNumber(5),
  sort: z.preprocess(lower, z.enum(SORTS)).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type CreatorSearch = z.infer<typeof CreatorSearchSchema>;

export function parseCreatorSearch(params: URLSearchParams): CreatorSearch {
  return CreatorSearchSchema.parse(Object.fromEntries(params));
}
