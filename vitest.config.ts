import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    // A focused test (.only) fails the run instead of silently leaving the rest of the suite out.
    allowOnly: false,
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/setup-db.ts"],
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
