import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { openSqlite } from "./open.server";

export const migrationsFolder = () => process.env.MIGRATIONS_DIR ?? path.resolve("drizzle");

/** Applies every committed drizzle-kit migration that the file has not seen yet. Idempotent. */
export function runMigrations(file: string) {
  const sqlite = openSqlite(file);
  try {
    migrate(drizzle(sqlite), { migrationsFolder: migrationsFolder() });
  } finally {
    sqlite.close();
  }
}
