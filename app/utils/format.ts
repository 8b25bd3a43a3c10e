import { numberFormat, dateFormat } from "~/utils/intl";
export function formatMoney(cents: number, currency = "USD") {
  return numberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

/** A moment as "5 Dec 2026, 10:30", in UTC unless a time zone is given, which is named after it. */
export function formatDateTime(value: Date | string | number, timeZone = "UTC") {
  const text = dateFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(value),
  );
  return timeZone === "UTC" ? `${text} UTC` : `${text} (${timeZone.replace(/_/g, " ")} time)`;
}
