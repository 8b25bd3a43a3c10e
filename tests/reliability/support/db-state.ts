import { sqlite } from "~/db/client.server";

/** Row counts of every table: refused or invalid requests must leave them all unchanged. */
export function rowCounts(): Record<string, number> {
  const tables = sqlite
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%' and name != '__drizzle_migrations' order by name",
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, sqlite.prepare(`select count(*) from "${t}"`).pluck().get() as number]),
  );
}

/**
 * Written by the primary's background job, not by the request: page views are queued in memory by
 * any GET (or a re-rendered form) and flushed about once a second.
 */
export const QUEUED_TABLES = ["profile_views"];

/** Tables whose counts differ between two snapshots. */
export function changedTables(
  before: Record<string, number>,
  after: Record<string, number>,
  ignore: string[] = [],
) {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  const skip = [...QUEUED_TABLES, ...ignore];
  return [...names]
    .filter((n) => !skip.includes(n) && before[n] !== after[n])
    .map((n) => `${n}: ${before[n]} -> ${after[n]}`);
}
