import { z } from "zod";

/** "1,250.50" -> 125050. Accepts whole units with an optional 2-digit fraction. */
export function parseMoneyToCents(input: string): number | null {
  const s = input.trim().replace(/[,\s]/g, "").replace(/^\$/, "");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(s)) return null;
  const [whole, frac = ""] = s.split(".");
  return Number(whole) * 100 + Number(frac.padEnd(2, "0"));
}

export function centsToInput(cents: number) {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}

/** A required money amount typed in currency units; the parsed value is integer cents. */
export const moneyField = (label: string, { min = 1 }: { min?: number } = {}) =>
  z.string({ required_error: `${label} is required` }).transform((value, ctx) => {
    const cents = parseMoneyToCents(value);
    if (cents === null) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `${label}: enter an amount like 250 or 250.50`,
      });
      return z.NEVER;
    }
    if (cents < min) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `${label} must be at least ${(min / 100).toFixed(2)}`,
      });
      return z.NEVER;
    }
    return cents;
  });

export const CURRENCIES = ["USD", "EUR", "GBP", "SEK", "CAD", "AUD", "JPY"] as const;

/**
 * An amount in a currency without minor units (the yen) must be whole: "1000.40" would be stored
 * as typed and shown rounded. The message for such an amount, or null when it is fine.
 */
export function fractionError(cents: number, currency: string, label: string): string | null {
  if (cents % 100 === 0) return null;
  const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
    .maximumFractionDigits;
  return digits === 0 ? `${label}: ${currency} amounts are whole numbers, without decimals` : null;
}

export function todayUtc(now = new Date()) {
  return now.toISOString().slice(0, 10);
}

// One implementation of calendar-date arithmetic (bookings/dates.ts), shared with the gig board.
export { addDays, isValidDate } from "~/models/bookings/dates";
