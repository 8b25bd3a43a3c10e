import fs from "node:fs";
import path from "node:path";
import type { GlobalSetupContext } from "vitest/node";

/** Migrates one template database per run; each worker copies it into its own fresh file. */
export default async function setup({ provide }: GlobalSetupContext) {
  const dir = path.resolve("tests/.tmp", `vitest-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "template.db");
  const { runMigrations } = await import("../../app/db/migrate.server");
  runMigrations(template);
  provide("dbDir", dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    dbDir: string;
  }
}
