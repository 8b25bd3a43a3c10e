/**
 * Writes a large, realistic Gigfolio database for the benchmark:
 *   DATABASE_PATH=data/bench.db npm run bench:data -- --creators 100000 [--force] [--seed 42]
 * Runs the real migrations, then bulk-inserts every module's tables that exist (one file per module
 * under ./data). Also writes <db>.bench.json with what the benchmark needs (password, sample users).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runMigrations } from "../../app/db/migrate.server";
import { openSqlite } from "../../app/db/open.server";
import { hashPassword } from "../../app/models/accounts/password.server";
import { generateBrands } from "./data/brands";
import { generateBookings, generateInquiries } from "./data/bookings";
import { type Ctx, Progress, createRng, tableChecker } from "./data/context";
import { dropAfterTriggers, populateFts, restoreTriggers } from "./data/finalize";
import { generateGigs } from "./data/gigs";
import { generateCreators } from "./data/portfolio";
import { generateReviews } from "./data/reviews";
import { generateViews } from "./data/views";

export const BENCH_PASSWORD = "bench-password-123";

const { values } = parseArgs({
  options: {
    creators: { type: "string", default: "100000" },
    force: { type: "boolean", default: false },
    seed: { type: "string", default: "42" },
  },
});
const creatorCount = Number.parseInt(values.creators!, 10);
if (!Number.isInteger(creatorCount) || creatorCount < 100) {
  console.error("--creators must be a whole number of at least 100");
  process.exit(1);
}
const file = path.resolve(process.env.DATABASE_PATH ?? "data/bench.db");
if (fs.existsSync(file)) {
  if (!values.force) {
    console.error(`${file} already exists. Pass --force to replace it.`);
    process.exit(1);
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

const started = Date.now();
console.log(`Writing ${creatorCount.toLocaleString("en-US")} creators to ${file}`);
runMigrations(file);
const sqlite = openSqlite(file);
sqlite.pragma("journal_mode = OFF");
sqlite.pragma("synchronous = OFF");
sqlite.pragma("cache_size = -200000");
const triggers = dropAfterTriggers(sqlite);

const ctx: Ctx = {
  sqlite,
  rng: createRng(Number.parseInt(values.seed!, 10) || 42),
  scale: creatorCount / 100_000,
  creatorCount,
  now: Date.now(),
  password: BENCH_PASSWORD,
  passwordHash: await hashPassword(BENCH_PASSWORD), // one hash for every generated user
  creators: [],
  brands: [],
  popularity: new Float64Array(0),
  gigIds: [],
  categoryIds: [],
  completedBookings: new Map(),
  ...tableChecker(sqlite),
  progress: new Progress(),
  notes: [],
};

generateCreators(ctx);
generateBrands(ctx);
generateGigs(ctx);
generateBookings(ctx);
generateInquiries(ctx);
generateReviews(ctx);
generateViews(ctx);
populateFts(ctx);
restoreTriggers(sqlite, triggers);

const fkProblems = sqlite.pragma("foreign_key_check") as unknown[];
if (fkProblems.length) throw new Error(`foreign_key_check found ${fkProblems.length} problems`);
sqlite.pragma("journal_mode = WAL");

// What the benchmark needs: the most popular creator (heaviest dashboard), one with >= 20 reviews.
let top = 0;
for (let i = 1; i < ctx.creators.length; i++)
  if (ctx.popularity[i]! > ctx.popularity[top]!) top = i;
const twenty = ctx.hasTable("reviews")
  ? (
      sqlite
        .prepare(
          `select p.slug from creator_profiles p where p.visibility = 'public'
          and (select count(*) from reviews r where r.creator_id = p.user_id and r.hidden = 0) between 20 and 60 limit 1`,
        )
        .get() as { slug: string } | undefined
    )?.slug
  : undefined;
const counts = Object.fromEntries(
  (
    sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like '%fts%' and name not like 'sqlite%' and name not like '__drizzle%'",
      )
      .all() as { name: string }[]
  )
    .map((t) => [
      t.name,
      (sqlite.prepare(`select count(*) as n from "${t.name}"`).get() as { n: number }).n,
    ])
    .filter(([, n]) => (n as number) > 0),
);
sqlite.close();
const meta = {
  creators: creatorCount,
  generatedAt: new Date().toISOString(),
  password: BENCH_PASSWORD,
  dashboardEmail: `creator${top}@bench.gigfolio.test`,
  twentyReviewSlug: twenty ?? null,
  commonWord: "content",
  counts,
};
fs.writeFileSync(`${file}.bench.json`, JSON.stringify(meta, null, 2));
for (const note of ctx.notes) console.log(`note: ${note}`);
console.table(counts);
console.log(
  `Done in ${((Date.now() - started) / 1000).toFixed(1)}s: ${file} (${(fs.statSync(file).size / 1e6).toFixed(0)} MB)`,
);
