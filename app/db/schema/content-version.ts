import { sql } from "drizzle-orm";
import { check, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * One row: the version of everything the read caches show (decision 023). Triggers on every table
 * but the few no cached read or cached page depends on (view counters, sessions, reset tokens, the
 * email outbox) add one to `version` on each inserted, updated or deleted row, so the query cache
 * and the list pages' page cache compare one number instead of "did anything at all commit". The
 * epoch is drawn when the database is created, so another database file never shares a version.
 */
export const contentVersion = sqliteTable(
  "content_version",
  {
    id: integer("id").primaryKey(),
    epoch: text("epoch").notNull(),
    version: integer("version").notNull().default(0),
  },
  (t) => [
    check("content_version_single_row", sql`${t.id} = 1`),
    check("content_version_not_negative", sql`${t.version} >= 0`),
  ],
);
