import { z } from "zod";
import { personName, emailAddress, phoneNumber } from "~/utils/contact-fields";
import { isValidDate, isValidTimeZone } from "./dates";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined));

export const BookingRequestSchema = z
  .object({
    date: z
      .string({ required_error: "Choose a date" })
      .trim()
      .refine(isValidDate, "Enter a valid date (YYYY-MM-DD)"),
    packageId: optionalText(64, "Unknown package"),
    customRequest: optionalText(1000, "At most 1,000 characters"),
    startTime: z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 14:30")
      .optional(),
    durationMinutes: z.coerce
      .number({ invalid_type_error: "Duration must be a number of minutes" })
      .int("Whole minutes only")
      .min(15, "At least 15 minutes")
      .max(1440, "At most 24 hours")
      .optional(),
    name: personName,
    email: emailAddress,
    phone: phoneNumber.optional(),
    message: z
      .string({ required_error: "A message is required" })
      .trim()
      .min(10, "Tell the creator a little more (at least 10 characters)")
      .max(5000, "At most 5,000 characters"),
    budget: z.coerce
      .number({ invalid_type_error: "Budget must be a number" })
      .min(0, "Budget cannot be negative")
      .max(10_000_000, "Budget is too large")
      .optional(),
  })
  .refine((v) => v.packageId || v.customRequest, {
    path: ["customRequest"],
    message: "Choose a package or describe what you need",
  });

export type BookingRequestInput = z.infer<typeof BookingRequestSchema>;

export const AvailabilitySchema = z.object({
  timeZone: z
    .string({ required_error: "Choose a time zone" })
    .trim()
    .refine(isValidTimeZone, "Unknown time zone"),
  workingDays: z
    .array(z.coerce.number().int().min(1).max(7), {
      required_error: "Pick at least one working day",
    })
    .or(
      z.coerce
        .number()
        .int()
        .min(1)
        .max(7)
        .transform((d) => [d]),
    )
    .refine((a) => a.length > 0, "Pick at least one working day"),
  minNoticeDays: z.coerce
    .number({ required_error: "Required", invalid_type_error: "Enter a number of days" })
    .int("Whole days only")
    .min(0, "Cannot be negative")
    .max(365, "At most 365 days"),
  maxBookingsPerDay: z.coerce
    .number({ required_error: "Required", invalid_type_error: "Enter a number" })
    .int("Whole numbers only")
    .min(1, "At least 1")
    .max(50, "At most 50"),
  cancelNoticeHours: z.coerce
    .number({ required_error: "Required", invalid_type_error: "Enter a number of hours" })
    .int("Whole hours only")
    .min(0, "Cannot be negative")
    .max(720, "At most 720 hours (30 days)"),
});

export const BlockDatesSchema = z
  .object({
    from: z
      .string({ required_error: "Choose a date" })
      .trim()
      .refine(isValidDate, "Enter a valid date"),
    to: z.string().trim().refine(isValidDate, "Enter a valid date").optional(),
    reason: z.string().trim().max(200, "At most 200 characters").optional(),
  })
  .refine((v) => !v.to || v.to >= v.from, {
    path: ["to"],
    message: "The end date must be on or after the start date",
  });

export const DeclineSchema = z.object({
  intent: z.literal("decline"),
  reason: z
    .string({ required_error: "Give the client a reason" })
    .trim()
    .min(3, "Give the client a reason")
    .max(1000, "At most 1,000 characters"),
});
export const ProposeSchema = z.object({
  intent: z.literal("propose"),
  proposedDate: z
    .string({ required_error: "Choose a date" })
    .trim()
    .refine(isValidDate, "Enter a valid date"),
  note: z.string().trim().max(1000).optional(),
});
export const SimpleIntentSchema = z.object({
  intent: z.enum(["confirm", "cancel", "complete"]),
  note: z.string().trim().max(1000).optional(),
});
export const BookingActionSchema = z.discriminatedUnion("intent", [
  DeclineSchema,
  ProposeSchema,
  SimpleIntentSchema,
]);
