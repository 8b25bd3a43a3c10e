import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Agenda, MonthGrid, monthEntry, type MonthEntry } from "~/components/calendar/month-grid";

const days = Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, "0")}`);
const booking = (n: number): MonthEntry => ({
  kind: "booking",
  id: `b${n}`,
  time: n === 1 ? "10:00" : null,
  title: `Booking: Client ${n}`,
  status: "confirmed",
});
const entries: Record<string, MonthEntry[]> = {
  "2026-12-01": [1, 2, 3, 4, 5].map(booking),
  "2026-12-02": [{ kind: "shoot", id: "s1", time: null, title: "Jackets", status: "planned" }],
  "2026-12-03": [
    { kind: "blocked", id: "x1", time: null, title: "Blocked: Wedding", status: "blocked" },
  ],
};
const labels = (html: string) => [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);

describe("the calendar's month view", () => {
  it("names each day as its cell shows it: the date, three entries and how many more", () => {
    const html = renderToStaticMarkup(
      createElement(MonthGrid, { days, entries, today: "2026-12-02" }),
    );
    expect(labels(html)).toEqual(
      expect.arrayContaining([
        "Tue, 1 Dec 2026: 10:00 Booking: Client 1, Booking: Client 2, Booking: Client 3, and 2 more",
        "Wed, 2 Dec 2026: Shoot: Jackets",
        "Thu, 3 Dec 2026: Blocked",
        "Fri, 4 Dec 2026: nothing planned",
      ]),
    );
    // A booking's title already says "Booking": screen readers no longer hear it twice.
    expect(html).not.toContain("Booking: Booking");
    expect(html).toContain("+2 more");
  });

  it("lists every entry in the agenda, with what each is for screen readers", () => {
    const html = renderToStaticMarkup(createElement(Agenda, { days, entries }));
    for (let n = 1; n <= 5; n++) expect(html).toContain(`Booking: Client ${n}`);
    expect(html).toContain('<span class="sr-only">Shoot: </span>');
    expect(html).not.toContain('<span class="sr-only">Booking: </span>');
  });

  it("sends the page only what it shows of an entry", () => {
    expect(
      monthEntry({
        kind: "shoot",
        id: "s1",
        date: "2026-12-02",
        time: "09:00",
        title: "Jackets",
        status: "planned",
        location: "Tromsø",
      }),
    ).toEqual({ kind: "shoot", id: "s1", time: "09:00", title: "Jackets", status: "planned" });
  });
});
