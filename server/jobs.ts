import { deliverPendingEmails } from "../app/models/email/outbox.server";
import { getConfiguredTransport } from "../app/models/email/transport.server";
import { scheduleBackups } from "../app/models/ops/backup-schedule.server";
import { isPrimaryInstance } from "../app/utils/litefs.server";
import { flushOrForwardViews } from "../app/models/analytics/view-flush.server";

/** Periodic work that writes: it runs only while this instance holds the LiteFS lease. */
export function startBackgroundJobs() {
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
  return () => {
    clearInterval(viewsTimer);
    clearInterval(timer);
    stopBackups();
  };
}
