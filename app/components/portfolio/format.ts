import { numberFormat } from "~/utils/intl";

// A list page formats a few numbers per card: the formatters are looked up once, not per call.
let compact: Intl.NumberFormat | undefined;
const currencies = new Map<string, Intl.NumberFormat>();

/** 1234567 -> "1.2M", 12400 -> "12.4K". */
export function formatCount(n: number) {
  compact ??= numberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
  return compact.format(n);
}

export function formatCents(cents: number, currency: string) {
  const digits = cents % 100 === 0 ? 0 : 2;
  const key = `${currency}|${digits}`;
  let format = currencies.get(key);
  if (!format) {
    format = numberFormat("en-US", { style: "currency", currency, maximumFractionDigits: digits });
    currencies.set(key, format);
  }
  return format.format(cents / 100);
}
