import { numberFormat, dateFormat } from "~/utils/intl";
export function formatMoney(cents: number, currency = "USD") {
  return numberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

export function formatDateTime(value: Date | string | number) {
  return (
    dateFormat("en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
    }).format(new Date(value)) + " UTC"
  );
}
