import cluster from "node:cluster";
import os from "node:os";
import { runMigrations } from "../app/db/migrate.server";
import { getEnv } from "../app/utils/env.server";
import { isPrimaryInstance } from "../app/utils/litefs.server";
import { runClusterPrimary } from "./cluster";
import { webProcessCount } from "./concurrency";
import { startWebServer } from "./web";

let env: ReturnType<typeof getEnv>;
try {
  env = getEnv();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// Vite's dev server is one process; production may use several (WEB_CONCURRENCY, decision 016).
const processes =
  env.NODE_ENV === "development"
    ? 1
    : webProcessCount(env.WEB_CONCURRENCY, {
        cpus: os.availableParallelism(),
        memoryBytes: os.totalmem(),
      });

if (cluster.isPrimary) {
  // Once per machine, before the first request; cluster workers never migrate or seed.
  if (isPrimaryInstance()) {
    runMigrations(env.DATABASE_PATH);
    if (env.SEED_DEMO ?? true) {
      const { seedDemoIfEmpty } = await import("../app/db/seed.server");
      await seedDemoIfEmpty();
    }
  }
}

if (cluster.isPrimary && processes > 1) {
  runClusterPrimary(processes);
} else if (cluster.isWorker) {
  await startWebServer(env, {
    jobs: { mail: false, views: true },
    label: `web process ${cluster.worker!.id} (pid ${process.pid})`,
  });
} else {
  await startWebServer(env, { jobs: { mail: true, views: true }, label: "" });
}
