import { execSync } from "node:child_process";
import path from "node:path";

/** Vitest global setup: one production build per run, shared by every server the suite starts. */
export default function setup() {
  const buildDir = (process.env.BUILD_DIR ??= ".cache/reliability-build");
  if (process.env.RELIABILITY_SKIP_BUILD === "1") return;
  execSync("npx remix vite:build && node scripts/build-server.mjs", {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, BUILD_DIR: buildDir },
  });
  console.log(`reliability: production build in ${path.resolve(buildDir)}`);
}
