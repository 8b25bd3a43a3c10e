import { deliverPendingEmails } from "../app/models/email/outbox.server";
import { getConfiguredTransport } from "../app/models/email/transport.server";
import { scheduleBackups } from "../app/models/ops/backup-schedule.server";
import { isPrimaryInstance } from "../app/utils/litefs.server";

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
  return () => {
    clearInterval(timer);
    stopBackups();
  };
}
