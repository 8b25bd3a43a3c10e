import { openSqlite } from "~/db/open.server";

function rowsOf(db: ReturnType<typeof openSqlite>, table: string) {
  try {
    return db.prepare(`select * from "${table}" order by rowid`).all();
  } catch {
    // WITHOUT ROWID tables are stored in primary key order.
    return db.prepare(`select * from "${table}"`).all();
  }
}

/** Every row of every table, in a stable order: two files hold the same data iff their dumps are equal. */
export function dumpDatabase(file: string): Record<string, unknown[]> {
  const db = openSqlite(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(tables.map((t) => [t, rowsOf(db, t)]));
  } finally {
    db.close();
  }
}
