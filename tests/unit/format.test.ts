import { describe, expect, it } from "vitest";
import { formatCents, formatCount } from "~/components/portfolio/format";
import { formatLongDate } from "~/models/bookings/dates";

describe("numbers on cards and rate cards", () => {
  it("shortens follower counts", () => {
    expect(formatCount(1234567)).toBe("1.2M");
    expect(formatCount(12400)).toBe("12.4K");
    expect(formatCount(950)).toBe("950");
  });

  it("shows whole amounts without cents and others with, in each currency", () => {
    expect(formatCents(71000, "USD")).toBe("$710");
    expect(formatCents(6850, "USD")).toBe("$68.50");
    expect(formatCents(71000, "USD")).toBe("$710");
    expect(formatCents(6850, "EUR")).toBe("€68.50");
    expect(formatCents(120000, "GBP")).toBe("£1,200");
  });
});

describe("booking dates", () => {
  it("prints each calendar date in full, the same every time it is asked for", () => {
    expect(formatLongDate("2026-12-05")).toBe("Sat, 5 Dec 2026");
    expect(formatLongDate("2027-02-28")).toBe("Sun, 28 Feb 2027");
    // Asked again (from the memo): the same text, and a different date is not confused with it.
    expect(formatLongDate("2026-12-05")).toBe("Sat, 5 Dec 2026");
    expect(formatLongDate("2026-12-06")).toBe("Sun, 6 Dec 2026");
  });
});
