import type { NextFunction, Request, Response } from "express";
import { checkBodySize, checkOrigin, formatBytes } from "../app/utils/origin-check.server";

function escapeHtml(s: string) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A small self-contained page: these refusals happen before Remix renders anything. */
function page(res: Response, status: number, title: string, message: string) {
  res
    .status(status)
    .type("html")
    .set("Cache-Control", "no-store")
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
        `<title>${escapeHtml(title)} · Gigfolio</title></head><body>` +
        `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to Gigfolio</a></p></main></body></html>`,
    );
}

/** Refuses cross-site mutations (403) before the Remix handler sees them. */
export function originGuard(appUrl: string | undefined) {
  return (req: Request, res: Response, next: NextFunction) => {
    const verdict = checkOrigin({
      method: req.method,
      host: req.get("x-forwarded-host")?.split(",")[0]?.trim() ?? req.get("host"),
      protocol: req.protocol,
      origin: req.get("origin"),
      referer: req.get("referer"),
      secFetchSite: req.get("sec-fetch-site"),
      appUrl,
    });
    if (verdict.ok) return next();
    console.warn(`refused cross-site ${req.method} ${req.path}: ${verdict.reason}`);
    page(
      res,
      403,
      "This form came from another site",
      "For your safety Gigfolio only accepts changes sent from its own pages. Go back, reload the page and try again.",
    );
  };
}

/** Refuses bodies over the route's limit (413) from Content-Length, before anything reads them. */
export function bodySizeGuard() {
  return (req: Request, res: Response, next: NextFunction) => {
    const verdict = checkBodySize({
      method: req.method,
      pathname: req.path,
      contentLength: req.get("content-length"),
      transferEncoding: req.get("transfer-encoding"),
    });
    if (verdict.ok) return next();
    res.set("Connection", "close");
    if (verdict.status === 411) {
      return page(res, 411, "Length required", "Send the request with a Content-Length header.");
    }
    page(
      res,
      413,
      "That is too large",
      `What you sent is bigger than the ${formatBytes(verdict.limit)} this page accepts. Make it smaller (for pictures, a smaller or compressed file) and try again.`,
    );
  };
}
