import { type Ctx, DAY_MS, allocate, inserter, isoDate } from "./context";
import { FIRST, LAST, cap } from "./words";

/** Booking requests, skewed by creator popularity, each with its first status-history row. */
export function generateBookings(ctx: Ctx) {
  if (!ctx.hasTable("bookings")) {
    ctx.notes.push("bookings: table missing, skipped");
    return;
  }
  const { rng, sqlite } = ctx;
  const booking = inserter(ctx, "bookings", ["id", "creator_id", "date", "start_time", "duration_minutes", "package_name", "client_name", "client_email", "message", "budget_cents", "currency", "status", "decline_reason", "manage_token_hash", "manage_token_expires_at", "created_at", "updated_at"])!;
  const history = inserter(ctx, "booking_status_history", ["id", "booking_id", "from_status", "to_status", "actor_kind", "actor_user_id", "note", "created_at"]);
  const total = Math.round(500_000 * ctx.scale);
  const counts = allocate(ctx, total, 3000);
  ctx.progress.start("bookings", total * 2);
  sqlite.transaction(() => {
    for (let c = 0; c < counts.length; c++) {
      const creator = ctx.creators[c]!;
      for (let k = counts[c]!; k > 0; k--) {
        const id = rng.id();
        const createdAt = Math.max(creator.createdAt, ctx.now - Math.floor(rng.next() * 400 * DAY_MS));
        const date = createdAt + rng.int(2, 90) * DAY_MS;
        const past = date < ctx.now;
        const r = rng.next();
        const status = past
          ? r < 0.6 ? "completed" : r < 0.8 ? "declined" : "cancelled"
          : r < 0.5 ? "requested" : r < 0.85 ? "confirmed" : r < 0.95 ? "declined" : "cancelled";
        const client = `${cap(rng.pick(FIRST))} ${cap(rng.pick(LAST))}`;
        booking(id, creator.id, isoDate(date), rng.chance(0.5) ? `${String(rng.int(8, 18)).padStart(2, "0")}:00` : null,
          rng.chance(0.5) ? rng.int(1, 8) * 60 : null, rng.chance(0.4) ? "Standard" : null, client,
          `client${rng.int(1, 999_999)}@example.com`, "We would love to book you for our next shoot.",
          rng.chance(0.7) ? rng.int(5, 200) * 1000 : null, "USD", status,
          status === "declined" ? "Fully booked that week, sorry." : null, rng.hex(64), date + 30 * DAY_MS, createdAt, createdAt);
        history?.(rng.id(), id, null, "requested", "client", null, null, createdAt);
        if (status === "completed") {
          let list = ctx.completedBookings.get(c);
          if (!list) ctx.completedBookings.set(c, (list = []));
          list.push(id);
        }
      }
    }
  })();
  ctx.progress.finish();
}

/** Inquiries from the portfolio page's contact form. */
export function generateInquiries(ctx: Ctx) {
  const { rng, sqlite } = ctx;
  const inquiry = inserter(ctx, "inquiries", ["id", "creator_id", "name", "email", "message", "budget_cents", "currency", "status", "created_at"]);
  if (!inquiry) return;
  const total = Math.round(100_000 * ctx.scale);
  const counts = allocate(ctx, total, 1000);
  ctx.progress.start("inquiries", total);
  sqlite.transaction(() => {
    for (let c = 0; c < counts.length; c++) {
      for (let k = counts[c]!; k > 0; k--) {
        inquiry(rng.id(), ctx.creators[c]!.id, `${cap(rng.pick(FIRST))} ${cap(rng.pick(LAST))}`, `lead${rng.int(1, 999_999)}@example.com`,
          "Hi! We are planning a campaign and would love to hear your rates.", rng.chance(0.5) ? rng.int(5, 100) * 1000 : null, "USD",
          rng.pick(["new", "read", "archived"]), ctx.now - Math.floor(rng.next() * 300 * DAY_MS));
      }
    }
  })();
  ctx.progress.finish();
}
