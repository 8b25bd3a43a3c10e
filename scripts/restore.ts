// `npm run db:restore -- <backup file>` (production: `node build/restore.js <file>`): restores a
// backup into DATABASE_PATH in place. Safe while the app is running (see app/models/ops/backup.server.ts);
// the current data are saved to BACKUP_DIR/pre-restore-*.db first. Without a file it lists backups.
import { listBackups, restoreBackup, RestoreError } from "../app/models/ops/backup.server";
import { getEnv } from "../app/utils/env.server";

const backupFile = process.argv[2];
const target = getEnv().DATABASE_PATH;

if (!backupFile) {
  console.error("Usage: npm run db:restore -- <backup file>\n\nAvailable backups, newest first:");
  for (const b of listBackups())
    console.error(`  ${b.file}  ${new Date(b.mtimeMs).toISOString()}  ${b.size} bytes`);
  process.exit(2);
}

try {
  const { safetyCopy } = await restoreBackup(backupFile, target);
  console.log(`Restored ${backupFile} into ${target}.`);
  if (safetyCopy) console.log(`The previous contents were saved to ${safetyCopy}.`);
} catch (error) {
  if (error instanceof RestoreError) {
    console.error(`Restore refused: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
