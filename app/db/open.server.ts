import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { getEnv } from "~/utils/env.server";

export type Sqlite = Database.Database;

/** Opens a SQLite file with the pragmas Gigfolio relies on. The only place a connection is made. */
export function openSqlite(file: string, options: { readonly?: boolean } = {}): Sqlite {
  if (!options.readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  if (!options.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Negative: KiB. The page cache saves a system call per page read; size it to the hot data.
  sqlite.pragma(`cache_size = -${getEnv().SQLITE_CACHE_KB}`);
  sqlite.pragma("temp_store = MEMORY");
  sqlite.pragma(`mmap_size = ${getEnv().SQLITE_MMAP_BYTES}`);
  return sqlite;
}
