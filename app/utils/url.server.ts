import { getEnv } from "./env.server";

/** The public origin used in emails and share links. */
export function getOrigin(request?: Request): string {
  const configured = getEnv().APP_URL;
  if (configured) return configured.replace(/\/$/, "");
  if (request) {
    const url = new URL(request.url);
    return url.origin;
  }
  return `http://localhost:${getEnv().PORT}`;
}

/** Only same-site relative paths are accepted as redirect targets. */
export function safeRedirect(
  to: FormDataEntryValue | string | null | undefined,
  fallback = "/dashboard",
) {
  if (!to || typeof to !== "string") return fallback;
  if (!to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}

/**
 * A search form sent with GET carries every field, filled or not (`?q=film&platform=&location=`).
 * The same search then has many addresses: noisy to share and bookmark, and each a page of its own
 * to the page cache. Returns the address without the empty fields when there are any, else null; the
 * list loaders redirect to it.
 */
export function withoutEmptyParams(url: URL): string | null {
  const params = [...url.searchParams];
  const kept = params.filter(([, value]) => value !== "");
  if (kept.length === params.length) return null;
  const search = new URLSearchParams(kept).toString();
  return `${url.pathname}${search ? `?${search}` : ""}`;
}
