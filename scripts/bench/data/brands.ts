import { type Ctx, DAY_MS, inserter } from "./context";
import { COMPANY_A, COMPANY_B, INDUSTRIES } from "./words";

/** Brands: users (role brand) + brand_profiles, and brands' saved creators. */
export function generateBrands(ctx: Ctx) {
  const { rng, sqlite } = ctx;
  const user = inserter(ctx, "users", ["id", "email", "password_hash", "display_name", "role", "status", "email_verified_at", "created_at", "updated_at"])!;
  const profile = inserter(ctx, "brand_profiles", ["user_id", "slug", "company", "industry", "website", "description", "created_at", "updated_at"]);
  const favourite = inserter(ctx, "favourites", ["user_id", "creator_id", "list_name", "created_at"]);
  const n = Math.round(20_000 * ctx.scale);
  ctx.progress.start("brands", n * 4);
  sqlite.transaction(() => {
    for (let i = 0; i < n; i++) {
      const id = rng.id();
      const company = `${rng.pick(COMPANY_A)} ${rng.pick(COMPANY_B)} ${i.toString(36).toUpperCase()}`;
      const createdAt = ctx.now - Math.floor(rng.next() * 700 * DAY_MS);
      ctx.brands.push({ id, company });
      user(id, `brand${i}@bench.gigfolio.test`, ctx.passwordHash, company, "brand", "active", createdAt, createdAt, createdAt);
      const slug = company.toLowerCase().replace(/[^a-z0-9]+/g, "-");
      profile?.(id, slug, company, rng.pick(INDUSTRIES), `https://${slug}.example.com`, `${company} makes things people love.`, createdAt, createdAt);
      if (favourite) {
        const seen = new Set<number>();
        for (let k = rng.int(0, 4); k > 0; k--) {
          const c = rng.int(0, ctx.creators.length - 1);
          if (seen.has(c)) continue;
          seen.add(c);
          favourite(id, ctx.creators[c]!.id, "Saved", createdAt);
        }
      }
    }
  })();
  ctx.progress.finish();
}
