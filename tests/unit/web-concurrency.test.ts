import { describe, expect, it } from "vitest";
import { MEMORY_PER_PROCESS, webProcessCount } from "../../server/concurrency";

const GB = 2 ** 30;

describe("how many web processes a machine runs", () => {
  it("takes a number as given", () => {
    expect(webProcessCount(1, { cpus: 8, memoryBytes: 32 * GB })).toBe(1);
    expect(webProcessCount(3, { cpus: 2, memoryBytes: 1 * GB })).toBe(3);
  });

  it("auto: one per CPU when memory allows", () => {
    expect(webProcessCount("auto", { cpus: 2, memoryBytes: 4 * GB })).toBe(2);
    expect(webProcessCount("auto", { cpus: 8, memoryBytes: 24 * GB })).toBe(8);
  });

  it("auto: never more than memory holds, and always at least one", () => {
    expect(webProcessCount("auto", { cpus: 4, memoryBytes: 1 * GB })).toBe(2);
    expect(webProcessCount("auto", { cpus: 2, memoryBytes: 256 * 2 ** 20 })).toBe(1);
    expect(webProcessCount("auto", { cpus: 1, memoryBytes: 8 * GB })).toBe(1);
    expect(webProcessCount("auto", { cpus: 16, memoryBytes: 3 * MEMORY_PER_PROCESS + 1 })).toBe(3);
  });
});
