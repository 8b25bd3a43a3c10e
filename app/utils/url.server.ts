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
