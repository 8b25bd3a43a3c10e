import { z } from "zod";
import { personName, emailAddress } from "~/utils/contact-fields";

export const InquirySchema = z.object({
  name: personName,
  email: emailAddress,
  // Line endings as one: a form sent without JavaScript has \r\n, one sent by script \n. Made \n
  // before the length checks, so a line break counts once, as the browser counts it.
  message: z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value),
    z
      .string({ required_error: "A message is required" })
      .trim()
      .min(10, "Tell the creator a little more (at least 10 characters)")
      .max(5000, "At most 5,000 characters"),
  ),
  budget: z.coerce
    .number({ invalid_type_error: "Budget must be a number" })
    .min(0, "Budget cannot be negative")
    .max(10_000_000, "Budget is too large")
    .optional(),
});

export type InquiryInput = z.infer<typeof InquirySchema>;

/** Whole currency units from the form become integer cents. */
export const toCents = (amount: number | undefined) =>
  amount === undefined ? null : Math.round(amount * 100);
