import type Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { getEnv } from "~/utils/env.server";
import { openSqlite, type Sqlite } from "./open.server";
import * as schema from "./schema";

export type { Sqlite };
export type Db = BetterSQLite3Database<typeof schema>;

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

const statements = new Map<string, Database.Statement<unknown[]>>();
const MAX_STATEMENTS = 300;

/**
 * For SQL written where it runs, fixed or assembled from a fixed set of fragments (search filters):
 * compiles each distinct text once and reuses it, instead of preparing the same query on every
 * request (compiling costs 40–120 µs; a lookup, about one). Bounded, least recently used. Callers
 * must not switch a shared statement's mode (pluck, raw, expand).
 */
export function cachedStatement(source: string): Database.Statement<unknown[]> {
  let statement = statements.get(source);
  if (statement) {
    statements.delete(source);
  } else {
    statement = sqlite.prepare<unknown[]>(source);
    if (statements.size >= MAX_STATEMENTS)
      statements.delete(statements.keys().next().value as string);
  }
  statements.set(source, statement);
  return statement;
}

/**
 * A Drizzle query compiled once, on first use (after migrations have run), then executed with
 * placeholders: `const q = lazyPrepared(() => db.select()...where(eq(t.id, sql.placeholder("id"))).prepare())`.
 */
export function lazyPrepared<T>(build: () => T): () => T {
  let prepared: T | undefined;
  return () => (prepared ??= build());
}
