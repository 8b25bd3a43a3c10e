import { type ChildProcess, execSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const BENCH_SECRET = "bench-secret-bench-secret-bench-secret-0123";

/**
 * Production build into its own directory, so it never disturbs build/ or the e2e builds. With `ref`
 * (a commit), builds that commit's files exported to .cache/bench-src instead of the working tree:
 * others' half-finished edits cannot break the build, and two commits can be compared.
 */
export function buildApp(buildDir: string, ref?: string) {
  const out = path.resolve(buildDir);
  fs.rmSync(out, { recursive: true, force: true });
  let cwd = process.cwd();
  if (ref) {
    cwd = path.resolve(".cache/bench-src");
    fs.rmSync(cwd, { recursive: true, force: true });
    fs.mkdirSync(cwd, { recursive: true });
    execSync(`git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(cwd)}`, {
      stdio: "inherit",
    });
    fs.symlinkSync(path.resolve("node_modules"), path.join(cwd, "node_modules"));
  }
  execSync("npx remix vite:build && node scripts/build-server.mjs", {
    cwd,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, BUILD_DIR: out, NODE_ENV: "production" },
  });
}

export type Server = {
  child: ChildProcess;
  origin: string;
  pid: number;
  logFile: string;
  stop: () => Promise<void>;
};

/** Starts node <buildDir>/server.js on 127.0.0.1:<port> against the bench database and waits for it. */
export async function startServer(opts: {
  buildDir: string;
  port: number;
  database: string;
}): Promise<Server> {
  const logFile = path.resolve(".cache/bench-server.log");
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, [path.join(opts.buildDir, "server.js")], {
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(opts.port),
      HOST: "127.0.0.1",
      BUILD_DIR: opts.buildDir,
      DATABASE_PATH: opts.database,
      SESSION_SECRET: BENCH_SECRET,
      SEED_DEMO: "false",
      INSECURE_COOKIES: "true",
      APP_URL: `http://127.0.0.1:${opts.port}`,
      BACKUP_INTERVAL_HOURS: "0",
      // As deployed (Dockerfile, fly.toml): a bounded V8 heap.
      NODE_OPTIONS: "--max-old-space-size=256",
    },
  });
  const origin = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${origin}/healthcheck`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 8000).unref();
    });
  return { child, origin, pid: child.pid!, logFile, stop };
}

/** Peak resident memory of a process: the kernel's high-water mark (VmHWM), in MB. */
export function peakRssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}
