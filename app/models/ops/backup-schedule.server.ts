import { sqlite } from "~/db/client.server";
import { isPrimaryInstance } from "~/utils/litefs.server";
import { createBackup } from "./backup.server";

/** BACKUP_INTERVAL_HOURS (default 6; 0 turns scheduled backups off). */
export function backupIntervalMs(): number {
  const hours = Number(process.env.BACKUP_INTERVAL_HOURS ?? 6);
  return Number.isFinite(hours) && hours > 0 ? hours * 60 * 60 * 1000 : 0;
}

/** Runs an online backup on the primary every interval; replicas skip (they hold the same data). */
export function scheduleBackups(): () => void {
  const interval = backupIntervalMs();
  if (!interval) return () => {};
  let running = false;
  const timer = setInterval(async () => {
    if (running || !isPrimaryInstance()) return;
    running = true;
    try {
      const { file, size, removed } = await createBackup(sqlite);
      console.log(
        `backup written: ${file} (${size} bytes)${removed.length ? `, removed ${removed.length} old` : ""}`,
      );
    } catch (error) {
      console.error("scheduled backup failed", error);
    } finally {
      running = false;
    }
  }, interval);
  timer.unref();
  return () => clearInterval(timer);
}
