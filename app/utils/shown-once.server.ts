import { createCookie, redirect } from "@remix-run/node";
import { signedCookieBase } from "./session.server";

/**
 * A secret URL that is shown once (a calendar feed, a review link) has to survive the redirect after
 * the post that made it (POST/redirect/GET: a reload must not post again, which would revoke the URL
 * just copied). Only its hash is stored, so it travels to the next page in a short-lived, signed,
 * httpOnly cookie that the page reads once and clears. A cookie, not memory: the next request may be
 * served by another web process (decision 016) or region.
 */
const cookie = createCookie("__shown_once", {
  ...signedCookieBase(),
  // Not /dashboard/calendar: the calendar's data requests go to /dashboard/calendar.data.
  path: "/dashboard",
  maxAge: 120,
});

type ShownOnce = { userId: string; key: string; url: string };

/** Redirects to `location`, carrying `url` for `key` (what it is for) to the user's next page. */
export async function redirectShowingOnce(location: string, value: ShownOnce): Promise<Response> {
  return redirect(location, { headers: { "Set-Cookie": await cookie.serialize(value) } });
}

/**
 * The URL carried for this user and a key this page shows (`wanted`), if any, and the header that
 * clears it: a reload no longer shows it. Another page's URL is left for that page. `headers` is
 * undefined when there is nothing to clear: the page sets no cookie then.
 */
export async function takeShownOnce(
  request: Request,
  userId: string,
  wanted: (key: string) => boolean,
): Promise<{ shown: { key: string; url: string } | null; headers?: HeadersInit }> {
  const header = request.headers.get("Cookie");
  if (!header?.includes("__shown_once=")) return { shown: null };
  const value = (await cookie.parse(header)) as Partial<ShownOnce> | null;
  const valid =
    value &&
    value.userId === userId &&
    typeof value.key === "string" &&
    typeof value.url === "string";
  if (valid && !wanted(value.key!)) return { shown: null };
  const headers = { "Set-Cookie": await cookie.serialize("", { maxAge: 0 }) };
  return { shown: valid ? { key: value.key!, url: value.url! } : null, headers };
}
