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
  /** The server's process and, when clustered, its web processes. */
  pids: () => number[];
  logFile: string;
  stop: () => Promise<void>;
};

/** Starts node <buildDir>/server.js on 127.0.0.1:<port> against the bench database and waits for it. */
export async function startServer(opts: {
  buildDir: string;
  port: number;
  database: string;
  /** WEB_CONCURRENCY: "1" serves from one process, "auto" one per CPU (see the server). */
  workers: string;
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
      WEB_CONCURRENCY: opts.workers,
      // The benchmark's writers are distinct visitors behind a proxy that appends their address.
      CLIENT_IP_SOURCE: "x-forwarded-for",
      // As deployed (Dockerfile, fly.toml): a bounded V8 heap, a 32 MB young generation.
      NODE_OPTIONS: "--max-old-space-size=256 --max-semi-space-size=32",
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
  const pid = child.pid!;
  return { child, origin, pid, pids: () => [pid, ...childPids(pid)], logFile, stop };
}

/** Direct children of a process (a cluster primary's web processes), from /proc. */
export function childPids(parent: number): number[] {
  const out: number[] = [];
  let entries: string[] = [];
  try {
    entries = fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return out;
  }
  for (const entry of entries) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      if (Number(stat.split(") ")[1]!.split(" ")[1]) === parent) out.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return out;
}

function statusKb(pid: number, field: string): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status)?.[1];
    return kb ? Number(kb) : null;
  } catch {
    return null;
  }
}

/** Proportional set size: private pages plus this process's share of pages it shares with others. */
function pssKb(pid: number): number | null {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const kb = /^Pss:\s+(\d+)\s+kB/m.exec(rollup)?.[1];
    return kb ? Number(kb) : null;
  } catch {
    return null;
  }
}

/**
 * The server's memory over a whole run, all its processes together. The sum of each process's peak
 * RSS (VmHWM) counts twice the pages processes share (the database file mapped by every web process,
 * the Node binary), so the sum of PSS is also sampled every half second and its peak kept: that is
 * the memory the machine must really have. With one process both are about the same.
 */
export function memoryMonitor(pids: () => number[]) {
  let peakPssKb = 0;
  let phase = "start";
  let peakPhase = phase;
  const sample = () => {
    let sum = 0;
    for (const pid of pids()) sum += pssKb(pid) ?? 0;
    if (sum > peakPssKb) [peakPssKb, peakPhase] = [sum, phase];
  };
  sample();
  const timer = setInterval(sample, 500);
  timer.unref();
  return {
    /** Names what the benchmark is doing now, so the report can say when the peak happened. */
    phase(name: string) {
      phase = name;
    },
    stop() {
      sample();
      clearInterval(timer);
      const list = pids();
      const hwm = list.map((pid) => statusKb(pid, "VmHWM"));
      return {
        processes: list.length,
        peakPssMb: peakPssKb ? Math.round(peakPssKb / 1024) : null,
        peakPhase,
        peakRssSumMb: hwm.every((v) => v !== null)
          ? Math.round(hwm.reduce((a, b) => a! + b!, 0)! / 1024)
          : null,
        peakRssPerProcessMb: hwm.map((v) => (v === null ? null : Math.round(v / 1024))),
      };
    },
  };
}

export type MemoryReport = ReturnType<ReturnType<typeof memoryMonitor>["stop"]>;
