import autocannon from "autocannon";

export type Route = {
  name: string;
  /** A fixed path, or one chosen per request (random slugs). */
  path: string | (() => string);
  headers?: Record<string, string>;
};

export type Measurement = {
  route: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  bad: number; // non-2xx responses + errors + timeouts
};

/** One bounded autocannon run against 127.0.0.1. */
export async function measure(
  origin: string,
  route: Route,
  connections: number,
  seconds: number,
): Promise<Measurement> {
  const pathFor = route.path;
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { "accept-encoding": "gzip", accept: "text/html", ...route.headers },
    requests: [
      typeof pathFor === "string"
        ? { method: "GET", path: pathFor }
        : { method: "GET", setupRequest: (req) => ({ ...req, path: pathFor() }) },
    ],
  });
  return {
    route: route.name,
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

/** A short warm-up so the first measured run does not pay for JIT and cold pages. */
export async function warmUp(origin: string, route: Route) {
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
