import { z } from "zod";
import { isCalendarDate } from "../bookings/dates";

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .optional()
    .transform((v) => (v ? v : undefined));

const common = {
  title: z
    .string({ required_error: "Give it a title" })
    .trim()
    .min(1, "Give it a title")
    .max(120, "At most 120 characters"),
  date: z
    .string({ required_error: "Choose a date" })
    .trim()
    .refine(isCalendarDate, "Enter a valid date"),
  startTime: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 14:30")
    .optional(),
  brand: optional(120),
  campaign: optional(120),
  notes: optional(2000),
};

export const ShootSchema = z.object({
  intent: z.literal("shoot"),
  ...common,
  location: optional(200),
  amount: z.coerce
    .number({ invalid_type_error: "Amount must be a number" })
    .min(0, "Cannot be negative")
    .max(10_000_000, "Too large")
    .optional(),
});

export const UploadSchema = z.object({
  intent: z.literal("upload"),
  ...common,
  platform: z
    .string({ required_error: "Which platform?" })
    .trim()
    .min(1, "Which platform?")
    .max(40, "At most 40 characters"),
  contentType: z
    .string({ required_error: "What kind of content?" })
    .trim()
    .min(1, "What kind of content?")
    .max(40, "At most 40 characters"),
});

export type ShootInput = z.infer<typeof ShootSchema>;
export type UploadInput = z.infer<typeof UploadSchema>;
