// `npm run db:backup` (production: `node build/backup.js`): an online backup of DATABASE_PATH into
// BACKUP_DIR, keeping the BACKUP_KEEP newest. Safe while the app is running.
import { openSqlite } from "../app/db/open.server";
import { backupDir, backupKeep, createBackup } from "../app/models/ops/backup.server";
import { getEnv } from "../app/utils/env.server";

const file = getEnv().DATABASE_PATH;
const sqlite = openSqlite(file, { readonly: true });
try {
  const result = await createBackup(sqlite, { dir: backupDir(), keep: backupKeep() });
  console.log(`Backed up ${file} to ${result.file} (${result.size} bytes).`);
  if (result.removed.length)
    console.log(`Removed ${result.removed.length} old backup(s): ${result.removed.join(", ")}`);
} finally {
  sqlite.close();
}
