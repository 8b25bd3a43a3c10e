import { describe, expect, it } from "vitest";
import { formatCents, formatCount } from "~/components/portfolio/format";

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
