import { type Ctx, DAY_MS, inserter, isoDate } from "./context";
import { CITIES, FIRST, LANGS, LAST, ROLES, TOPICS, ZONES, cap, paragraph } from "./words";

const PLATFORMS = ["instagram", "tiktok", "youtube", "x", "twitch", "linkedin"] as const;
const PLATFORM_URL: Record<(typeof PLATFORMS)[number], string> = {
  instagram: "https://instagram.com/",
  tiktok: "https://www.tiktok.com/@",
  youtube: "https://www.youtube.com/@",
  x: "https://x.com/",
  twitch: "https://www.twitch.tv/",
  linkedin: "https://www.linkedin.com/in/",
};
const SKILLS = ["Photography", "Video editing", "Copywriting", "Drone", "Color grading", "Voice-over", "UGC", "Livestreaming", "Podcasting", "Styling", "Animation", "Product photography", "Short-form video", "Community management", "Recipe development"];

/** Creators: users + creator_profiles + categories, skills, social accounts, packages, portfolio items. */
export function generateCreators(ctx: Ctx) {
  const { rng, sqlite } = ctx;
  ctx.categoryIds = ctx.hasTable("categories")
    ? (sqlite.prepare("select id from categories order by id").all() as { id: number }[]).map((r) => r.id)
    : [];
  let skillIds: number[] = [];
  if (ctx.hasTable("skills")) {
    const add = sqlite.prepare("insert or ignore into skills (slug, name, created_at) values (?, ?, ?)");
    for (const name of SKILLS) add.run(name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), name, ctx.now);
    skillIds = (sqlite.prepare("select id from skills").all() as { id: number }[]).map((r) => r.id);
  }

  const user = inserter(ctx, "users", ["id", "email", "password_hash", "display_name", "role", "status", "email_verified_at", "created_at", "updated_at"]);
  const profile = inserter(ctx, "creator_profiles", [
    "user_id", "slug", "display_name", "headline", "bio", "visibility", "location", "time_zone", "languages",
    "budget_min_cents", "budget_max_cents", "currency", "spaces_this_month", "featured", "featured_at",
    "rating_avg", "review_count", "total_followers", "min_package_cents", "created_at", "updated_at",
  ]);
  const category = inserter(ctx, "creator_categories", ["creator_id", "category_id"]);
  const skill = inserter(ctx, "creator_skills", ["creator_id", "skill_id"]);
  const social = inserter(ctx, "social_accounts", ["id", "creator_id", "platform", "handle", "url", "followers", "engagement_rate_bp", "created_at"]);
  const pkg = inserter(ctx, "packages", ["id", "creator_id", "name", "price_cents", "currency", "includes", "delivery_days", "position", "created_at"]);
  const item = inserter(ctx, "portfolio_items", ["id", "creator_id", "kind", "title", "url", "description", "brand", "item_date", "position", "featured", "created_at"]);
  const availability = inserter(ctx, "availability_settings", ["creator_id", "time_zone", "working_days", "min_notice_days", "max_bookings_per_day", "updated_at"]);
  if (!user || !profile) throw new Error("users and creator_profiles must exist");

  const n = ctx.creatorCount;
  ctx.progress.start("creators", n * 17);
  const twoYears = 730 * DAY_MS;
  ctx.popularity = new Float64Array(n);
  sqlite.transaction(() => {
    for (let i = 0; i < n; i++) {
      const first = rng.pick(FIRST);
      const last = rng.pick(LAST);
      const name = `${cap(first)} ${cap(last)}`;
      const slug = `${first}-${last}-${i.toString(36)}`;
      const id = rng.id();
      const createdAt = ctx.now - Math.floor(rng.next() * twoYears);
      ctx.popularity[i] = rng.pareto(1.15);
      ctx.creators.push({ id, slug, name, createdAt });
      user(id, `creator${i}@bench.gigfolio.test`, ctx.passwordHash, name, "creator", "active", createdAt, createdAt, createdAt);

      const socials = PLATFORMS.filter(() => rng.chance(0.45)).slice(0, 4);
      if (!socials.length) socials.push(rng.pick(PLATFORMS));
      const followers = socials.map(() => Math.min(50_000_000, Math.round(rng.logNormal(8.5, 1.8))));
      const prices = Array.from({ length: rng.int(0, 3) }, () => Math.round(rng.logNormal(11, 0.8) / 100) * 100 + 5000);
      const budgetMin = rng.chance(0.6) ? rng.int(1, 20) * 5000 : null;
      const budgetMax = budgetMin === null ? null : budgetMin + rng.int(1, 40) * 5000;
      const role = rng.pick(ROLES);
      const topic = rng.pick(TOPICS);
      const headline = `${cap(topic)} ${role} in ${rng.pick(CITIES)}`;
      const cityIdx = rng.int(0, CITIES.length - 1);
      const visibility = rng.chance(0.9) ? "public" : rng.chance(0.5) ? "unlisted" : "private";
      const featured = rng.chance(0.002);
      profile(
        id, slug, name, headline, paragraph(rng, rng.int(3, 7)), visibility, CITIES[cityIdx], ZONES[cityIdx],
        rng.sample(LANGS, rng.int(1, 3)).join(", "), budgetMin, budgetMax, "USD", rng.chance(0.7) ? rng.int(0, 10) : null,
        featured ? 1 : 0, featured ? createdAt : null, 0, 0, followers.reduce((a, b) => a + b, 0),
        prices.length ? Math.min(...prices) : null, createdAt, createdAt,
      );
      if (category) for (const c of rng.sample(ctx.categoryIds, rng.int(1, 3))) category(id, c);
      if (skill && skillIds.length) for (const s of rng.sample(skillIds, rng.int(1, 4))) skill(id, s);
      if (social) {
        socials.forEach((p, k) => {
          const handle = `${first}${last}${i.toString(36)}`;
          social(rng.id(), id, p, handle, PLATFORM_URL[p] + handle, followers[k], rng.int(50, 1200), createdAt);
        });
      }
      if (pkg) {
        prices.forEach((price, k) => {
          pkg(rng.id(), id, ["Starter", "Standard", "Premium"][k], price, "USD", "1 post, 3 stories, usage rights for 30 days", rng.int(3, 30), k, createdAt);
        });
      }
      if (item) {
        const items = rng.int(0, 10);
        for (let k = 0; k < items; k++) {
          const video = rng.chance(0.3);
          item(
            rng.id(), id, video ? "video" : "link", `${cap(rng.pick(TOPICS))} campaign ${k + 1}`,
            video ? `https://www.youtube.com/watch?v=${rng.id().slice(0, 11)}` : `https://example.com/work/${slug}/${k}`,
            rng.chance(0.5) ? paragraph(rng, 1) : "", rng.chance(0.5) ? "Northwind" : "", isoDate(createdAt + k * DAY_MS), k,
            k < 3 && rng.chance(0.3) ? 1 : 0, createdAt,
          );
        }
      }
      if (availability) availability(id, ZONES[cityIdx], 31, 1, rng.int(1, 3), createdAt);
    }
  })();
  ctx.progress.finish();
}
