import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseBefore, migrate } from "./fixtures/migrations";

const TAG = "0009_foreign_keys_application_items_deals";

const now = Date.now();

/** Rows as the app wrote them before the migration, plus two that point at nothing. */
function seedOldSchema(file: string) {
  const db = new Database(file);
  db.pragma("foreign_keys = ON");
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  for (const [id, role] of [
    ["u-creator", "creator"],
    ["u-brand", "brand"],
  ])
    run(
      `insert into users (id, email, password_hash, display_name, role, created_at, updated_at)
       values (?, ?, 'x', ?, ?, ?, ?)`,
      id,
      `${id}@example.com`,
      id,
      role,
      now,
      now,
    );
  run(
    `insert into creator_profiles (user_id, slug, display_name, created_at, updated_at)
     values ('u-creator', 'mia-migrates', 'Mia', ?, ?)`,
    now,
    now,
  );
  run(
    `insert into portfolio_items (id, creator_id, kind, title, url, position, created_at)
     values ('item-1', 'u-creator', 'link', 'Spring campaign', 'https://example.com/a', 0, ?)`,
    now,
  );
  run(
    `insert into gigs (id, brand_id, title, description, budget_min_cents, budget_max_cents, deadline, remote, created_at, updated_at)
     values ('gig-1', 'u-brand', 'Spring reels', 'Three reels for the spring launch, please.', 10000, 50000, '2027-03-01', 1, ?, ?)`,
    now,
    now,
  );
  run(
    `insert into applications (id, gig_id, creator_id, message, proposed_cents, created_at, updated_at)
     values ('app-1', 'gig-1', 'u-creator', 'I would love to make these reels for you.', 30000, ?, ?)`,
    now,
    now,
  );
  run(
    `insert into application_items (application_id, portfolio_item_id) values ('app-1', 'item-1')`,
  );
  // A sample whose portfolio item was deleted: nothing showed it any more.
  run(
    `insert into application_items (application_id, portfolio_item_id, position) values ('app-1', 'item-gone', 1)`,
  );
  run(
    `insert into bookings (id, creator_id, date, client_name, client_email, message, manage_token_hash, manage_token_expires_at, created_at, updated_at)
     values ('booking-1', 'u-creator', '2027-02-01', 'Ola', 'ola@example.com', 'A shoot in February', 'h', ?, ?, ?)`,
    now + 86_400_000,
    now,
    now,
  );
  for (const [id, bookingId, appId] of [
    ["deal-1", "booking-1", "app-1"],
    ["deal-2", "booking-gone", null],
  ]) {
    run(
      `insert into deals (id, application_id, booking_id, brand_id, creator_id, title, amount_cents, created_at, updated_at)
       values (?, ?, ?, 'u-brand', 'u-creator', 'Spring reels', 30000, ?, ?)`,
      id,
      appId,
      bookingId,
      now,
      now,
    );
    run(
      `insert into deliverables (id, deal_id, position, title, due_date, created_at, updated_at)
       values (?, ?, 0, 'Reel one', '2027-03-01', ?, ?)`,
      `${id}-d`,
      id,
      now,
      now,
    );
    run(
      `insert into deal_status_history (id, deal_id, to_status, created_at) values (?, ?, 'active', ?)`,
      `${id}-h`,
      id,
      now,
    );
  }
  db.close();
}

describe(`migration ${TAG}`, () => {
  it("keeps every deal's deliverables and history, drops dangling links, and enforces the new keys", () => {
    const file = databaseBefore(TAG);
    seedOldSchema(file);

    migrate(file);

    const db = new Database(file);
    db.pragma("foreign_keys = ON");
    const all = (sql: string) => db.prepare(sql).all();
    // Rebuilding `deals` did not cascade into the tables that reference it.
    expect(all(`select id from deliverables order by id`)).toEqual([
      { id: "deal-1-d" },
      { id: "deal-2-d" },
    ]);
    expect(all(`select id from deal_status_history order by id`)).toHaveLength(2);
    expect(all(`select id, booking_id as bookingId from deals order by id`)).toEqual([
      { id: "deal-1", bookingId: "booking-1" },
      { id: "deal-2", bookingId: null },
    ]);
    expect(all(`select portfolio_item_id as item from application_items`)).toEqual([
      { item: "item-1" },
    ]);
    expect(db.pragma("foreign_key_check")).toEqual([]);

    // The new keys hold from now on.
    expect(() =>
      db
        .prepare(
          `insert into application_items (application_id, portfolio_item_id) values ('app-1', 'item-nope')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare(`update deals set booking_id = 'booking-nope' where id = 'deal-2'`).run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(`delete from portfolio_items where id = 'item-1'`).run();
    expect(all(`select * from application_items`)).toEqual([]);
    db.prepare(`delete from bookings where id = 'booking-1'`).run();
    expect(all(`select booking_id as bookingId from deals where id = 'deal-1'`)).toEqual([
      { bookingId: null },
    ]);

    // The rebuilt table kept its checks and indexes.
    expect(() => db.prepare(`update deals set status = 'weird' where id = 'deal-1'`).run()).toThrow(
      /CHECK/,
    );
    expect(
      all(
        `select name from sqlite_master where type = 'index' and tbl_name = 'deals' order by name`,
      ),
    ).toEqual(
      expect.arrayContaining([
        { name: "deals_application_unique" },
        { name: "deals_booking_unique" },
        { name: "deals_brand_status_idx" },
        { name: "deals_creator_status_idx" },
      ]),
    );
    db.close();
  });

  it("stops when rows break a foreign key after migrating, naming them; a start with nothing to apply does not check", () => {
    const file = databaseBefore(TAG);
    const db = new Database(file);
    db.pragma("foreign_keys = OFF");
    db.prepare(
      `insert into portfolio_items (id, creator_id, kind, title, url, position, created_at)
       values ('orphan', 'nobody', 'link', 'Lost', 'https://example.com', 0, ?)`,
    ).run(now);
    db.close();
    expect(() => migrate(file)).toThrow(
      /After migrating, 1 rows break a foreign key \(portfolio_items row \d+ → creator_profiles\)/,
    );
    // The migration itself was committed; the next start has nothing to apply and goes on.
    expect(() => migrate(file)).not.toThrow();
  });
});
