import { type Ctx, DAY_MS, allocate, isoDate } from "./context";

const SOURCES = ["direct", "search", "referral"] as const;
const REFERRERS = ["instagram.com", "tiktok.com", "google.com", "youtube.com", "x.com"];

/** Profile views, as the app stores them: one counter row per creator, day, source and referrer. */
export function generateViews(ctx: Ctx) {
  if (!ctx.hasTable("profile_views")) {
    ctx.notes.push("profile_views: table missing, skipped");
    return;
  }
  const { rng, sqlite } = ctx;
  const upsert = sqlite.prepare(
    `insert into profile_views (creator_id, day, source, referrer_host, count) values (?, ?, ?, ?, ?)
     on conflict do update set count = count + excluded.count`,
  );
  const total = Math.round(1_000_000 * ctx.scale);
  const counts = allocate(ctx, total, 2000);
  ctx.progress.start("profile views", total);
  sqlite.transaction(() => {
    for (let c = 0; c < counts.length; c++) {
      const id = ctx.creators[c]!.id;
      for (let k = counts[c]!; k > 0; k--) {
        const source = rng.pick(SOURCES);
        upsert.run(id, isoDate(ctx.now - rng.int(0, 89) * DAY_MS), source, source === "referral" ? rng.pick(REFERRERS) : "", rng.int(1, 40));
        ctx.progress.tick();
      }
    }
  })();
  ctx.progress.finish();
}
