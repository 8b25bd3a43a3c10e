import {
  bodyLimitFor,
  checkBodySize,
  checkOrigin,
  formatBytes,
  REFUSALS,
  REFUSED_PAGE_PATH,
  TOO_LARGE_PAGE_PATH,
  UPLOAD_BODY_LIMIT,
  type RefusalReason,
} from "../app/utils/origin-check.server";
import { createLimiter } from "../app/utils/limiter.server";
import {
  clientAddress,
  header,
  hostOf,
  pathOf,
  protocolOf,
  sendPage as page,
  type Middleware,
  type Request,
  type Response,
} from "./http";

/**
 * Refuses cross-site mutations (403) before the Remix handler sees them, with the app's page for
 * it (in the site's layout); the body is never read.
 */
export function originGuard(appUrl: string | undefined): Middleware {
  return (req, res, next) => {
    const verdict = checkOrigin({
      method: req.method ?? "GET",
      host: hostOf(req),
      protocol: protocolOf(req),
      origin: header(req, "origin"),
      referer: header(req, "referer"),
      secFetchSite: header(req, "sec-fetch-site"),
      appUrl,
    });
    if (verdict.ok) return next();
    console.warn(`refused cross-site ${req.method} ${pathOf(req)}: ${verdict.reason}`);
    refuseWithPage(req, res, "cross-site", next);
  };
}

/**
 * A refusal by the origin or token-guess guard: for a page load, the app's page for it in the
 * site's layout (app/routes/resources.refused.tsx, the status kept), asked for as a GET that
 * carries no body, as the body-size guard does with its 413; for Remix's data requests (JavaScript
 * on), which cannot show a page, the plain page as before.
 */
function refuseWithPage(req: Request, res: Response, reason: RefusalReason, next: () => void) {
  const { status, title, message } = REFUSALS[reason];
  if (pathOf(req).endsWith(".data")) return page(res, status, title, message);
  res.setHeader("Cache-Control", "no-store");
  toAppPage(req, `${REFUSED_PAGE_PATH}?reason=${reason}`, next);
}

/**
 * On the upload routes (photos, portfolio items) a body over UPLOAD_BODY_LIMIT but no larger than
 * this still goes on to the app, which discards it as it streams and answers with the editor and
 * "The image is larger than 5 MB…" next to the file field: a page the browser shows with JavaScript
 * on or off, where this guard's bare page would replace the form (or, fetched by Remix, show as an
 * error). It covers the photos a phone takes; larger bodies are refused here.
 */
export const UPLOAD_APP_REFUSAL_LIMIT = 25 * 1024 * 1024;

/** Above this, a body is not worth reading: refused at once and the connection closed. */
const DISCARD_LIMIT = 64 * 1024 * 1024;

/**
 * Refuses bodies over the route's limit (413) from Content-Length, before anything reads them, and
 * makes sure every body it lets through is read to its end (see discardUnreadBody).
 */
export function bodySizeGuard(): Middleware {
  return (req, res, next) => {
    const verdict = checkBodySize({
      method: req.method ?? "GET",
      pathname: pathOf(req),
      contentLength: header(req, "content-length"),
      transferEncoding: header(req, "transfer-encoding"),
    });
    const length = Number(header(req, "content-length") ?? 0);
    const appRefuses =
      bodyLimitFor(pathOf(req)) === UPLOAD_BODY_LIMIT &&
      length > UPLOAD_BODY_LIMIT &&
      length <= UPLOAD_APP_REFUSAL_LIMIT;
    if (verdict.ok || appRefuses) {
      if (length > 0) discardUnreadBody(req, res);
      return next();
    }
    const refuse = () => {
      if (verdict.status === 411)
        return page(res, 411, "Length required", "Send the request with a Content-Length header.");
      // A page load (JavaScript off): the app's own 413 page, in the site's layout, asked for as a
      // GET that carries no body. Remix's data requests (JavaScript on) cannot show a page: they
      // get the plain one, as before.
      if (!pathOf(req).endsWith(".data"))
        return toAppPage(req, `${TOO_LARGE_PAGE_PATH}?limit=${verdict.limit}`, next);
      page(
        res,
        413,
        "That is too large",
        `What you sent is bigger than the ${formatBytes(verdict.limit)} this page accepts. Make it smaller (for pictures, a smaller or compressed file) and try again.`,
      );
    };
    // Browsers send the whole body before they read the answer: for a moderately large body, read
    // and discard it first, so the user sees this page rather than "connection reset". Absurd
    // sizes and unknown lengths are answered at once and the connection closed.
    if (verdict.status === 411 || length > DISCARD_LIMIT) {
      res.setHeader("Connection", "close");
      return refuse();
    }
    req.on("end", refuse);
    req.on("error", () => res.destroy());
    req.resume();
  };
}

