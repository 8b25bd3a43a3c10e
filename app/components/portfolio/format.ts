import { numberFormat } from "~/utils/intl";
/** 1234567 -> "1.2M", 12400 -> "12.4K". */
export function formatCount(n: number) {
  return numberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(n);
}

export function formatCents(cents: number, currency: string) {
  return numberFormat("en-US", {
    style: "currency",
    currency,
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}
