import { isbot } from "isbot";
import { classifyReferrer, enqueueView, utcDay } from "./view-queue.server";

/** What counting a view reads of a request: a Request, or the page cache's view of one. */
export type ViewRequest = { url: string; headers: Pick<Headers, "get"> };

/** Queues one view of a creator's page (no database write here). Bots and the owner are not counted. */
export function recordProfileView(
  request: ViewRequest,
  creatorId: string,
  viewerId: string | null | undefined,
) {
  if (viewerId === creatorId) return false;
  if (isbot(request.headers.get("User-Agent") ?? "")) return false;
  if (
    request.headers.get("Purpose") === "prefetch" ||
    request.headers.get("Sec-Purpose")?.includes("prefetch")
  )
    return false;
  const url = new URL(request.url);
  // Paging through the reviews (?reviews=N) is the same visit, not another view; the route and the
  // page cache both count through here.
  if (url.searchParams.has("reviews")) return false;
  const { source, referrerHost } = classifyReferrer(request.headers.get("Referer"), url.host);
  enqueueView({ creatorId, day: utcDay(), source, referrerHost });
  return true;
}