/**
 * Hands a refused request on to the app as a GET of its page for the refusal ("too large", 413;
 * "from another site", 403; "too many dead links", 429): the method, address and body headers are
 * replaced, so nothing after the guard sees or reads the body (it was read and thrown away by the
 * body-size guard, or is never read: Node discards an unread body once the answer is sent, or the
 * connection closes after it).
 */
function toAppPage(req: Request, url: string, next: () => void) {
  req.method = "GET";
  req.url = url;
  delete req.headers["content-length"];
  delete req.headers["content-type"];
  delete req.headers["transfer-encoding"];
  next();
}

/**
 * Once the answer is sent, reads and throws away whatever of the body the app left unread: a
 * browser looks at the answer only after it has sent the whole body, so an answer given before the
 * body was read (a redirect to the login page, an unknown item, a refused upload) would otherwise
 * never show. Node does this itself for a body nothing started to read, but not for one the Remix
 * adapter paused half-way (it stops reading when its stream is not read): its listener is removed,
 * as Node's own discarding does, and the rest flows to nowhere. Bounded by the limits above.
 */
function discardUnreadBody(req: Request, res: Response) {
  res.once("finish", () => {
    if (req.complete || req.destroyed) return;
    req.removeAllListeners("data");
    req.resume();
  });
}

/**
 * Links that carry a secret token (review, booking, calendar feed, password reset). The tokens have
 * 256 bits, so guessing cannot succeed, but a client that keeps presenting unknown or dead tokens is
 * cut off anyway: after TOKEN_GUESS_LIMIT failures (404/410) in 10 minutes it gets 429.
 */
export const TOKEN_PATHS = [
  /^\/review\/(?!thanks(?:$|[/?]))[^/]+/,
  /^\/booking\/[^/]+/,
  /^\/inquiry\/[^/]+/,
  /^\/calendar\/[^/]+/,
  /^\/reset-password(?:$|\/)/,
];
export const TOKEN_GUESS_LIMIT = 20;

export function tokenGuessGuard(): Middleware {
  const failures = createLimiter({
    keyPrefix: "token-guess",
    points: TOKEN_GUESS_LIMIT,
    duration: 10 * 60,
  });
  return async (req, res, next) => {
    const path = pathOf(req);
    if (!TOKEN_PATHS.some((p) => p.test(path))) return next();
    const key = clientAddress(req) ?? "unknown";
    // If the shared counter cannot answer (the cluster primary is restarting), the link is served:
    // the tokens cannot be guessed anyway, and a rejection here would leave the request hanging.
    const seen = await failures.get(key).catch((error: unknown) => {
      console.error("token-guess counter unavailable:", error);
      return null;
    });
    if (seen && seen.remainingPoints <= 0) {
      res.setHeader("Retry-After", String(Math.ceil(seen.msBeforeNext / 1000)));
      return refuseWithPage(req, res, "link-guesses", next);
    }
    res.on("finish", () => {
      if (res.statusCode === 404 || res.statusCode === 410)
        failures.penalty(key, 1).catch(() => {});
    });
    next();
  };
}
