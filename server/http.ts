import type { IncomingMessage, ServerResponse } from "node:http";
import { clientIpOf } from "../app/utils/client-ip";
import { getEnv } from "../app/utils/env.server";
import type { PageCacheContext } from "../app/utils/page-cache.server";

/**
 * The few request helpers the middleware in front of Remix needs, on Node's own request and
 * response (connect, not Express: decision 025). The app runs behind trusted proxies (Fly's proxy,
 * LiteFS's proxy), so the forwarded protocol, host and client address are believed, as Express's
 * `trust proxy` did.
 */

/** What the middleware hands on to the Remix handler for one request. */
export interface Locals {
  cspNonce?: string;
  pageCache?: PageCacheContext;
}

/** connect sets `originalUrl`; a mounted middleware sees `url` relative to its mount point. */
export type Request = IncomingMessage & { originalUrl?: string };
export type Response = ServerResponse & { locals?: Locals };
export type Next = (error?: unknown) => void;
export type Middleware = (req: Request, res: Response, next: Next) => void;

/** One request header as a string (repeated headers joined), or undefined. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** The path of the request's URL, without its query. */
export function pathOf(req: IncomingMessage): string {
  const url = req.url ?? "/";
  const mark = url.indexOf("?");
  return mark === -1 ? url : url.slice(0, mark);
}

function firstValue(value: string | undefined): string | undefined {
  const first = value?.split(",")[0]?.trim();
  return first ? first : undefined;
}

/** "https" or "http": the proxy's `X-Forwarded-Proto` (its first value), else the socket's. */
export function protocolOf(req: IncomingMessage): string {
  const encrypted = "encrypted" in req.socket && req.socket.encrypted === true;
  return firstValue(header(req, "x-forwarded-proto")) ?? (encrypted ? "https" : "http");
}

/** The host the visitor asked for: the proxy's `X-Forwarded-Host` (its first value), else `Host`. */
export function hostOf(req: IncomingMessage): string | undefined {
  return firstValue(header(req, "x-forwarded-host")) ?? header(req, "host");
}

/**
 * The visitor's address: from the header of the proxy the deployment names (CLIENT_IP_SOURCE,
 * app/utils/client-ip.ts), else the socket's peer.
 */
export function clientAddress(req: IncomingMessage): string | undefined {
  return clientIpOf(
    (name) => header(req, name),
    req.socket.remoteAddress,
    getEnv().CLIENT_IP_SOURCE,
  );
}

function escapeHtml(s: string) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A small self-contained page for the refusals that happen before Remix renders anything (a bad
 * request, a cross-site form, a body too large, too many guesses): a title, one sentence and the
 * way back. Never stored by a cache.
 */
export function sendPage(res: ServerResponse, status: number, title: string, message: string) {
  const body = Buffer.from(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
      `<title>${escapeHtml(title)} · Gigfolio</title></head><body>` +
      `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Back to Gigfolio</a></p></main></body></html>`,
    "utf8",
  );
  res.statusCode = status;
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Length", body.length);
  res.end(body);
}
