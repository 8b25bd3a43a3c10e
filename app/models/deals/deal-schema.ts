import { z } from "zod";
import { longDeliverable } from "~/models/gigs/gig-schema";
import { moneyField } from "~/models/gigs/money";

export const OFFER_TTL_CHOICES = [1, 3, 7, 14] as const;

export const OfferSchema = z.object({
  amount: moneyField("Amount"),
  deliverables: z
    .string({ required_error: "List the deliverables" })
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.replace(/^[-*•\s]+/, "").trim())
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
  timelineDays: z.coerce
    .number({
      required_error: "How many days to deliver?",
      invalid_type_error: "Enter a number of days",
    })
    .int("Enter whole days")
    .min(1, "At least 1 day")
    .max(365, "At most 365 days"),
  message: z.string().trim().max(2000, "At most 2,000 characters").default(""),
  expiresInDays: z.coerce
    .number()
    .int()
    .refine(
      (n) => (OFFER_TTL_CHOICES as readonly number[]).includes(n),
      "Choose how long the offer stays open",
    )
    .default(7),
});
export type OfferInput = z.infer<typeof OfferSchema>;

export const SubmitDeliverableSchema = z.object({
  url: z
    .string({ required_error: "Add a link to the work" })
    .trim()
    .max(500, "At most 500 characters")
    .refine((s) => {
      try {
        return ["https:", "http:"].includes(new URL(s).protocol);
      } catch {
        return false;
      }
    }, "Enter a full link starting with https://"),
  note: z.string().trim().max(2000, "At most 2,000 characters").default(""),
});

export const RevisionSchema = z.object({
  note: z
    .string({ required_error: "Say what should change" })
    .trim()
    .min(5, "Say what should change (at least 5 characters)")
    .max(2000, "At most 2,000 characters"),
});

export const CancelDealSchema = z.object({
  reason: z
    .string({ required_error: "Give a reason" })
    .trim()
    .min(5, "Give a reason (at least 5 characters)")
    .max(2000, "At most 2,000 characters"),
});

export const CreatorReviewSchema = z.object({
  rating: z.coerce
    .number({ required_error: "Choose a rating", invalid_type_error: "Choose a rating" })
    .int()
    .min(1, "Choose 1 to 5")
    .max(5, "Choose 1 to 5"),
  body: z
    .string({ required_error: "Write a few words" })
    .trim()
    .min(20, "At least 20 characters")
    .max(5000, "At most 5,000 characters"),
});
