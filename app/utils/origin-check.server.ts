/**
 * Cross-site request forgery protection for mutations, on top of SameSite=Lax cookies.
 * A non-GET/HEAD/OPTIONS request is accepted when its Origin (or, without Origin, its Referer) is
 * this site or APP_URL. A request carrying neither is accepted only when the browser did not
 * label it cross-site (Sec-Fetch-Site absent, "same-origin" or "none"): curl, server-to-server
 * calls and old browsers have no Sec-Fetch-Site, while every current browser sends it.
 */

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginCheckInput = {
  method: string;
  /** The host the request was addressed to (Host or X-Forwarded-Host), e.g. "gigfolio.example". */
  host: string | undefined;
  /** The scheme the client used (X-Forwarded-Proto or the socket's), e.g. "https". */
  protocol: string;
  origin: string | undefined;
  referer: string | undefined;
  secFetchSite: string | undefined;
  /** APP_URL, when configured. */
  appUrl: string | undefined;
};

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

function originOf(value: string | undefined): string | null {
  if (!value || value === "null") return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The origins this server accepts mutations from. */
export function allowedOrigins(
  input: Pick<OriginCheckInput, "host" | "protocol" | "appUrl">,
): Set<string> {
  const allowed = new Set<string>();
  const app = originOf(input.appUrl);
  if (app) allowed.add(app);
  if (input.host) {
    // Behind a TLS-terminating proxy the app may see http while the browser used https: accept both
    // schemes for the exact host the request was addressed to.
    const own = originOf(`${input.protocol}://${input.host}`);
    if (own) {
      allowed.add(own);
      allowed.add(own.replace(/^http:/, "https:"));
    }
  }
  return allowed;
}

export function checkOrigin(input: OriginCheckInput): OriginVerdict {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return { ok: true };
  const allowed = allowedOrigins(input);
  if (input.origin !== undefined) {
    const origin = originOf(input.origin);
    if (origin && allowed.has(origin)) return { ok: true };
    return { ok: false, reason: `Origin ${JSON.stringify(input.origin)} is not this site` };
  }
  if (input.referer !== undefined) {
    const origin = originOf(input.referer);
    if (origin && allowed.has(origin)) return { ok: true };
    return { ok: false, reason: "Referer is not this site" };
  }
  const site = input.secFetchSite?.toLowerCase();
  if (site === undefined || site === "same-origin" || site === "none") return { ok: true };
  return { ok: false, reason: `Sec-Fetch-Site is ${site} and the request carries no Origin` };
}

/** Body size limits: a small default for forms, more for the upload routes. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const UPLOAD_BODY_LIMIT = 6 * 1024 * 1024;

/** Path prefixes that accept file uploads (multipart). Add a prefix when a new upload route lands. */
export const UPLOAD_PATH_PREFIXES = ["/dashboard/profile/media", "/dashboard/profile/items"];

/** The page (app/routes/resources.too-large.tsx) a body over its page's limit is answered with. */
export const TOO_LARGE_PAGE_PATH = "/resources/too-large";

/**
 * The page (app/routes/resources.refused.tsx) the server's origin and token-guess guards answer
 * with, in the site's layout, by reason (`?reason=`): what is said, and the status it keeps.
 */
export const REFUSED_PAGE_PATH = "/resources/refused";
export const REFUSALS = {
  "cross-site": {
    status: 403,
    title: "This form came from another site",
    message:
      "For your safety Gigfolio only accepts changes sent from its own pages. Go back, reload the page and try again.",
  },
  "link-guesses": {
    status: 429,
    title: "Slow down a little",
    message:
      "Too many links from your network did not work. Check the link you were sent and try again in a few minutes.",
  },
} as const;
export type RefusalReason = keyof typeof REFUSALS;

export function refusalFor(reason: string | null): (typeof REFUSALS)[RefusalReason] | null {
  return reason !== null && Object.hasOwn(REFUSALS, reason)
    ? REFUSALS[reason as RefusalReason]
    : null;
}

export function bodyLimitFor(pathname: string): number {
  const isUpload = UPLOAD_PATH_PREFIXES.some(
    (p) => pathname === p || pathname.startsWith(`${p}/`) || pathname.startsWith(`${p}.`),
  );
  return isUpload ? UPLOAD_BODY_LIMIT : DEFAULT_BODY_LIMIT;
}

export type BodyVerdict = { ok: true } | { ok: false; status: 411 | 413; limit: number };

/**
 * Decides from the headers alone, before anything reads the body. Browsers always send
 * Content-Length for form posts; a chunked body of unknown length is refused with 411.
 */
export function checkBodySize(input: {
  method: string;
  pathname: string;
  contentLength: string | undefined;
  transferEncoding: string | undefined;
}): BodyVerdict {
  const limit = bodyLimitFor(input.pathname);
  if (
    SAFE_METHODS.has(input.method.toUpperCase()) &&
    !input.contentLength &&
    !input.transferEncoding
  )
    return { ok: true };
  if (input.contentLength !== undefined) {
    const n = Number(input.contentLength);
    if (!Number.isFinite(n) || n < 0) return { ok: false, status: 413, limit };
    return n > limit ? { ok: false, status: 413, limit } : { ok: true };
  }
  if (input.transferEncoding) return { ok: false, status: 411, limit };
  return { ok: true };
}

export function formatBytes(n: number) {
  return n >= 1024 * 1024 ? `${Math.round(n / (1024 * 1024))} MB` : `${Math.round(n / 1024)} KB`;
}
