import { type ActionFunctionArgs } from "@remix-run/node";
import { checkViewsSecret, ViewBatchSchema } from "~/models/analytics/view-flush.server";
import { enqueueView } from "~/models/analytics/view-queue.server";

/** Internal: replicas forward their queued profile views here (reaches the primary via fly-replay). */
export async function action({ request }: ActionFunctionArgs) {
  if (!checkViewsSecret(request.headers.get("X-Views-Secret")))
    return Response.json({ ok: false }, { status: 403 });
  const parsed = ViewBatchSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ ok: false }, { status: 400 });
  // Queued, not written: the primary's flush job writes all sources in one transaction a second.
  for (const e of parsed.data) enqueueView(e, e.count);
  return Response.json({ ok: true, queued: parsed.data.length });
}

export function loader() {
  return new Response("Method not allowed", { status: 405, headers: { Allow: "POST" } });
}
