import http from "node:http";

/**
 * A stand-in for Fly's edge plus the LiteFS proxy on a replica machine. Every request first reaches
 * the replica's LiteFS proxy; a non-GET/HEAD request there is answered with
 * `fly-replay: instance=<primary>` (what LiteFS does when its node is not the primary), and the edge
 * replays the same request, body included, on that instance. GETs are served by the replica.
 */
export type FlyProxy = {
  url: string;
  close: () => Promise<void>;
  stats: { replica: number; replayed: number };
};

export function startFlyProxy(options: {
  port: number;
  replicaPort: number;
  instances: Record<string, number>;
  primaryName: string;
}): Promise<FlyProxy> {
  const stats = { replica: 0, replayed: 0 };

  function forward(
    port: number,
    req: http.IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const upstream = http.request(
        { host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 502,
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
          res.on("error", reject);
        },
      );
      upstream.on("error", reject);
      upstream.end(body);
    });
  }

  /** The LiteFS proxy in front of the replica app. */
  async function replicaLitefsProxy(req: http.IncomingMessage, body: Buffer) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return {
        status: 200,
        headers: { "fly-replay": `instance=${options.primaryName}` } as http.IncomingHttpHeaders,
        body: Buffer.alloc(0),
      };
    }
    stats.replica++;
    return forward(options.replicaPort, req, body);
  }

  const server = http.createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = Buffer.concat(chunks);
      let answer = await replicaLitefsProxy(req, body);
      const replay = answer.headers["fly-replay"];
      if (typeof replay === "string") {
        const instance = /instance=([^;,\s]+)/.exec(replay)?.[1];
        const port = instance ? options.instances[instance] : undefined;
        if (!port) throw new Error(`fly-replay to unknown instance ${replay}`);
        stats.replayed++;
        answer = await forward(port, req, body);
      }
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch (error) {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(`proxy error: ${String(error)}`);
    }
  });
  return new Promise((resolve) => {
    server.listen(options.port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${options.port}`,
        stats,
        close: () => new Promise<void>((r) => server.close(() => r())),
      }),
    );
  });
}
