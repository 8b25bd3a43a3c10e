import { z } from "zod";

/** The name, email and phone a visitor gives on public forms (inquiry, booking request, review). */
export const personName = z
  .string({ required_error: "Your name is required" })
  .trim()
  .min(1, "Your name is required")
  .max(100, "At most 100 characters");

export const emailAddress = z
  .string({ required_error: "Your email is required" })
  .trim()
  .max(254, "Email is too long")
  .email("Enter a valid email address");

export const phoneNumber = z
  .string()
  .trim()
  .regex(/^[+()\d\s.-]{6,30}$/, "Enter a valid phone number");
