import fs from "node:fs";
import path from "node:path";
import { openSqlite, type Sqlite } from "~/db/open.server";

/**
 * Online backups with SQLite's backup API (better-sqlite3 `db.backup`): pages are copied while the
 * app keeps reading and writing, and the copy is a consistent snapshot. Files are written under a
 * temporary name and renamed, so a half-written backup is never mistaken for a good one.
 */

export const BACKUP_PREFIX = "gigfolio-";
const BACKUP_SUFFIX = ".db";

/** BACKUP_DIR, or next to the database; under LiteFS, on its volume (never inside the FUSE mount). */
export function backupDir(): string {
  if (process.env.BACKUP_DIR) return path.resolve(process.env.BACKUP_DIR);
  if (process.env.LITEFS_DIR) return "/var/lib/litefs/backups";
  const dbPath = process.env.DATABASE_PATH ?? "./data/gigfolio.db";
  return path.resolve(path.dirname(dbPath), "backups");
}

/** How many backups to keep (BACKUP_KEEP, default 8: two days at one every six hours). */
export function backupKeep(): number {
  const n = Number(process.env.BACKUP_KEEP ?? 8);
  return Number.isInteger(n) && n >= 1 ? n : 8;
}

function stamp(now: Date) {
  return now.toISOString().replace(/[-:]/g, "").replace(".", "");
}

/** Backups in the folder, newest first. */
export function listBackups(dir = backupDir()): { file: string; size: number; mtimeMs: number }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(BACKUP_PREFIX) && f.endsWith(BACKUP_SUFFIX))
    .sort()
    .reverse()
    .map((f) => {
      const file = path.join(dir, f);
      const stat = fs.statSync(file);
      return { file, size: stat.size, mtimeMs: stat.mtimeMs };
    });
}

/** Deletes all but the `keep` newest backups; returns what it removed. */
export function pruneBackups(dir: string, keep: number): string[] {
  const removed = listBackups(dir)
    .slice(keep)
    .map((b) => b.file);
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

/** `PRAGMA integrity_check` on a database file: "ok" or the problems it lists. */
export function checkIntegrity(file: string): string {
  const db = openSqlite(file, { readonly: true });
  try {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join("\n");
  } finally {
    db.close();
  }
}

/** Copies the live database into a new timestamped file, verifies it and applies retention. */
export async function createBackup(
  source: Sqlite,
  options: { dir?: string; keep?: number; now?: Date } = {},
) {
  const dir = options.dir ?? backupDir();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `${BACKUP_PREFIX}${stamp(options.now ?? new Date())}${BACKUP_SUFFIX}`,
  );
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  try {
    await source.backup(partial);
    const integrity = checkIntegrity(partial);
    if (integrity !== "ok") throw new Error(`backup failed its integrity check: ${integrity}`);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  const removed = pruneBackups(dir, options.keep ?? backupKeep());
  return { file, size: fs.statSync(file).size, removed };
}

export class RestoreError extends Error {}

/**
 * Restores a backup into the database file in place, through the same backup API in reverse: the
 * copy happens inside a write transaction on the target, so a running server (or anything else
 * with the file open) sees either the old or the restored data, never a mix. The current contents
 * are saved first (`pre-restore-*.db` in the backup folder) so that a wrong restore can be undone.
 */
export async function restoreBackup(
  backupFile: string,
  targetFile: string,
  options: { safetyDir?: string } = {},
) {
  if (!fs.existsSync(backupFile)) throw new RestoreError(`No backup at ${backupFile}`);
  if (path.resolve(backupFile) === path.resolve(targetFile))
    throw new RestoreError("The backup and the database are the same file");
  const integrity = checkIntegrity(backupFile);
  if (integrity !== "ok") throw new RestoreError(`The backup is damaged: ${integrity}`);
  const source = openSqlite(backupFile, { readonly: true });
  try {
    const hasMigrations = source
      .prepare("select 1 from sqlite_master where name = '__drizzle_migrations'")
      .get();
    if (!hasMigrations)
      throw new RestoreError(`${backupFile} is not a Gigfolio database (no migrations table)`);
    let safetyCopy: string | null = null;
    if (fs.existsSync(targetFile)) {
      const dir = options.safetyDir ?? backupDir();
      fs.mkdirSync(dir, { recursive: true });
      safetyCopy = path.join(dir, `pre-restore-${stamp(new Date())}.db`);
      const current = openSqlite(targetFile);
      try {
        await current.backup(safetyCopy);
      } finally {
        current.close();
      }
    }
    await source.backup(targetFile);
    return { safetyCopy };
  } finally {
    source.close();
  }
}
