import type { EventEmitter } from "node:events";
import fs from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import autocannon from "autocannon";

export type Route = {
  name: string;
  /** A fixed path, or one chosen per request (random slugs). */
  path: string | (() => string);
  headers?: Record<string, string>;
  /** Paths to visit once before measuring (the steady state: a server that has seen its pages). */
  warmPaths?: string[];
  /** Count the responses the page cache answered (X-Page-Cache: hit; decision 021). */
  countCache?: boolean;
};

export type Measurement = {
  route: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  /**
   * p99 over requests sent on connections that were already open (each connection's first request
   * left out), and the slowest of those first requests. Under load Node accepts about one new
   * connection per event-loop turn, so a run's 50 fresh connections wait their turn to be accepted;
   * see docs/performance.md ("Where the p99 comes from").
   */
  p99Open: number | null;
  firstMax: number | null;
  requests: number;
  bad: number; // non-2xx responses + errors + timeouts
  /** Server CPU time per request (user + system), unaffected by other processes on the machine. */
  cpuMs: number | null;
  /** The floor measured just before this route, at the same connection count (the ratio's base). */
  floor?: { rps: number; cpuMs: number | null };
  /** Share of responses answered from the page cache, when the route counts them. */
  cacheHits?: number | null;
};

/**
 * CPU time (ms) the server's processes have used so far (the primary and its web processes when
 * clustered), from /proc (Linux); null elsewhere. A process that exited takes its time with it.
 */
export function cpuTimeMs(pids: number[] | undefined): number | null {
  if (!pids?.length) return null;
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      // utime and stime, in clock ticks (100 a second on Linux).
      total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      if (pid === pids[0]) return null;
    }
  }
  return total;
}

/** One bounded autocannon run against 127.0.0.1. */
export async function measure(
  origin: string,
  route: Route,
  connections: number,
  seconds: number,
  serverPids?: () => number[],
): Promise<Measurement> {
  const pathFor = route.path;
  const pids = serverPids?.();
  const cpuBefore = cpuTimeMs(pids);
  const cache = { hits: 0, answers: 0 };
  const onResponse = route.countCache
    ? (_status: number, _body: string, _context: object, headers?: IncomingHttpHeaders) => {
        cache.answers++;
        // autocannon keeps the header names as the server wrote them.
        const state = Object.entries(headers ?? {}).find(([name]) => /^x-page-cache$/i.test(name));
        if (state?.[1] === "hit") cache.hits++;
      }
    : undefined;
  // The types describe only the promise; the object is also the run's event emitter.
  const tracker = autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { "accept-encoding": "gzip", accept: "text/html", ...route.headers },
    requests: [
      typeof pathFor === "string"
        ? { method: "GET", path: pathFor, onResponse }
        : { method: "GET", setupRequest: (req) => ({ ...req, path: pathFor() }), onResponse },
    ],
  });
  const seen = new Map<object, number>();
  const open: number[] = [];
  let firstMax: number | null = null;
  (tracker as unknown as EventEmitter).on(
    "response",
    (client: object, _status: number, _bytes: number, ms: number) => {
      const n = seen.get(client) ?? 0;
      seen.set(client, n + 1);
      if (n === 0) firstMax = Math.max(firstMax ?? 0, ms);
      else open.push(ms);
    },
  );
  const result = await tracker;
  open.sort((a, b) => a - b);
  return {
    route: route.name,
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    p99Open: open.length
      ? Math.round(open[Math.min(open.length - 1, Math.floor(open.length * 0.99))]!)
      : null,
    firstMax: firstMax === null ? null : Math.round(firstMax),
    requests: result.requests.total,
    cacheHits: route.countCache && cache.answers ? cache.hits / cache.answers : null,
    bad: result.non2xx + result.errors + result.timeouts,
    cpuMs:
      cpuBefore !== null && result.requests.total > 0
        ? Math.round((((cpuTimeMs(pids) ?? cpuBefore) - cpuBefore) / result.requests.total) * 100) /
          100
        : null,
  };
}

/** A short warm-up so the first measured run does not pay for JIT and cold pages. */
export async function warmUp(origin: string, route: Route) {
  const paths = [...(route.warmPaths ?? [])];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let path = paths.pop(); path !== undefined; path = paths.pop()) {
        const res = await fetch(origin + path, { headers: route.headers });
        await res.arrayBuffer();
      }
    }),
  );
  await measure(origin, route, 4, 2);
}

/**
 * Waits until the server answers /healthcheck quickly again: requests still queued from a run that
 * timed out must not be billed to the next route.
 */
export async function settle(origin: string, maxSeconds = 60) {
  const deadline = Date.now() + maxSeconds * 1000;
  while (Date.now() < deadline) {
    const t0 = performance.now();
    try {
      const res = await fetch(`${origin}/healthcheck`);
      await res.arrayBuffer();
    } catch {
      /* still busy */
    }
    if (performance.now() - t0 < 50) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}
