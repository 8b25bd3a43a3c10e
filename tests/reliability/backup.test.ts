import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { inject, describe, expect, it } from "vitest";
import { openSqlite } from "~/db/open.server";
import { createBackup, listBackups, pruneBackups } from "~/models/ops/backup.server";
import { startApp, workerPort } from "./support/app-process";
import { dumpDatabase } from "./support/dump";
import { request } from "./support/http";

const tmp = path.join(inject("dbDir"), `backup-${process.pid}`);

/** A migrated database file with some users, profiles and inquiries, written through the app. */
async function populatedDatabase(name: string) {
  fs.mkdirSync(tmp, { recursive: true });
  const file = path.join(tmp, `${name}.db`);
  fs.copyFileSync(path.join(inject("dbDir"), "template.db"), file);
  const app = await startApp({
    port: workerPort(2),
    dbFile: file,
    env: { SEED_DEMO: "true", DEMO_PASSWORD: "demo-password-backup" },
  });
  await app.stop();
  return file;
}

function npm(args: string[], env: Record<string, string>) {
  return execFileSync("npx", ["tsx", ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("backups", () => {
  it("db:backup, destroy the database, db:restore: the data are equal", async () => {
    const file = await populatedDatabase("live");
    const before = dumpDatabase(file);
    expect(before.users!.length).toBeGreaterThan(3);
    expect(before.inquiries!.length).toBeGreaterThan(0);
    const backupDir = path.join(tmp, "backups");
    const env = { DATABASE_PATH: file, BACKUP_DIR: backupDir, BACKUP_KEEP: "3" };

    const out = npm(["scripts/backup.ts"], env);
    expect(out).toMatch(/Backed up .* to .*gigfolio-.*\.db/);
    const [backup] = listBackups(backupDir);
    expect(backup).toBeDefined();

    // Destroy: the file and its WAL are gone.
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    expect(fs.existsSync(file)).toBe(false);

    const restored = npm(["scripts/restore.ts", backup!.file], env);
    expect(restored).toContain(`Restored ${backup!.file}`);
    expect(dumpDatabase(file)).toEqual(before);
    const db = openSqlite(file, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  });

  it("restores in place under a running server, which then serves the restored data; the overwritten data are kept aside", async () => {
    const file = await populatedDatabase("running");
    const backupDir = path.join(tmp, "backups-running");
    const source = openSqlite(file, { readonly: true });
    const { file: backup } = await createBackup(source, { dir: backupDir, keep: 5 });
    source.close();
    const before = dumpDatabase(file);

    const app = await startApp({ port: workerPort(2), dbFile: file });
    try {
      const slug = (before.creator_profiles as { slug: string }[])[0]!.slug;
      const sent = await request(app.url, `/${slug}`, {
        form: {
          name: "After backup",
          email: "late@example.com",
          message: "Written after the backup was taken.",
        },
      });
      expect(sent.status).toBe(302);
      expect(dumpDatabase(file).inquiries!.length).toBe(before.inquiries!.length + 1);

      const out = npm(["scripts/restore.ts", backup], {
        DATABASE_PATH: file,
        BACKUP_DIR: backupDir,
      });
      expect(out).toMatch(/previous contents were saved to .*pre-restore-/);

      expect(dumpDatabase(file)).toEqual(before);
      // The running server sees the restored file at once and keeps working.
      expect((await request(app.url, `/${slug}`)).status).toBe(200);
      const again = await request(app.url, `/${slug}`, {
        form: {
          name: "After restore",
          email: "later@example.com",
          message: "Written after the restore finished.",
        },
      });
      expect(again.status).toBe(302);
      expect(dumpDatabase(file).inquiries!.length).toBe(before.inquiries!.length + 1);
      expect(app.output()).not.toMatch(/SQLITE_CORRUPT|malformed/);
    } finally {
      await app.stop();
    }
    const safety = fs.readdirSync(backupDir).filter((f) => f.startsWith("pre-restore-"));
    expect(safety).toHaveLength(1);
    expect(dumpDatabase(path.join(backupDir, safety[0]!)).inquiries!.length).toBe(
      before.inquiries!.length + 1,
    );
  });

  it("refuses to restore a file that is not a healthy Gigfolio backup", () => {
    fs.mkdirSync(tmp, { recursive: true });
    const junk = path.join(tmp, "junk.db");
    fs.writeFileSync(junk, "this is not a database");
    const target = path.join(tmp, "target.db");
    let message = "";
    try {
      npm(["scripts/restore.ts", junk], { DATABASE_PATH: target });
    } catch (error) {
      message = String((error as { stderr?: string }).stderr);
    }
    expect(message).toMatch(/Restore refused|not a database/);
    expect(fs.existsSync(target)).toBe(false);
  });

  it("keeps only the newest BACKUP_KEEP backups", async () => {
    const dir = path.join(tmp, "retention");
    const source = openSqlite(path.join(inject("dbDir"), "template.db"), { readonly: true });
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { file } = await createBackup(source, {
        dir,
        keep: 3,
        now: new Date(Date.UTC(2026, 0, 1, i * 6)),
      });
      made.push(file);
    }
    source.close();
    expect(listBackups(dir).map((b) => b.file)).toEqual(made.slice(2).reverse());
    expect(pruneBackups(dir, 1)).toHaveLength(2);
  });

  it("the primary backs up on a schedule and keeps BACKUP_KEEP files; a replica never does", async () => {
    const file = await populatedDatabase("scheduled");
    const primaryDir = path.join(tmp, "scheduled-primary");
    const replicaDir = path.join(tmp, "scheduled-replica");
    const litefs = path.join(tmp, "litefs-replica");
    fs.mkdirSync(litefs, { recursive: true });
    fs.writeFileSync(path.join(litefs, ".primary"), "primary-1");
    const every = String(0.6 / 3600); // 0.6 s
    const [primary, replica] = await Promise.all([
      startApp({
        port: workerPort(2),
        dbFile: file,
        env: { BACKUP_INTERVAL_HOURS: every, BACKUP_DIR: primaryDir, BACKUP_KEEP: "2" },
      }),
      startApp({
        port: workerPort(3),
        dbFile: file,
        env: {
          BACKUP_INTERVAL_HOURS: every,
          BACKUP_DIR: replicaDir,
          LITEFS_DIR: litefs,
          DATABASE_READONLY: "true",
        },
      }),
    ]);
    try {
      await new Promise((r) => setTimeout(r, 3000));
      const kept = listBackups(primaryDir);
      expect(kept).toHaveLength(2);
      expect(primary.output()).toMatch(/backup written: .*gigfolio-/);
      expect(dumpDatabase(kept[0]!.file)).toEqual(dumpDatabase(file));
      expect(listBackups(replicaDir)).toHaveLength(0);
    } finally {
      await Promise.all([primary.stop(), replica.stop()]);
    }
  });
});
