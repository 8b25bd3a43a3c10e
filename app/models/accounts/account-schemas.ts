import { z } from "zod";

export const emailSchema = z
  .string({ required_error: "Email is required" })
  .trim()
  .toLowerCase()
  .max(254, "Email is too long")
  .email("Enter a valid email address");

export const passwordSchema = z
  .string({ required_error: "Password is required" })
  .min(10, "Password must be at least 10 characters")
  .max(200, "Password must be at most 200 characters");

export const displayNameSchema = z
  .string({ required_error: "Display name is required" })
  .trim()
  .min(1, "Display name is required")
  .max(80, "Display name must be at most 80 characters");

export const SignupSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
  role: z.enum(["creator", "brand"], {
    required_error: "Choose whether you are a creator or a brand",
    invalid_type_error: "Choose whether you are a creator or a brand",
  }),
  redirectTo: z.string().optional(),
});

export const LoginSchema = z.object({
  email: emailSchema,
  password: z
    .string({ required_error: "Password is required" })
    .min(1, "Password is required")
    .max(200),
  redirectTo: z.string().optional(),
});

export const ForgotPasswordSchema = z.object({ email: emailSchema });

export const ResetPasswordSchema = z
  .object({
    token: z.string().min(10).max(200),
    password: passwordSchema,
    confirmPassword: z.string({ required_error: "Repeat the new password" }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });

export const DisplayNameSchema = z.object({ displayName: displayNameSchema });

const currentPasswordSchema = z
  .string({ required_error: "Enter your current password" })
  .min(1, "Enter your current password")
  .max(200);

export const ChangePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: passwordSchema,
    confirmPassword: z.string({ required_error: "Repeat the new password" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one",
  });

export const ChangeEmailSchema = z.object({
  email: emailSchema,
  currentPassword: currentPasswordSchema,
});

export const DeleteAccountSchema = z.object({
  currentPassword: currentPasswordSchema,
  confirm: z.literal("on", {
    errorMap: () => ({ message: "Tick the box to confirm that everything is deleted" }),
  }),
});
