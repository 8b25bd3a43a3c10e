import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { getEnv } from "~/utils/env.server";
import * as schema from "./schema";

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema>;

/** Opens a SQLite file with the pragmas Gigfolio relies on. The only place a connection is made. */
export function openSqlite(file: string, options: { readonly?: boolean } = {}): Sqlite {
  if (!options.readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("cache_size = -20000");
  sqlite.pragma("temp_store = MEMORY");
  sqlite.pragma(`mmap_size = ${getEnv().SQLITE_MMAP_BYTES}`);
  return sqlite;
}

type Handle = { sqlite: Sqlite; db: Db; file: string };
const globalForDb = globalThis as unknown as { __gigfolioDb?: Handle };

function connect(): Handle {
  const file = getEnv().DATABASE_PATH;
  const existing = globalForDb.__gigfolioDb;
  if (existing && existing.file === file && existing.sqlite.open) return existing;
  const readonly = process.env.DATABASE_READONLY === "true";
  const sqlite = openSqlite(file, { readonly });
  const handle = { sqlite, db: drizzle(sqlite, { schema }), file };
  globalForDb.__gigfolioDb = handle;
  return handle;
}

const handle = connect();

/** The raw better-sqlite3 connection, for prepared statements on hot paths and transactions. */
export const sqlite: Sqlite = handle.sqlite;
/** The Drizzle query builder over the same connection. */
export const db: Db = handle.db;

/** Runs fn inside BEGIN IMMEDIATE so that check-then-insert sequences cannot race. */
export function immediateTransaction<T>(fn: () => T): T {
  return sqlite.transaction(fn).immediate();
}

/** A prepared statement compiled on first use and reused: the shape for hot queries. */
export function lazyStatement(source: string) {
  let statement: Database.Statement<unknown[]> | undefined;
  return () => (statement ??= sqlite.prepare<unknown[]>(source));
}
