import { z } from "zod";
import { personName, emailAddress, phoneNumber } from "~/utils/contact-fields";

/** Also enforced by a CHECK on reviews.body. */
export const REVIEW_MIN_BODY = 20;

export const ReviewSchema = z.object({
  rating: z.coerce
    .number({
      required_error: "Choose a rating from 1 to 5",
      invalid_type_error: "Choose a rating from 1 to 5",
    })
    .int("Choose a rating from 1 to 5")
    .min(1, "Choose a rating from 1 to 5")
    .max(5, "Choose a rating from 1 to 5"),
  body: z
    .string({ required_error: "Write a few words about your experience" })
    .trim()
    .min(REVIEW_MIN_BODY, `Write at least ${REVIEW_MIN_BODY} characters`)
    .max(5000, "At most 5,000 characters"),
  name: personName,
  email: emailAddress,
  phone: phoneNumber.optional(),
  consent: z.literal("on", {
    errorMap: () => ({ message: "Please agree to publish your review" }),
  }),
});

export type ReviewInput = z.infer<typeof ReviewSchema>;

export const ReplySchema = z.object({
  intent: z.literal("reply"),
  reply: z
    .string({ required_error: "Write a reply" })
    .trim()
    .min(1, "Write a reply")
    .max(2000, "At most 2,000 characters"),
});
