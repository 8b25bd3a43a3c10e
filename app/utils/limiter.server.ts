import cluster from "node:cluster";
import {
  RateLimiterCluster,
  RateLimiterMemory,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";

/**
 * A rate limiter whose counts every web process shares. With one process (the default) they live in
 * its memory. In a cluster worker (WEB_CONCURRENCY > 1, server/cluster.ts) they live in the primary,
 * which answers each worker over the cluster's IPC channel: otherwise every worker would allow the
 * full limit and N workers would allow N times as many attempts. keyPrefix must be unique.
 */
export function createLimiter(options: {
  keyPrefix: string;
  points: number;
  duration: number;
}): RateLimiterAbstract {
  return cluster.isWorker
    ? new RateLimiterCluster({ ...options, timeoutMs: 3000 })
    : new RateLimiterMemory(options);
}
