import { type Ctx, DAY_MS, inserter, isoDate } from "./context";
import { CITIES, TOPICS, cap, paragraph } from "./words";

const PLATFORMS = ["instagram", "tiktok", "youtube", "x", "twitch", "linkedin"];
const APP_STATUSES = ["pending", "pending", "pending", "shortlisted", "rejected", "rejected", "accepted", "withdrawn"] as const;

/** The gig board: gigs (+ categories, platforms, deliverables, history), applications, deals. */
export function generateGigs(ctx: Ctx) {
  if (!ctx.hasTable("gigs")) {
    ctx.notes.push("gigs: table missing, skipped");
    return;
  }
  const { rng, sqlite } = ctx;
  const gig = inserter(ctx, "gigs", ["id", "brand_id", "title", "description", "budget_min_cents", "budget_max_cents", "currency", "location", "remote", "requirements", "deadline", "creators_wanted", "status", "published_at", "created_at", "updated_at"])!;
  const gigCategory = inserter(ctx, "gig_categories", ["gig_id", "category_id"]);
  const gigPlatform = inserter(ctx, "gig_platforms", ["gig_id", "platform"]);
  const deliverable = inserter(ctx, "gig_deliverables", ["id", "gig_id", "position", "description"]);
  const gigHistory = inserter(ctx, "gig_status_history", ["id", "gig_id", "from_status", "to_status", "actor_user_id", "created_at"]);
  const application = inserter(ctx, "applications", ["id", "gig_id", "creator_id", "message", "proposed_cents", "currency", "status", "rejection_message", "created_at", "updated_at"]);
  const appHistory = inserter(ctx, "application_status_history", ["id", "application_id", "from_status", "to_status", "actor_user_id", "note", "created_at"]);
  const deal = inserter(ctx, "deals", ["id", "application_id", "gig_id", "brand_id", "creator_id", "title", "amount_cents", "currency", "status", "completed_at", "created_at", "updated_at"]);

  const gigCount = Math.round(50_000 * ctx.scale);
  const appCount = Math.round(200_000 * ctx.scale);
  ctx.progress.start("gigs", gigCount * 6);
  const gigMeta: { id: string; brandId: string; title: string; budget: number; createdAt: number }[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < gigCount; i++) {
      const id = rng.id();
      const brand = rng.pick(ctx.brands);
      const createdAt = ctx.now - Math.floor(rng.next() * 365 * DAY_MS);
      const r = rng.next();
      const status = r < 0.6 ? "published" : r < 0.7 ? "draft" : r < 0.85 ? "closed" : r < 0.95 ? "completed" : "paused";
      const min = rng.int(1, 40) * 5000;
      const max = min + rng.int(0, 60) * 5000;
      const remote = rng.chance(0.6);
      const topic = rng.pick(TOPICS);
      const title = `${cap(topic)} creators wanted for ${rng.pick(["spring", "summer", "autumn", "winter", "launch", "holiday"])} campaign`;
      const deadline = isoDate(status === "published" ? ctx.now + rng.int(3, 120) * DAY_MS : createdAt + rng.int(7, 60) * DAY_MS);
      gig(id, brand.id, title, paragraph(rng, rng.int(2, 5)), min, max, "USD", remote && rng.chance(0.5) ? null : rng.pick(CITIES), remote ? 1 : 0,
        "Engaged audience, at least one previous brand collaboration.", deadline, rng.int(1, 5), status,
        status === "draft" ? null : createdAt + DAY_MS, createdAt, createdAt);
      gigMeta.push({ id, brandId: brand.id, title, budget: max, createdAt });
      if (gigCategory) for (const c of rng.sample(ctx.categoryIds, rng.int(1, 2))) gigCategory(id, c);
      if (gigPlatform) for (const p of rng.sample(PLATFORMS, rng.int(1, 2))) gigPlatform(id, p);
      if (deliverable) for (let k = 0; k < rng.int(1, 3); k++) deliverable(rng.id(), id, k, `${rng.pick(["Reel", "Post", "Story set", "Video"])} about ${topic}`);
      gigHistory?.(rng.id(), id, null, "draft", brand.id, createdAt);
      if (status !== "draft") gigHistory?.(rng.id(), id, "draft", "published", brand.id, createdAt + DAY_MS);
    }
  })();
  ctx.progress.finish();
  ctx.gigIds = gigMeta.map((g) => g.id);

  if (!application) return;
  ctx.progress.start("applications", appCount * 2.2);
  const published = gigMeta.filter((_, i) => i % 10 < 9); // drafts get none in reality; close enough
  const seen = new Set<string>();
  sqlite.transaction(() => {
    let made = 0;
    while (made < appCount) {
      const g = rng.pick(published);
      const c = Math.floor(rng.next() * ctx.creators.length);
      const key = `${g.id}:${c}`;
      if (seen.has(key)) continue;
      seen.add(key);
      made++;
      const creator = ctx.creators[c]!;
      const id = rng.id();
      const status = rng.pick(APP_STATUSES);
      const createdAt = g.createdAt + rng.int(1, 20) * DAY_MS;
      const amount = Math.max(1000, Math.round(g.budget * (0.5 + rng.next() / 2)));
      application(id, g.id, creator.id, "I would love to work on this. Here is how I would approach it.", amount, "USD", status,
        status === "rejected" ? "Thanks for applying, we went another way." : null, createdAt, createdAt);
      appHistory?.(rng.id(), id, null, "pending", creator.id, null, createdAt);
      if (status === "accepted" && deal) {
        const done = rng.chance(0.5);
        deal(rng.id(), id, g.id, g.brandId, creator.id, g.title, amount, "USD", done ? "completed" : "active", done ? createdAt + 20 * DAY_MS : null, createdAt, createdAt);
      }
    }
  })();
  ctx.progress.finish();
}
