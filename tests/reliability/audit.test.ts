import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

type AuditJson = {
  metadata?: { vulnerabilities?: Record<string, number> };
  error?: { summary?: string };
};

describe("dependencies", () => {
  it("npm audit --omit=dev reports no high or critical vulnerability", (ctx) => {
    const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    let report: AuditJson = {};
    try {
      report = JSON.parse(run.stdout) as AuditJson;
    } catch {
      report = {};
    }
    const counts = report.metadata?.vulnerabilities;
    if (!counts) {
      // No advisory database reachable (offline machine): say so instead of passing silently.
      console.warn(
        `npm audit could not run here: ${report.error?.summary || (run.stderr.split("\n").find((l) => /error/i.test(l)) ?? "no report")}`,
      );
      ctx.skip();
      return;
    }
    console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
    expect({ high: counts.high ?? 0, critical: counts.critical ?? 0 }).toEqual({
      high: 0,
      critical: 0,
    });
  });
});
