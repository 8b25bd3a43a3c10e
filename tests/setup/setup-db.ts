import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

// A fresh SQLite file per test worker, copied from the migrated template.
const dir = inject("dbDir");
const file = path.join(dir, `worker-${process.env.VITEST_POOL_ID ?? "0"}.db`);
if (!fs.existsSync(file)) fs.copyFileSync(path.join(dir, "template.db"), file);
process.env.DATABASE_PATH = file;
process.env.NODE_ENV = "test";
process.env.SESSION_SECRET ??= "test-secret-test-secret-test-secret-0123";
