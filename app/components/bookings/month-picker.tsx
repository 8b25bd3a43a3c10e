import { useMemo, useState } from "react";
import { dateFormat } from "~/utils/intl";

const WEEKDAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

function monthLabel(month: string) {
  return dateFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

function shift(month: string, delta: number) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/**
 * Enhancement for the booking form once JavaScript runs: a month grid where unavailable days are
 * greyed out and disabled. Picking a day writes it into the form's date input, which stays the
 * source of truth (and the no-JS fallback).
 */
export function MonthPicker({
  available,
  value,
  onPick,
}: {
  available: Record<string, boolean>;
  value: string;
  onPick: (date: string) => void;
}) {
  const dates = Object.keys(available).sort();
  const first = dates[0]?.slice(0, 7) ?? "";
  const last = dates[dates.length - 1]?.slice(0, 7) ?? "";
  // Opens on the picked date's month, else on the first month with a free day (on the last day of a
  // month, with a day's notice, the current month has none).
  const [month, setMonth] = useState(() =>
    value && available[value] !== undefined
      ? value.slice(0, 7)
      : (dates.find((date) => available[date])?.slice(0, 7) ?? first),
  );
  const cells = useMemo(() => {
    const [y, m] = month.split("-").map(Number) as [number, number];
    const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
    return [
      ...Array.from({ length: lead }, () => null),
      ...Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`),
    ];
  }, [month]);
  if (!first) return null;
  return (
    <div className="rounded-md border border-slate-200 p-3" data-testid="month-picker">
      <div className="flex items-center justify-between">
        <button
          type="button"
          className="btn-secondary px-2 py-1 text-sm"
          onClick={() => setMonth(shift(month, -1))}
          disabled={month <= first}
          aria-label="Previous month"
        >
          ←
        </button>
        <p className="font-semibold" aria-live="polite">
          {monthLabel(month)}
        </p>
        <button
          type="button"
          className="btn-secondary px-2 py-1 text-sm"
          onClick={() => setMonth(shift(month, 1))}
          disabled={month >= last}
          aria-label="Next month"
        >
          →
        </button>
      </div>
      <div className="mt-2 grid grid-cols-7 gap-1 text-center text-xs" role="grid">
        {WEEKDAY_SHORT.map((d) => (
          <div key={d} className="font-medium text-slate-500">
            {d}
          </div>
        ))}
        {cells.map((date, i) =>
          date ? (
            <button
              key={date}
              type="button"
              disabled={!available[date]}
              aria-pressed={value === date}
              aria-label={`${date}${available[date] ? "" : " (unavailable)"}`}
              onClick={() => onPick(date)}
              className={`rounded py-2 text-sm ${
                value === date
                  ? "bg-brand-600 text-white"
                  : available[date]
                    ? "bg-brand-50 text-brand-900 hover:bg-brand-100"
                    : "cursor-not-allowed bg-slate-50 text-slate-300 line-through"
              }`}
            >
              {Number(date.slice(8))}
            </button>
          ) : (
            <div key={`blank-${i}`} />
          ),
        )}
      </div>
    </div>
  );
}
