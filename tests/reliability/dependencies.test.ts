import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

type NpmLs = { problems?: string[] };

describe("dependencies", () => {
  // Known vulnerabilities need the registry's advisory service, which is not reachable from every
  // machine the suite runs on: `npm run audit` (scripts/audit.mjs) checks them where it is.
  it("every production dependency is installed at a version its dependents accept, peer dependencies included", () => {
    const run = spawnSync("npm", ["ls", "--omit=dev", "--all", "--json"], {
      encoding: "utf8",
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const tree = JSON.parse(run.stdout) as NpmLs;
    expect(tree.problems ?? []).toEqual([]);
    expect(run.status).toBe(0);
  });
});
