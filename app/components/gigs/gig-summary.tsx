import { formatMoney } from "~/utils/format";

export function budgetText(g: {
  budgetMinCents: number;
  budgetMaxCents: number;
  currency: string;
}) {
  return g.budgetMinCents === g.budgetMaxCents
    ? formatMoney(g.budgetMinCents, g.currency)
    : `${formatMoney(g.budgetMinCents, g.currency)}–${formatMoney(g.budgetMaxCents, g.currency)}`;
}

export function whereText(g: { remote: boolean | number; location: string | null }) {
  if (g.remote && g.location) return `${g.location} or remote`;
  if (g.remote) return "Remote";
  return g.location ?? "";
}
