// Builds the production app into BUILD_DIR and serves it on a fresh database for the browser tests.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const buildDir = process.env.BUILD_DIR ?? ".cache/e2e-build";
const port = process.env.E2E_PORT ?? "3100";
const dbFile = path.resolve(`tests/.tmp/e2e-${port}/gigfolio.db`);

execSync("npx remix vite:build && node scripts/build-server.mjs", {
  stdio: "inherit",
  env: { ...process.env, BUILD_DIR: buildDir },
});
fs.rmSync(path.dirname(dbFile), { recursive: true, force: true });

Object.assign(process.env, {
  NODE_ENV: "production",
  PORT: port,
  BUILD_DIR: buildDir,
  DATABASE_PATH: dbFile,
  SESSION_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
  INSECURE_COOKIES: "true",
  DEV_OUTBOX: "true",
  DEMO_PASSWORD: "demo-password-e2e",
});
await import(path.resolve(buildDir, "server.js"));
