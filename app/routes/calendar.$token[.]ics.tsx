import { invariantResponse } from "@epic-web/invariant";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { buildFeed, feedOwner } from "~/models/calendar/feeds.server";
import { getOrigin } from "~/utils/url.server";

/** The creator's calendar at a secret, revocable URL, for calendar apps to subscribe to. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const creatorId = feedOwner(params.token ?? "");
  invariantResponse(creatorId, "This calendar feed does not exist or was revoked.", {
    status: 404,
  });
  const body = buildFeed(creatorId, getOrigin(request));
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="gigfolio.ics"',
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
