import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:reliability`: crash, region, hostile input, authorization and security checks
 * against real processes from one production build (tests/reliability/support/build.ts).
 */
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/reliability/**/*.test.ts"],
    // The whole suite, 60 s load test included, takes about 3.5 minutes on 2 cores.
    // RELIABILITY_LOAD=0 leaves the load test out (`npm run test:load` runs it alone).
    exclude: process.env.RELIABILITY_LOAD === "0" ? ["tests/reliability/load/**"] : [],
    environment: "node",
    // A focused test (.only) fails the run instead of silently leaving the rest of the suite out.
    allowOnly: false,
    globalSetup: ["tests/setup/global-setup.ts", "tests/reliability/support/build.ts"],
    setupFiles: ["tests/setup/setup-db.ts"],
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ["verbose"],
  },
});
