import { z } from "zod";

/** Why an admin suspends a user or removes a review: told to the user, kept in the audit log. */
export const ReasonField = z
  .string({ required_error: "Say why, in a few words." })
  .trim()
  .min(3, "Say why, in at least 3 characters.")
  .max(500, "Keep it under 500 characters.");

export const OptionalReasonField = z
  .string()
  .trim()
  .max(500, "Keep it under 500 characters.")
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || value.length >= 3, "Say why, in at least 3 characters.");

export const SuspendSchema = z.object({ intent: z.literal("suspend"), reason: ReasonField });
export const ReinstateSchema = z.object({
  intent: z.literal("reinstate"),
  reason: OptionalReasonField,
});
export const UserModerationSchema = z.discriminatedUnion("intent", [
  SuspendSchema,
  ReinstateSchema,
]);

export const RemoveReviewSchema = z.object({
  intent: z.literal("remove"),
  reviewId: z.string().min(1).max(64),
  reason: ReasonField,
});
export const RestoreReviewSchema = z.object({
  intent: z.literal("restore"),
  reviewId: z.string().min(1).max(64),
  reason: OptionalReasonField,
});
export const ReviewModerationSchema = z.discriminatedUnion("intent", [
  RemoveReviewSchema,
  RestoreReviewSchema,
]);

export const REASON_MAX = 500;

/** The admin review list's views: all, the low ratings (1–2 stars), those removed. */
export const REVIEW_FILTERS = ["all", "low", "removed"] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export const RemoveGigSchema = z.object({
  intent: z.literal("remove"),
  gigId: z.string().min(1).max(64),
  reason: ReasonField,
});

/** The admin gig list's views: gigs live on the board, and those moderators removed. */
export const GIG_FILTERS = ["live", "removed"] as const;
export type GigFilter = (typeof GIG_FILTERS)[number];
