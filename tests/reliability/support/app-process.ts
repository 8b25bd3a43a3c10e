import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const buildDir = () => process.env.BUILD_DIR ?? ".cache/reliability-build";

/**
 * Ports for processes this suite starts: RELIABILITY_PORT_BASE (default 3170) plus four per Vitest
 * worker, so parallel files never collide.
 */
export function workerPort(slot: number) {
  const base = Number(process.env.RELIABILITY_PORT_BASE ?? 3170);
  const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
  return base + worker * 4 + slot;
}

export type AppProcess = {
  url: string;
  port: number;
  proc: ChildProcess;
  /** Everything the process printed, stdout and stderr interleaved. */
  output: () => string;
  stop: () => Promise<void>;
};

/** Starts the production server (`node BUILD_DIR/server.js`) and waits for its health check. */
export async function startApp(options: {
  port: number;
  dbFile: string;
  env?: Record<string, string | undefined>;
}): Promise<AppProcess> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(options.port),
    DATABASE_PATH: path.resolve(options.dbFile),
    BUILD_DIR: buildDir(),
    SESSION_SECRET: process.env.SESSION_SECRET ?? "reliability-secret-reliability-secret-0123",
    INSECURE_COOKIES: "true",
    SEED_DEMO: "false",
    DEV_OUTBOX: "true",
    // The tests stand in for a proxy that appends each visitor's address (decision 030).
    CLIENT_IP_SOURCE: "x-forwarded-for",
    VITEST: undefined,
    VITEST_POOL_ID: undefined,
    VITEST_WORKER_ID: undefined,
    ...options.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const proc = spawn(process.execPath, [path.resolve(buildDir(), "server.js")], {
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  proc.stdout!.on("data", (d) => (output += d));
  proc.stderr!.on("data", (d) => (output += d));
  let stopping = false;
  proc.on("exit", (code, signal) => {
    if (!stopping)
      console.error(
        `app on port ${options.port} exited unexpectedly (${code ?? signal}); its last output:\n${output.slice(-4000)}`,
      );
  });
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/healthcheck`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      stopping = true;
      proc.kill("SIGKILL");
      throw new Error(`server did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    port: options.port,
    proc,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (proc.exitCode !== null) return resolve();
        proc.once("exit", () => resolve());
        proc.kill("SIGTERM");
        setTimeout(() => proc.kill("SIGKILL"), 3000).unref();
      }),
  };
}
