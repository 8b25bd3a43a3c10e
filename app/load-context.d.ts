import "@remix-run/node";
import type { PageCacheContext } from "./utils/page-cache.server";

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    /** Present when the page cache may answer this request (server/page-cache.ts). */
    pageCache?: PageCacheContext;
  }
}
