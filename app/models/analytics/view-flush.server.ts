import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { VIEW_SOURCES } from "~/db/schema/portfolio-extras";
import { isPrimaryInstance } from "~/utils/litefs.server";
import { drainViews, enqueueView, flushViews } from "./view-queue.server";

export function viewsSecret() {
  return process.env.VIEWS_SECRET || process.env.SESSION_SECRET || "";
}

export function checkViewsSecret(header: string | null) {
  const secret = viewsSecret();
  if (!secret || !header) return false;
  const a = Buffer.from(header);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const ViewBatchSchema = z
  .array(
    z.object({
      creatorId: z.string().min(1).max(64),
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      source: z.enum(VIEW_SOURCES),
      referrerHost: z.string().max(100),
      count: z.number().int().min(1).max(1_000_000),
    }),
  )
  .max(10_000);

/**
 * Called about once a second. On the primary: one write transaction for everything queued. On a
 * replica: POST the batch to /resources/views at APP_URL; the LiteFS proxy replays non-GET requests
 * to the primary (fly-replay), which writes it. A failed forward puts the counts back.
 */
export async function flushOrForwardViews(
  options: { fetchImpl?: typeof fetch; isPrimary?: boolean; appUrl?: string } = {},
) {
  const {
    fetchImpl = fetch,
    isPrimary = isPrimaryInstance(),
    appUrl = process.env.APP_URL,
  } = options;
  if (isPrimary) return flushViews();
  const batch = drainViews();
  if (!batch.length) return 0;
  try {
    if (!appUrl) throw new Error("APP_URL is not set; cannot forward views to the primary");
    const res = await fetchImpl(`${appUrl.replace(/\/$/, "")}/resources/views`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Views-Secret": viewsSecret() },
      body: JSON.stringify(batch),
    });
    if (!res.ok) throw new Error(`forward failed: ${res.status}`);
    return batch.length;
  } catch (error) {
    for (const e of batch) enqueueView(e, e.count);
    throw error;
  }
}
