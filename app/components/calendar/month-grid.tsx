import { Link } from "~/components/link";
import { formatLongDate } from "~/models/bookings/dates";
import type { CalendarEntry } from "~/models/calendar/calendar.server";
import { dateFormat } from "~/utils/intl";

/** What the month page shows of an entry: its day is the key it is listed under. */
export type MonthEntry = Pick<CalendarEntry, "kind" | "id" | "time" | "title" | "status">;

/** The month page's entries, without what only the day page shows (length, place, platform). */
export function monthEntry({ kind, id, time, title, status }: CalendarEntry): MonthEntry {
  return { kind, id, time, title, status };
}

const WEEKDAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** "Sat, 5 Dec": built once (constructing an Intl formatter per day cost 0.2 ms each). */
const agendaDate = dateFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

export const KIND_STYLE: Record<CalendarEntry["kind"], string> = {
  booking: "bg-amber-100 text-amber-900",
  shoot: "bg-brand-100 text-brand-900",
  upload: "bg-sky-100 text-sky-900",
  blocked: "bg-slate-200 text-slate-700",
};

const KIND_LABEL: Record<CalendarEntry["kind"], string> = {
  booking: "Booking",
  shoot: "Shoot",
  upload: "Upload",
  blocked: "Blocked",
};

/** The chip's text: a booking's title and "Blocked" already say what they are. */
function chipText(entry: MonthEntry) {
  return entry.kind === "blocked" ? "Blocked" : entry.title;
}

/** What a screen reader hears before the chip's text: only shoots and uploads need saying. */
function spokenKind(entry: MonthEntry) {
  return entry.kind === "shoot" || entry.kind === "upload" ? `${KIND_LABEL[entry.kind]}: ` : "";
}

export function EntryChip({ entry }: { entry: MonthEntry }) {
  return (
    <span
      className={`chip ${KIND_STYLE[entry.kind]}${entry.status === "completed" ? " line-through" : ""}`}
      title={entry.title}
    >
      {spokenKind(entry) ? <span className="sr-only">{spokenKind(entry)}</span> : null}
      {entry.time ? `${entry.time} ` : ""}
      {chipText(entry)}
    </span>
  );
}

/** A day's link, read out as the cell shows it: the date, its first three entries, how many more. */
function dayLabel(date: string, list: MonthEntry[]) {
  if (list.length === 0) return `${formatLongDate(date)}: nothing planned`;
  const shown = list
    .slice(0, 3)
    .map((e) => `${spokenKind(e)}${e.time ? `${e.time} ` : ""}${chipText(e)}`);
  if (list.length > 3) shown.push(`and ${list.length - 3} more`);
  return `${formatLongDate(date)}: ${shown.join(", ")}`;
}

/** Desktop: a month grid. Each day links to its day page. */
export function MonthGrid({
  days,
  entries,
  today,
}: {
  days: string[];
  entries: Record<string, MonthEntry[]>;
  today: string;
}) {
  const lead = (new Date(`${days[0]}T00:00:00Z`).getUTCDay() + 6) % 7;
  return (
    <div className="hidden md:block">
      <div className="grid grid-cols-7 gap-px overflow-hidden rounded-md border border-slate-200 bg-slate-200 text-sm">
        {WEEKDAY_SHORT.map((d) => (
          <div key={d} className="bg-slate-50 p-2 text-center font-medium text-slate-600">
            {d}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`lead-${i}`} className="bg-white" />
        ))}
        {days.map((date) => {
          const list = entries[date] ?? [];
          const blocked = list.some((e) => e.kind === "blocked");
          return (
            <Link
              key={date}
              to={`/dashboard/calendar/${date}`}
              className={`min-h-24 space-y-1 p-1.5 hover:bg-brand-50 ${blocked ? "bg-slate-100" : "bg-white"}`}
              aria-label={dayLabel(date, list)}
            >
              <span
                className={`text-xs font-semibold ${date === today ? "rounded-full bg-brand-600 px-1.5 text-white" : "text-slate-600"}`}
              >
                {Number(date.slice(8))}
              </span>
              {list.slice(0, 3).map((e) => (
                <EntryChip key={`${e.kind}-${e.id}`} entry={e} />
              ))}
              {list.length > 3 ? (
                <span className="block text-xs text-slate-500">+{list.length - 3} more</span>
              ) : null}
            </Link>
          );
        })}
      </div>
    </div>
  );
}

/** Phones: an agenda list of the days that have something on them. */
export function Agenda({
  days,
  entries,
}: {
  days: string[];
  entries: Record<string, MonthEntry[]>;
}) {
  const busy = days.filter((d) => entries[d]?.length);
  return (
    <div className="md:hidden">
      {busy.length === 0 ? (
        <p className="card text-center text-slate-600">Nothing planned this month.</p>
      ) : (
        <ol className="space-y-3" aria-label="Agenda">
          {busy.map((date) => (
            <li key={date} className="card">
              <Link to={`/dashboard/calendar/${date}`} className="link font-semibold">
                {agendaDate.format(new Date(`${date}T00:00:00Z`))}
              </Link>
              <ul className="mt-1 space-y-1">
                {entries[date]!.map((e) => (
                  <li key={`${e.kind}-${e.id}`}>
                    <EntryChip entry={e} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
