import { createRequestHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import { createRequest } from "@remix-run/node-fetch-server";
import { CLIENT_IP_HEADER } from "../app/utils/client-ip";
import {
  clientAddress,
  hostOf,
  protocolOf,
  sendPage,
  type Middleware,
  type Request,
  type Response,
} from "./http";

/**
 * Remix behind Node's own HTTP server: the request becomes a Fetch `Request` (its URL from the
 * forwarded protocol and host, as Express's adapter built it; its signal aborts when the visitor
 * goes away), and Remix's `Response` is written back whole.
 */
export function remixHandler(options: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  getLoadContext: (req: Request, res: Response) => AppLoadContext;
}): Middleware {
  const handle = createRequestHandler(options.build, options.mode);
  return (req, res, next) => {
    let request: globalThis.Request;
    try {
      const host = hostOf(req);
      if (!host) throw new TypeError("no Host header");
      request = createRequest(req, res, { protocol: `${protocolOf(req)}:`, host });
      // The address the rate limits key on, read once here; a visitor's own header of that name is
      // overwritten (or removed when there is no address).
      const address = clientAddress(req);
      if (address) request.headers.set(CLIENT_IP_HEADER, address);
      else request.headers.delete(CLIENT_IP_HEADER);
    } catch {
      // A Host (or forwarded host) that makes no URL: the client's mistake, not the server's.
      sendPage(
        res,
        400,
        "Bad request",
        "This address could not be understood. Check the link and try again.",
      );
      return;
    }
    handle(request, options.getLoadContext(req, res))
      .then((response) => send(res, response))
      .catch(next);
  };
}

/**
 * Writes a Remix response in one piece, with its Content-Length. Every Gigfolio response is whole
 * by the time Remix returns it: pages are rendered to one string (decisions 013 and 014), loaders
 * return plain data (nothing deferred), and files come from memory.
 */
async function send(res: Response, response: globalThis.Response) {
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (res.destroyed) return;
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("Set-Cookie", cookies);
  // Set here rather than left to Node: the compression middleware writes the headers before it
  // sees the body, and it drops the length itself when it does compress.
  if (body) res.setHeader("Content-Length", body.length);
  // Node writes the standard reason phrase.
  res.statusCode = response.status;
  res.end(body);
}
