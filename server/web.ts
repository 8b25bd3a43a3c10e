import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import expressStaticGzip from "express-static-gzip";
import helmet from "helmet";
import morgan from "morgan";
import { flushOrForwardViews } from "../app/models/analytics/view-flush.server";
import type { Env } from "../app/utils/env.server";
import type { PageCacheContext } from "../app/utils/page-cache.server";
import { startBackgroundJobs, type JobSet } from "./jobs";
import { anonymousPageCache } from "./page-cache";
import { oneRequestPerTurn } from "./request-queue";
import { bodySizeGuard, originGuard, tokenGuessGuard } from "./request-guards";

/**
 * The web server: Express in front of Remix. Runs in the only process, or in each cluster worker
 * (server/cluster.ts); `jobs` says which background jobs this process runs.
 */
export async function startWebServer(env: Env, { jobs, label }: { jobs: JobSet; label: string }) {
  const isDev = env.NODE_ENV === "development";
  const buildDir = process.env.BUILD_DIR ?? "build";
  const viteDevServer = isDev
    ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
    : undefined;

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", true);
  // Requests start one per event-loop turn, in arrival order, so new connections are taken between
  // requests rather than after every request already read (server/request-queue.ts).
  app.use(oneRequestPerTurn());
  // Documents arrive already gzipped (app/utils/compress-document.server.ts); this compresses the
  // rest (data requests, files without a compressed copy) and skips anything that carries a
  // Content-Encoding. Level 3 rather than zlib's default 6: about half the CPU for 7 % more bytes.
  const compress = compression({ level: 3 });
  app.use((req, res, next) =>
    // A page asked for by a browser is gzipped whole by entry.server: the middleware's hooks on
    // every write would only find the Content-Encoding already set.
    isDocumentRequest(req) ? next() : compress(req, res, next),
  );

  if (viteDevServer) {
    app.use(viteDevServer.middlewares);
  } else {
    // Vite fingerprints everything under /assets: cache it for a year. Scripts and styles were
    // compressed at build time (scripts/precompress-assets.mjs): the Brotli or gzip copy is sent as it
    // is, so the compression middleware never compresses an asset per request (decision 018).
    app.use(
      "/assets",
      expressStaticGzip(`${buildDir}/client/assets`, {
        enableBrotli: true,
        orderPreference: ["br", "gzip"],
        index: false,
        serveStatic: { immutable: true, maxAge: "1y" },
      }),
    );
    // The few unhashed public files (favicon, robots.txt): looked up only for their own names, so a
    // page request never pays for a file-system miss.
    const clientDir = `${buildDir}/client`;
    const publicEntries = new Set(fs.readdirSync(clientDir).filter((name) => name !== "assets"));
    const publicFiles = express.static(clientDir, { maxAge: "1h" });
    app.use((req, res, next) =>
      publicEntries.has(req.path.split("/")[1] ?? "") ? publicFiles(req, res, next) : next(),
    );
  }

  app.use(morgan(isDev ? "dev" : "tiny", { skip: (req) => req.url === "/healthcheck" }));

  // A fresh nonce per request; the enforced CSP allows only scripts carrying it.
  app.use((_req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
    next();
  });

  app.use(
    helmet({
      xPoweredBy: false,
      referrerPolicy: { policy: "same-origin" },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity:
        env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "base-uri": ["'self'"],
          "connect-src": ["'self'", ...(isDev ? ["ws:"] : [])],
          "font-src": ["'self'"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
          "img-src": ["'self'", "data:", "https:"],
          "object-src": ["'none'"],
          "script-src": [
            "'strict-dynamic'",
            (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`,
          ],
          "script-src-attr": ["'none'"],
          "style-src": ["'self'", ...(isDev ? ["'unsafe-inline'"] : [])],
          "upgrade-insecure-requests": null,
        },
      },
    }),
  );

  // Mutations: refuse cross-site requests and oversized bodies before Remix reads anything.
  app.use(originGuard(env.APP_URL));
  app.use(bodySizeGuard());
  app.use(tokenGuessGuard());

  // Anonymous visits to creators' pages and lists are answered from rendered pages while those are
  // current (server/page-cache.ts, decisions 021 and 022). Not in development, where the code changes under it.
  if (!isDev) app.use(anonymousPageCache());

  const build = viteDevServer
    ? () => viteDevServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>
    : ((await import(path.resolve(buildDir, "server/index.js"))) as ServerBuild);

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: env.NODE_ENV,
      getLoadContext: (_req, res) => ({
        cspNonce: res.locals.cspNonce as string,
        pageCache: res.locals.pageCache as PageCacheContext | undefined,
      }),
    }),
  );

  const server = app.listen(env.PORT, () => {
    console.log(
      `Gigfolio${label ? ` ${label}` : ""} listening on http://localhost:${env.PORT} (${env.NODE_ENV}, database ${env.DATABASE_PATH})`,
    );
  });

  // Keep idle connections open longer than the proxies in front (Fly's proxy, the LiteFS proxy) do, so a
  // proxy never sends a request down a socket the app is closing at that moment.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  const stopJobs = startBackgroundJobs(jobs);

  let stopping = false;
  function shutdown() {
    if (stopping) return;
    stopping = true;
    stopJobs();
    server.close(async () => {
      // Views counted since the last flush would be lost with the process.
      if (jobs.views) await flushOrForwardViews().catch(() => {});
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  }
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

/** A GET for a page (not Remix's `.data` requests for the same routes, not files or resources). */
function isDocumentRequest(req: express.Request) {
  return (
    req.method === "GET" &&
    !req.path.endsWith(".data") &&
    !req.path.startsWith("/assets/") &&
    (req.headers.accept ?? "").includes("text/html")
  );
}
