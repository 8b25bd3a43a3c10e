import type { IncomingMessage, ServerResponse } from "node:http";
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

/** The visitor's address: the first `X-Forwarded-For` entry, else the socket's peer. */
export function clientAddress(req: IncomingMessage): string | undefined {
  return firstValue(header(req, "x-forwarded-for")) ?? req.socket.remoteAddress;
}

/** Sends a whole HTML page. */
export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  headers: Record<string, string> = {},
) {
  const body = Buffer.from(html, "utf8");
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Length", body.length);
  res.end(body);
}
