import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { openSqlite } from "./open.server";

export const migrationsFolder = () => process.env.MIGRATIONS_DIR ?? path.resolve("drizzle");

/**
 * Applies every committed drizzle-kit migration that the file has not seen yet. Idempotent.
 *
 * Foreign keys are off while migrations run: drizzle applies them in one transaction, where the
 * `PRAGMA foreign_keys=OFF` of a generated table rebuild is ignored, and dropping the old copy of a
 * table would then cascade into every table that references it. When this call applied a
 * migration, every foreign key is checked afterwards and a violation stops the start with the rows
 * named. A start with nothing to apply skips the check (3–4 s on the 1.4 GB benchmark database);
 * the app itself always writes with foreign keys on.
 */
export function runMigrations(file: string) {
  const sqlite = openSqlite(file);
  try {
    sqlite.pragma("foreign_keys = OFF");
    const appliedCount = () => {
      try {
        return sqlite.prepare(`select count(*) from __drizzle_migrations`).pluck().get() as number;
      } catch {
        return 0; // a new database: drizzle creates the table on its first run
      }
    };
    const before = appliedCount();
    migrate(drizzle(sqlite), { migrationsFolder: migrationsFolder() });
    if (appliedCount() === before) return;
    const violations = sqlite.pragma("foreign_key_check") as {
      table: string;
      rowid: number;
      parent: string;
    }[];
    if (violations.length > 0) {
      const sample = violations
        .slice(0, 5)
        .map((v) => `${v.table} row ${v.rowid} → ${v.parent}`)
        .join(", ");
      throw new Error(
        `After migrating, ${violations.length} rows break a foreign key (${sample}). Fix them and start again.`,
      );
    }
  } finally {
    sqlite.close();
  }
}
