import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { compressDocument } from "./utils/compress-document.server";
import { readHandoffStream } from "./utils/handoff-stream.server";
import { inlineScriptHashes, storePage } from "./utils/page-cache.server";
import { NonceProvider } from "./utils/nonce";

export const streamTimeout = 5_000;

/**
 * Renders the whole document in one synchronous pass and answers with one string. Gigfolio's
 * loaders return plain data (no deferred promises), so there is nothing to stream: the loader data
 * the browser hydrates from is read to its end first, then `renderToString` writes the page, its
 * data scripts included. See docs/decisions 013 (one piece) and 014 (render to string).
 */
export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // A page its loader let the cache keep is rendered without a nonce: its scripts are allowed by their
  // hashes (decision 021), so the same bytes can be sent again.
  const store = loadContext?.pageCache?.store;
  const pageCache = store ? loadContext.pageCache : undefined;
  const nonce =
    !pageCache && typeof loadContext?.cspNonce === "string" ? loadContext.cspNonce : undefined;
  await readHandoffStream(remixContext);
  const html = renderToString(
    <NonceProvider value={nonce}>
      <RemixServer
        context={remixContext}
        url={request.url}
        abortDelay={streamTimeout}
        nonce={nonce}
      />
    </NonceProvider>,
  );
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  // renderToString does not write the doctype (the streaming renderer did). The body goes out as
  // bytes: a string body is first scanned for lone surrogates by the Response constructor and then
  // encoded chunk by chunk on its way to the socket; Buffer.from encodes it once, natively.
  const body = Buffer.from(`<!DOCTYPE html>${html}`, "utf8");
  const sent = compressDocument(body, request, responseHeaders);
  if (pageCache && store) {
    pageCache.scriptHashes = inlineScriptHashes(body);
    if (
      responseStatusCode === 200 &&
      responseHeaders.get("Content-Encoding") === "gzip" &&
      !responseHeaders.has("Set-Cookie")
    ) {
      storePage(pageCache.key, {
        body: sent,
        headers: [...responseHeaders].filter(
          ([name]) => name.toLowerCase() !== "content-security-policy",
        ),
        scriptHashes: pageCache.scriptHashes,
        validity: store,
      });
    }
  }
  return new Response(sent, {
    headers: responseHeaders,
    status: responseStatusCode,
  });
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  console.error(error);
}
