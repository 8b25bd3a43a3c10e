import cluster from "node:cluster";
import { RateLimiterClusterMaster } from "rate-limiter-flexible";
import { startBackgroundJobs } from "./jobs";

const RESTART_WINDOW_MS = 60_000;

/**
 * The primary of a cluster of `count` web processes (WEB_CONCURRENCY > 1; docs/decisions 016). It
 * serves no pages: it hands each new connection to the next worker in turn, keeps the rate-limit
 * counts every worker shares (limiter.server.ts), runs the once-per-machine jobs (email, backups),
 * starts a worker again when one dies, and on SIGTERM/SIGINT stops the workers gracefully.
 */
export function runClusterPrimary(count: number) {
  // Before any worker asks for a limiter.
  new RateLimiterClusterMaster();
  const stopJobs = startBackgroundJobs({ mail: true, views: false });
  const exits: number[] = [];
  let stopping = false;
  let stopCode = 0;

  for (let i = 0; i < count; i++) cluster.fork();
  console.log(`Gigfolio primary (pid ${process.pid}) started ${count} web processes`);

  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(stopCode);
      return;
    }
    const now = Date.now();
    exits.push(now);
    while (exits[0]! < now - RESTART_WINDOW_MS) exits.shift();
    // A worker that dies at start (bad build, bad configuration) would otherwise be restarted forever.
    if (exits.length > 3 * count) {
      console.error(`web processes keep exiting (${exits.length} in a minute); stopping`);
      stop(1);
      return;
    }
    console.error(`web process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });

  function stop(exitCode: number) {
    if (stopping) return;
    stopping = true;
    stopCode = exitCode;
    stopJobs();
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(exitCode);
    // Each worker stops accepting, finishes its requests, flushes its views and exits (server/web.ts).
    for (const worker of workers) worker?.process.kill("SIGTERM");
    setTimeout(() => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
      process.exit(exitCode);
    }, 6000).unref();
  }
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
}
