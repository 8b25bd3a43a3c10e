import { z } from "zod";

export const brandSlugSchema = z
  .string({ required_error: "Choose a link name" })
  .trim()
  .toLowerCase()
  .min(3, "At least 3 characters")
  .max(40, "At most 40 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes");

const httpUrl = (label: string, { httpsOnly = false } = {}) =>
  z
    .string()
    .trim()
    .max(300, "At most 300 characters")
    .refine(
      (s) => {
        try {
          const u = new URL(s);
          return httpsOnly
            ? u.protocol === "https:"
            : u.protocol === "https:" || u.protocol === "http:";
        } catch {
          return false;
        }
      },
      `${label}: enter a full address starting with ${httpsOnly ? "https://" : "https:// or http://"}`,
    )
    .optional();

export const BrandProfileSchema = z.object({
  company: z
    .string({ required_error: "Company name is required" })
    .trim()
    .min(1, "Company name is required")
    .max(100, "At most 100 characters"),
  slug: brandSlugSchema,
  industry: z.string().trim().max(60, "At most 60 characters").default(""),
  website: httpUrl("Website"),
  logoUrl: httpUrl("Logo", { httpsOnly: true }),
  description: z.string().trim().max(5000, "At most 5,000 characters").default(""),
});
export type BrandProfileInput = z.infer<typeof BrandProfileSchema>;

const score = (label: string) =>
  z.coerce
    .number({ required_error: `Rate ${label}`, invalid_type_error: `Rate ${label}` })
    .int()
    .min(1, `Rate ${label} from 1 to 5`)
    .max(5, `Rate ${label} from 1 to 5`);

export const BrandRatingSchema = z.object({
  overall: score("overall"),
  paymentSpeed: score("payment speed"),
  communication: score("communication"),
  professionalism: score("professionalism"),
  comment: z.string().trim().max(2000, "At most 2,000 characters").default(""),
});
export type BrandRatingInput = z.infer<typeof BrandRatingSchema>;
