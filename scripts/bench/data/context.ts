import type { Sqlite } from "../../../app/db/open.server";

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same dataset. */
export function createRng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  /** A 16-character URL-safe id, the same shape as createId(). */
  const id = () => {
    let s = "";
    for (let i = 0; i < 16; i++) s += B64[Math.floor(next() * 64)];
    return s;
  };
  const hex = (n: number) => {
    let s = "";
    for (let i = 0; i < n; i++) s += "0123456789abcdef"[Math.floor(next() * 16)];
    return s;
  };
  /** Pareto-distributed positive number with scale 1 and shape alpha (heavy tail for small alpha). */
  const pareto = (alpha: number) => Math.pow(1 - next(), -1 / alpha);
  /** Log-normal, for follower counts and prices. */
  const logNormal = (mu: number, sigma: number) => {
    const u = 1 - next();
    const v = next();
    return Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  };
  /** k distinct items from list. */
  const sample = <T>(list: readonly T[], k: number): T[] => {
    const copy = list.slice();
    const out: T[] = [];
    for (let i = 0; i < k && copy.length; i++) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return out;
  };
  return { next, int, pick, chance, id, hex, pareto, logNormal, sample };
}
export type Rng = ReturnType<typeof createRng>;

export const DAY_MS = 24 * 60 * 60 * 1000;

export type Creator = { id: string; slug: string; name: string; createdAt: number };
export type Brand = { id: string; company: string };

/** Shared state the module generators read and extend, in the order data.ts runs them. */
export type Ctx = {
  sqlite: Sqlite;
  rng: Rng;
  scale: number; // creators / 100_000: every count below scales with it
  creatorCount: number;
  now: number;
  passwordHash: string;
  password: string;
  creators: Creator[];
  brands: Brand[];
  /** Relative popularity of each creator (index aligned with creators): reviews and bookings follow it. */
  popularity: Float64Array;
  gigIds: string[];
  categoryIds: number[];
  /** Per creator (index), ids of completed bookings, for booking-verified reviews. */
  completedBookings: Map<number, string[]>;
  hasTable: (name: string) => boolean;
  columns: (table: string) => Set<string>;
  progress: Progress;
  notes: string[];
};

export function tableChecker(sqlite: Sqlite) {
  const names = new Set(
    (sqlite.prepare("select name from sqlite_master where type in ('table','view')").all() as { name: string }[]).map((r) => r.name),
  );
  const cols = new Map<string, Set<string>>();
  return {
    hasTable: (name: string) => names.has(name),
    columns: (table: string) => {
      let c = cols.get(table);
      if (!c) {
        c = new Set((sqlite.prepare(`select name from pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name));
        cols.set(table, c);
      }
      return c;
    },
  };
}

/**
 * A prepared single-row INSERT for the columns given, restricted to the columns the table really has
 * (so the generator keeps working while schemas grow). Returns null when the table does not exist.
 */
export function inserter(ctx: Ctx, table: string, columns: string[]) {
  if (!ctx.hasTable(table)) return null;
  const existing = ctx.columns(table);
  const missing = columns.filter((c) => !existing.has(c));
  if (missing.length) ctx.notes.push(`${table}: skipped unknown columns ${missing.join(", ")}`);
  const keep = columns.map((c) => existing.has(c));
  const used = columns.filter((_, i) => keep[i]);
  const stmt = ctx.sqlite.prepare(
    `insert into "${table}" (${used.map((c) => `"${c}"`).join(", ")}) values (${used.map(() => "?").join(", ")})`,
  );
  let count = 0;
  const run = (...values: unknown[]) => {
    stmt.run(missing.length ? values.filter((_, i) => keep[i]) : values);
    count++;
    ctx.progress.tick();
  };
  return Object.assign(run, { count: () => count });
}

/** A one-line progress bar on stderr: "[reviews] ████████░░░░ 63% 630,000/1,000,000 4.1s". */
export class Progress {
  private label = "";
  private total = 1;
  private done = 0;
  private started = 0;
  private lastDraw = 0;
  private readonly tty = process.stderr.isTTY;
  readonly startedAll = Date.now();

  start(label: string, total: number) {
    this.finish();
    this.label = label;
    this.total = Math.max(1, Math.round(total));
    this.done = 0;
    this.started = Date.now();
    this.draw(true);
  }

  tick(n = 1) {
    this.done += n;
    if ((this.done & 4095) === 0) this.draw(false);
  }

  finish() {
    if (!this.label) return;
    this.draw(true, true);
    this.label = "";
  }

  private draw(force: boolean, final = false) {
    const now = Date.now();
    if (!force && now - this.lastDraw < (this.tty ? 100 : 5000)) return;
    this.lastDraw = now;
    const ratio = Math.min(1, this.done / this.total);
    const width = 28;
    const filled = Math.round(ratio * width);
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    const line = `[${this.label.padEnd(22)}] ${bar} ${String(Math.round(ratio * 100)).padStart(3)}% ${this.done.toLocaleString("en-US")}/${this.total.toLocaleString("en-US")} ${((now - this.started) / 1000).toFixed(1)}s`;
    if (this.tty) process.stderr.write(`\r${line}\x1b[K${final ? "\n" : ""}`);
    else process.stderr.write(`${line}\n`);
  }
}

/**
 * Splits `total` events among creators in proportion to their popularity (Pareto: most creators get a
 * few, a handful get thousands), each creator capped at `cap`.
 */
export function allocate(ctx: Ctx, total: number, cap: number): Uint32Array {
  const counts = new Uint32Array(ctx.creators.length);
  // Find the scale factor for which the capped shares add up to the total (bisection).
  const cappedSum = (f: number) => {
    let s = 0;
    for (let i = 0; i < counts.length; i++) s += Math.min(cap, ctx.popularity[i]! * f);
    return s;
  };
  let lo = 0;
  let hi = 1;
  while (cappedSum(hi) < total && hi < 1e9) hi *= 2;
  for (let k = 0; k < 50; k++) {
    const mid = (lo + hi) / 2;
    if (cappedSum(mid) < total) lo = mid;
    else hi = mid;
  }
  const factor = hi;
  for (let i = 0; i < counts.length; i++) {
    const exact = Math.min(cap, ctx.popularity[i]! * factor);
    const base = Math.floor(exact);
    counts[i] = base + (ctx.rng.next() < exact - base ? 1 : 0);
  }
  return counts;
}

export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
