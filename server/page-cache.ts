import onHeaders from "on-headers";
import { contentVersion } from "../app/db/query-cache.server";
import { recordProfileView } from "../app/models/analytics/record-view.server";
import { currentPageVersion } from "../app/models/portfolio/page-version.server";
import { acceptsGzip } from "../app/utils/compress-document.server";
import { withoutTrackingParams } from "../app/utils/tracking-params";
import {
  isStoredCreatorQuery,
  lookupPage,
  pageCacheEnabled,
  withScriptHashes,
  type CurrentVersions,
  type PageCacheContext,
} from "../app/utils/page-cache.server";
import { header, protocolOf, type Middleware, type Request } from "./http";

const CSP = "Content-Security-Policy";
/** One path segment: the shape of a creator's page (`/maya-lee`). */
const PAGE_PATH = /^\/[A-Za-z0-9-]+$/;
/** The home page, the creator directory and the gig board, with or without a query. */
const LIST_PATH = /^\/(?:creators|gigs)?(?:\?[^#]*)?$/;

/**
 * The URL and key of a request the page cache may answer, or null. Only anonymous requests (no
 * cookie at all) for a creator's page or a list that accept gzip; everything the rendered page's
 * links are built from (protocol, forwarded host, host, the whole URL) is part of the key, so a
 * request with other headers can never be answered with a page rendered for those. The URL is the
 * request's without tracking parameters (`utm_…`, `fbclid` …, app/utils/tracking-params.ts): a link
 * shared on a social network, which adds a new click id to every click, is the same page as the
 * plain link. Whether a response is stored is the route loader's decision (storeUntilNextWrite, or
 * the portfolio page's own).
 */
function cacheable(req: Request): { url: string; key: string } | null {
  if (req.method !== "GET" || req.headers.cookie) return null;
  const url = withoutTrackingParams(req.originalUrl ?? req.url ?? "/");
  if (!isCreatorPage(url) && !LIST_PATH.test(url)) return null;
  // Pages are stored gzipped, as compressDocument sends them.
  if (!acceptsGzip(header(req, "accept-encoding"))) return null;
  const key = [
    protocolOf(req),
    header(req, "x-forwarded-host") ?? "",
    header(req, "host") ?? "",
    url,
  ].join(" ");
  return { url, key };
}

function isCreatorPage(url: string) {
  const mark = url.indexOf("?");
  const path = mark === -1 ? url : url.slice(0, mark);
  return PAGE_PATH.test(path) && isStoredCreatorQuery(mark === -1 ? "" : url.slice(mark));
}

const current: CurrentVersions = { creator: currentPageVersion, content: contentVersion };

/**
 * Answers anonymous requests for creators' pages and lists from the page cache
 * (app/utils/page-cache.server.ts, decisions 021 and 022) when the stored page is still current,
 * counting a creator page's view as its loader would. Otherwise the request goes on to Remix with a
 * `pageCache` context, so that the page is rendered without a nonce, its CSP lists its scripts'
 * hashes and the loader may store it.
 * Placed after the security headers are set: only the CSP header is rewritten.
 */
export function anonymousPageCache(): Middleware {
  const enabled = pageCacheEnabled();
  return (req, res, next) => {
    const request = enabled ? cacheable(req) : null;
    if (!request) return next();
    const { url, key } = request;
    // The page is rendered, and its view counted, for the URL without tracking parameters, so that
    // what is stored is the plain page (its forms post to the plain URL).
    if (url !== req.originalUrl) req.url = req.originalUrl = url;
    // A reload that asks for a fresh copy (Cache-Control: no-cache) is rendered, and stored again.
    const fresh = /no-cache/i.test(header(req, "cache-control") ?? "");
    const page = fresh ? null : lookupPage(key, current);
    if (page) {
      if (page.validity.kind === "creator") {
        const url = `${protocolOf(req)}://${header(req, "host")}${req.originalUrl}`;
        recordProfileView(
          { url, headers: { get: (name) => header(req, name) ?? null } },
          page.validity.creatorId,
          null,
        );
      }
      for (const [name, value] of page.headers) res.setHeader(name, value);
      const policy = res.getHeader(CSP);
      if (typeof policy === "string")
        res.setHeader(CSP, withScriptHashes(policy, page.scriptHashes));
      res.setHeader("X-Page-Cache", "hit");
      res.setHeader("Content-Length", page.body.length);
      res.statusCode = 200;
      res.end(page.body);
      return;
    }
    // Read before anything is read for the page: a write from here on makes the stored copy stale.
    const context: PageCacheContext = { key, contentVersion: contentVersion() };
    (res.locals ??= {}).pageCache = context;
    onHeaders(res, () => {
      // Only a page its loader let the cache keep was rendered for it, without a nonce
      // (entry.server): allow its scripts by hash. Other pages keep their nonce.
      if (!context.scriptHashes) return;
      const policy = res.getHeader(CSP);
      if (typeof policy === "string") {
        res.setHeader(CSP, withScriptHashes(policy, context.scriptHashes));
      }
      res.setHeader("X-Page-Cache", "miss");
    });
    next();
  };
}
