import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import connect from "connect";
import expressStaticGzip from "express-static-gzip";
import helmet from "helmet";
import morgan from "morgan";
import serveStatic from "serve-static";
import { flushOrForwardViews } from "../app/models/analytics/view-flush.server";
import type { Env } from "../app/utils/env.server";
import { pathOf, type Middleware, type Request, type Response } from "./http";
import { startBackgroundJobs, type JobSet } from "./jobs";
import { cspNonce } from "./nonce";
import { anonymousPageCache } from "./page-cache";
import { remixHandler } from "./remix-handler";
import { oneRequestPerTurn } from "./request-queue";
import { bodySizeGuard, originGuard, tokenGuessGuard } from "./request-guards";

/**
 * The web server: Node's HTTP server, a connect middleware stack, then Remix (decision 025). Runs
 * in the only process, or in each cluster worker (server/cluster.ts); `jobs` says which background
 * jobs this process runs.
 */
export async function startWebServer(env: Env, { jobs, label }: { jobs: JobSet; label: string }) {
  const isDev = env.NODE_ENV === "development";
  const buildDir = process.env.BUILD_DIR ?? "build";
  const viteDevServer = isDev
    ? await import("vite").then((vite) => vite.createServer({ server: { middlewareMode: true } }))
    : undefined;

  const app = connect();
  // Requests start one per event-loop turn, in arrival order, so new connections are taken between
  // requests rather than after every request already read (server/request-queue.ts).
  app.use(oneRequestPerTurn());
  // Documents arrive already gzipped (app/utils/compress-document.server.ts); this compresses the
  // rest (data requests, files without a compressed copy) and skips anything that carries a
  // Content-Encoding. Level 3 rather than zlib's default 6: about half the CPU for 7 % more bytes.
  // (Its types name Express's request; it uses only Node's.)
  const compress = compression({ level: 3 }) as unknown as Middleware;
  app.use(((req, res, next) =>
    // A page asked for by a browser is gzipped whole by entry.server: the middleware's hooks on
    // every write would only find the Content-Encoding already set.
    isDocumentRequest(req) ? next() : compress(req, res, next)) satisfies Middleware);

  if (viteDevServer) {
    app.use(viteDevServer.middlewares);
  } else {
    // Vite fingerprints everything under /assets: cache it for a year. Scripts and styles were
    // compressed at build time (scripts/precompress-assets.mjs): the Brotli or gzip copy is sent as it
    // is, so the compression middleware never compresses an asset per request (decision 018).
    const assets = expressStaticGzip(`${buildDir}/client/assets`, {
      enableBrotli: true,
      orderPreference: ["br", "gzip"],
      index: false,
      serveStatic: { immutable: true, maxAge: "1y" },
    });
    app.use("/assets", ((req, res, next) => {
      // It reads Express's `req.path`: the path below the mount point, without the query.
      (req as Request & { path?: string }).path = pathOf(req);
      assets(req as never, res as never, next);
    }) satisfies Middleware);
    // The few unhashed public files (favicon, robots.txt): looked up only for their own names, so a
    // page request never pays for a file-system miss.
    const clientDir = `${buildDir}/client`;
    const publicEntries = new Set(fs.readdirSync(clientDir).filter((name) => name !== "assets"));
    const publicFiles = serveStatic(clientDir, { maxAge: "1h" });
    app.use(((req, res, next) =>
      publicEntries.has(pathOf(req).split("/")[1] ?? "")
        ? publicFiles(req, res, next)
        : next()) satisfies Middleware);
  }

  app.use(morgan(isDev ? "dev" : "tiny", { skip: (req) => req.url === "/healthcheck" }));

  // A fresh nonce per request; the enforced CSP allows only scripts carrying it.
  app.use(((_req, res, next) => {
    res.locals = { cspNonce: cspNonce() };
    next();
  }) satisfies Middleware);

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
            (_req, res) => `'nonce-${(res as Response).locals?.cspNonce}'`,
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

  app.use(
    remixHandler({
      build,
      mode: env.NODE_ENV,
      getLoadContext: (_req, res) => ({
        cspNonce: res.locals?.cspNonce ?? "",
        pageCache: res.locals?.pageCache,
      }),
    }),
  );

  const server = http.createServer(app).listen(env.PORT, () => {
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
function isDocumentRequest(req: Request) {
  const path = pathOf(req);
  return (
    req.method === "GET" &&
    !path.endsWith(".data") &&
    !path.startsWith("/assets/") &&
    (req.headers.accept ?? "").includes("text/html")
  );
}
