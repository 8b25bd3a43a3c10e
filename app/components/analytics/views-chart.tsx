import { formatLongDate } from "~/models/bookings/dates";

type Day = { day: string; views: number };

const WIDTH = 720;
const HEIGHT = 180;
const AXIS = 24;

/**
 * Views per day as bars, drawn on the server as SVG (no script, no chart library): each bar names
 * its day and count on hover, and the same figures are in a table for screen readers and copying.
 */
export function ViewsChart({ daily, title }: { daily: Day[]; title: string }) {
  const highest = Math.max(0, ...daily.map((d) => d.views));
  // Bars are scaled to the highest day; with no views at all there is nothing to scale.
  const max = Math.max(1, highest);
  const slot = WIDTH / daily.length;
  const bar = Math.max(1, slot * 0.7);
  const first = daily[0]?.day;
  const last = daily.at(-1)?.day;
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
        className="h-auto w-full"
        role="img"
        aria-label={`${title}: at most ${highest} in a day`}
      >
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-300" />
        {daily.map((d, i) => {
          const h = (d.views / max) * (HEIGHT - 8);
          return (
            <rect
              key={d.day}
              x={i * slot + (slot - bar) / 2}
              y={HEIGHT - h}
              width={bar}
              height={h}
              rx={1}
              className="fill-indigo-500"
            >
              <title>{`${formatLongDate(d.day)}: ${d.views} ${d.views === 1 ? "view" : "views"}`}</title>
            </rect>
          );
        })}
        <text x={0} y={HEIGHT + 16} className="fill-slate-500 text-[11px]">
          {first ? formatLongDate(first) : ""}
        </text>
        <text x={WIDTH} y={HEIGHT + 16} textAnchor="end" className="fill-slate-500 text-[11px]">
          {last ? formatLongDate(last) : ""}
        </text>
        <text x={0} y={12} className="fill-slate-500 text-[11px]">
          {highest}
        </text>
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-600">The figures, day by day</summary>
        <table className="mt-2 w-full max-w-sm text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="text-right">
                Views
              </th>
            </tr>
          </thead>
          <tbody>
            {daily.map((d) => (
              <tr key={d.day}>
                <td>{formatLongDate(d.day)}</td>
                <td className="text-right tabular-nums">{d.views}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
