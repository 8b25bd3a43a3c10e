import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, inject, it } from "vitest";
import { openSqlite } from "~/db/open.server";

const CYCLES = Number(process.env.CRASH_CYCLES ?? 30);

/** Which kinds of writes the child makes: bookings and reviews once their models exist. */
function writeKinds() {
  const kinds = ["inquiry"];
  if (fs.existsSync("app/models/bookings/bookings.server.ts")) kinds.push("booking");
  if (fs.existsSync("app/models/reviews/reviews.server.ts")) kinds.push("review");
  return kinds;
}

type Acked = Map<string, Set<string>>;

/** Runs the writer until it has acknowledged its first model write, waits a random moment, then SIGKILLs it. */
function runAndKill(
  script: string,
  dbFile: string,
  kinds: string[],
  acked: Acked,
  creatorId: string | undefined,
): Promise<{ acks: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: {
        ...process.env,
        DATABASE_PATH: dbFile,
        WRITE_KINDS: kinds.join(","),
        NODE_ENV: "test",
        CREATOR_ID: creatorId,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let buffer = "";
    let stderr = "";
    let acks = 0;
    let armed = false;
    let writing = false;
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) {
        const [word, table, id] = line.split(" ");
        if (word !== "ack" || !table || !id) continue;
        acks++;
        if (table !== "users") writing = true;
        if (!acked.has(table)) acked.set(table, new Set());
        acked.get(table)!.add(id);
      }
      if (!armed && writing) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), Math.floor(Math.random() * 400));
      }
    });
    child.stderr.on("data", (d) => (stderr += d));
    const watchdog = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("exit", (code, signal) => {
      clearTimeout(watchdog);
      if (signal !== "SIGKILL")
        return reject(new Error(`writer exited on its own (code ${code}):\n${stderr}`));
      if (!armed) return reject(new Error(`writer acknowledged nothing within 30 s:\n${stderr}`));
      resolve({ acks, output: stderr });
    });
  });
}

describe("crash consistency", () => {
  it(`survives ${CYCLES} SIGKILLs at random moments with every acknowledged write intact`, async () => {
    const dir = path.join(inject("dbDir"), `crash-${process.pid}`);
    fs.mkdirSync(dir, { recursive: true });
    const dbFile = path.join(dir, "crash.db");
    fs.copyFileSync(path.join(inject("dbDir"), "template.db"), dbFile);
    const kinds = writeKinds();
    // Bundled once so that each of the 30 restarts takes a fraction of a second.
    const script = path.join(dir, "crash-writer.mjs");
    await build({
      entryPoints: ["tests/reliability/support/crash-writer.ts"],
      outfile: script,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      tsconfig: "tsconfig.json",
      logLevel: "warning",
    });
    console.log(`crash test: writing ${kinds.join(", ")}; ${CYCLES} cycles`);
    const acked: Acked = new Map();
    let total = 0;
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const { acks } = await runAndKill(
        script,
        dbFile,
        kinds,
        acked,
        [...(acked.get("users") ?? [])][0],
      );
      total += acks;
      // Opening read-write recovers the WAL exactly as the next app start would.
      const db = openSqlite(dbFile);
      try {
        expect(db.pragma("integrity_check", { simple: true }), `cycle ${cycle}`).toBe("ok");
        expect(db.pragma("foreign_key_check"), `cycle ${cycle}`).toEqual([]);
        for (const [table, ids] of acked) {
          const present = new Set(
            db.prepare(`select id from "${table}"`).pluck().all() as string[],
          );
          const missing = [...ids].filter((id) => !present.has(id));
          expect(missing, `cycle ${cycle}: acknowledged ${table} rows lost`).toEqual([]);
        }
      } finally {
        db.close();
      }
    }
    console.log(`crash test: ${total} acknowledged writes over ${CYCLES} kills, none lost`);
    for (const kind of kinds) {
      const table = { inquiry: "inquiries", booking: "bookings", review: "reviews" }[kind]!;
      expect(acked.get(table)?.size ?? 0, `no ${table} were written`).toBeGreaterThan(0);
    }
  }, 300_000);
});
