import { deliverPendingEmails } from "../app/models/email/outbox.server";
import { getConfiguredTransport } from "../app/models/email/transport.server";
import { scheduleBackups } from "../app/models/ops/backup-schedule.server";
import { isPrimaryInstance } from "../app/utils/litefs.server";
import { flushOrForwardViews } from "../app/models/analytics/view-flush.server";

/**
 * Which jobs a process runs. One web process runs both. In a cluster (server/cluster.ts) the primary
 * delivers email and takes backups, once per machine, and each worker flushes the views it counted
 * (they are queued in its own memory).
 */
export type JobSet = { mail: boolean; views: boolean };

/** Periodic work that writes: it runs only while this instance holds the LiteFS lease. */
export function startBackgroundJobs(jobs: JobSet) {
  const stops: (() => void)[] = [];
  if (jobs.mail) stops.push(startMailAndBackups());
  if (jobs.views) stops.push(startViewFlush());
  return () => {
    for (const stop of stops) stop();
  };
}

/** Email delivery every 5 seconds and the backup schedule. */
function startMailAndBackups() {
  const transport = getConfiguredTransport();
  let running = false;
  const timer = setInterval(async () => {
    if (running || !transport || !isPrimaryInstance()) return;
    running = true;
    try {
      await deliverPendingEmails(transport);
    } catch (error) {
      console.error("email delivery failed", error);
    } finally {
      running = false;
    }
  }, 5000);
  timer.unref();
  const stopBackups = scheduleBackups();
  return () => {
    clearInterval(timer);
    stopBackups();
  };
}

function startViewFlush() {
  // Profile views: one aggregated write transaction a second on the primary; replicas forward.
  let flushing = false;
  const viewsTimer = setInterval(async () => {
    if (flushing) return;
    flushing = true;
    try {
      await flushOrForwardViews();
    } catch (error) {
      console.error("profile view flush failed", error);
    } finally {
      flushing = false;
    }
  }, 1000);
  viewsTimer.unref();
  return () => clearInterval(viewsTimer);
}
