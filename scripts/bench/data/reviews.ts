import { type Ctx, DAY_MS, allocate, inserter } from "./context";
import { FIRST, LAST, cap, reviewBody } from "./words";

/**
 * About a million reviews, Pareto-skewed (most creators have a few, some thousands). Completed bookings
 * become verified reviews. creator_profiles.rating_avg / review_count are set from the visible ones.
 */
export function generateReviews(ctx: Ctx) {
  if (!ctx.hasTable("reviews")) {
    ctx.notes.push("reviews: table missing, skipped");
    return;
  }
  const { rng, sqlite } = ctx;
  const review = inserter(ctx, "reviews", ["id", "creator_id", "source_type", "source_id", "verified", "rating", "body", "client_name", "client_email", "consent", "reply", "reply_at", "hidden", "hidden_at", "created_at"])!;
  const cols = ctx.columns("creator_profiles");
  const summary = cols.has("rating_avg") && cols.has("review_count")
    ? sqlite.prepare("update creator_profiles set rating_avg = ?, review_count = ? where user_id = ?")
    : null;
  // Per-star counts of visible reviews (the portfolio page's distribution), when the schema has them.
  const stars = cols.has("rating_1_count")
    ? sqlite.prepare(
        "update creator_profiles set rating_1_count = ?, rating_2_count = ?, rating_3_count = ?, rating_4_count = ?, rating_5_count = ? where user_id = ?",
      )
    : null;
  const total = Math.round(1_000_000 * ctx.scale);
  const counts = allocate(ctx, total, 5000);
  ctx.progress.start("reviews", total);
  sqlite.transaction(() => {
    for (let c = 0; c < counts.length; c++) {
      const creator = ctx.creators[c]!;
      const verifiable = ctx.completedBookings.get(c) ?? [];
      let sum = 0;
      let visible = 0;
      const perStar = [0, 0, 0, 0, 0];
      // Each creator has a "true" quality; ratings scatter around it.
      const quality = 3 + rng.next() * 2;
      for (let k = 0; k < counts[c]!; k++) {
        const rating = Math.max(1, Math.min(5, Math.round(quality + (rng.next() - 0.5) * 2.5)));
        const createdAt = Math.max(creator.createdAt, ctx.now - Math.floor(rng.next() * 700 * DAY_MS));
        const bookingId = k < verifiable.length ? verifiable[k]! : null;
        const hidden = rng.chance(0.02);
        const replied = rng.chance(0.1);
        review(rng.id(), creator.id, bookingId ? "booking" : "none", bookingId, bookingId ? 1 : 0, rating, reviewBody(rng),
          `${cap(rng.pick(FIRST))} ${cap(rng.pick(LAST))}`, `reviewer${rng.int(1, 999_999)}@example.com`, 1,
          replied ? "Thank you, it was a pleasure working with you!" : null, replied ? createdAt + DAY_MS : null,
          hidden ? 1 : 0, hidden ? createdAt + DAY_MS : null, createdAt);
        if (!hidden) {
          sum += rating;
          visible++;
          perStar[rating - 1]!++;
        }
      }
      if (summary && visible) summary.run(Math.round((sum / visible) * 100) / 100, visible, creator.id);
      if (stars && visible) stars.run(...perStar, creator.id);
    }
  })();
  ctx.progress.finish();
}
