import { z } from "zod";

/** Line breaks and other control characters: a name is one line (it goes in email headers). */
const NOT_ONE_LINE = /[\p{Cc}\u2028\u2029]/u;

/** The name, email and phone a visitor gives on public forms (inquiry, booking request, review). */
export const personName = z
  .string({ required_error: "Your name is required" })
  .trim()
  .min(1, "Your name is required")
  .max(100, "At most 100 characters")
  .refine((name) => !NOT_ONE_LINE.test(name), "Your name must be on one line");

export const emailAddress = z
  .string({ required_error: "Your email is required" })
  .trim()
  .max(254, "Email is too long")
  // Also one line: the address check allows no spaces or line breaks.
  .email("Enter a valid email address");

export const phoneNumber = z
  .string()
  .trim()
  .regex(/^[+()\d\s.-]{6,30}$/, "Enter a valid phone number");
