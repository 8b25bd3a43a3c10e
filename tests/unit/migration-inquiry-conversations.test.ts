import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseBefore, migrate } from "./fixtures/migrations";

const TAG = "0022_inquiry_conversations";

const now = Date.now();

/** A deal's and a booking's conversation as the app wrote them at 0021. */
function seedAt0021(file: string) {
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
    `insert into deals (id, brand_id, creator_id, title, amount_cents, created_at, updated_at)
     values ('deal-1', 'u-brand', 'u-creator', 'Spring reels', 30000, ?, ?)`,
    now,
    now,
  );
  run(
    `insert into bookings (id, creator_id, date, client_name, client_email, message, manage_token_hash, manage_token_expires_at, created_at, updated_at)
     values ('booking-1', 'u-creator', '2027-02-01', 'Ola', 'ola@example.com', 'A shoot in February', 'h', ?, ?, ?)`,
    now + 86_400_000,
    now,
    now,
  );
  run(
    `insert into inquiries (id, creator_id, name, email, message, created_at)
     values ('inquiry-1', 'u-creator', 'Vera', 'vera@example.com', 'Are you free in March?', ?)`,
    now,
  );
  const message = db.prepare(
    `insert into messages (id, deal_id, booking_id, sender, sender_user_id, body, created_at)
     values (?, ?, ?, ?, ?, ?, ?)`,
  );
  message.run("m1", "deal-1", null, "brand", "u-brand", "Can you film on Friday?", now);
  message.run("m2", "deal-1", null, "creator", "u-creator", "Friday works.", now + 1);
  message.run("m3", null, "booking-1", "client", null, "Could we start at 10?", now + 2);
  const thread = db.prepare(
    `insert into message_threads (id, deal_id, booking_id, participant, user_id, unread, last_message_at, last_read_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  thread.run("t1", "deal-1", null, "brand", "u-brand", 1, now + 1, now);
  thread.run("t2", "deal-1", null, "creator", "u-creator", 0, now + 1, now + 1);
  thread.run("t3", null, "booking-1", "client", null, 0, now + 2, now + 2);
  thread.run("t4", null, "booking-1", "creator", "u-creator", 1, now + 2, null);
  db.close();
}

const indexesOf = (db: Database.Database, table: string) =>
  db
    .prepare(
      `select name from sqlite_master where type = 'index' and tbl_name = ? and sql is not null order by name`,
    )
    .pluck()
    .all(table);

describe(`migration ${TAG}`, () => {
  it("keeps every message and unread count, remakes the indexes, and takes inquiry conversations", () => {
    const file = databaseBefore(TAG);
    const before = new Database(file);
    const oldIndexes = {
      messages: indexesOf(before, "messages"),
      message_threads: indexesOf(before, "message_threads"),
    };
    before.close();
    seedAt0021(file);

    migrate(file);
    const db = new Database(file);
    db.pragma("foreign_keys = ON");
    expect(
      db
        .prepare(
          "select id, deal_id, booking_id, inquiry_id, sender, sender_user_id, body from messages order by created_at",
        )
        .all(),
    ).toEqual([
      {
        id: "m1",
        deal_id: "deal-1",
        booking_id: null,
        inquiry_id: null,
        sender: "brand",
        sender_user_id: "u-brand",
        body: "Can you film on Friday?",
      },
      {
        id: "m2",
        deal_id: "deal-1",
        booking_id: null,
        inquiry_id: null,
        sender: "creator",
        sender_user_id: "u-creator",
        body: "Friday works.",
      },
      {
        id: "m3",
        deal_id: null,
        booking_id: "booking-1",
        inquiry_id: null,
        sender: "client",
        sender_user_id: null,
        body: "Could we start at 10?",
      },
    ]);
    expect(
      db
        .prepare(
          "select id, participant, user_id, unread, last_read_at from message_threads order by id",
        )
        .all(),
    ).toEqual([
      { id: "t1", participant: "brand", user_id: "u-brand", unread: 1, last_read_at: now },
      { id: "t2", participant: "creator", user_id: "u-creator", unread: 0, last_read_at: now + 1 },
      { id: "t3", participant: "client", user_id: null, unread: 0, last_read_at: now + 2 },
      { id: "t4", participant: "creator", user_id: "u-creator", unread: 1, last_read_at: null },
    ]);

    // Every old index is there again, plus the inquiry's.
    expect(indexesOf(db, "messages")).toEqual(
      [...oldIndexes.messages, "messages_inquiry_idx"].sort(),
    );
    expect(indexesOf(db, "message_threads")).toEqual(
      [...oldIndexes.message_threads, "message_threads_inquiry_unique"].sort(),
    );
    expect(oldIndexes.messages).toContain("messages_deal_idx");
    expect(oldIndexes.message_threads).toContain("message_threads_user_idx");
    // The table's own name in the CHECKs after the rename, not the temporary one.
    const ddl = db
      .prepare("select sql from sqlite_master where name in ('messages', 'message_threads')")
      .pluck()
      .all()
      .join("\n");
    expect(ddl).not.toContain("__new_");
    expect(db.pragma("foreign_key_check")).toEqual([]);

    // An inquiry's conversation: its creator and its visitor (a client, without an account).
    const insert = db.prepare(
      `insert into messages (id, deal_id, booking_id, inquiry_id, sender, sender_user_id, body, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run("m4", null, null, "inquiry-1", "client", null, "Hello again", now + 3);
    insert.run("m5", null, null, "inquiry-1", "creator", "u-creator", "Hi Vera", now + 4);
    // Exactly one of deal, booking and inquiry; an inquiry has no brand side.
    expect(() =>
      insert.run("m6", "deal-1", null, "inquiry-1", "creator", "u-creator", "Both", now),
    ).toThrow(/CHECK constraint failed/);
    expect(() => insert.run("m7", null, null, null, "creator", "u-creator", "None", now)).toThrow(
      /CHECK constraint failed/,
    );
    expect(() =>
      insert.run("m8", null, null, "inquiry-1", "brand", "u-brand", "A brand", now),
    ).toThrow(/CHECK constraint failed/);
    const thread = db.prepare(
      `insert into message_threads (id, inquiry_id, participant, user_id, unread, last_message_at)
       values (?, 'inquiry-1', ?, ?, 0, ?)`,
    );
    thread.run("t5", "client", null, now);
    expect(() => thread.run("t6", "client", null, now)).toThrow(/UNIQUE constraint failed/);
    expect(() => thread.run("t7", "brand", "u-brand", now)).toThrow(/CHECK constraint failed/);

    // Deleting the inquiry takes its conversation with it.
    db.prepare("delete from inquiries where id = 'inquiry-1'").run();
    expect(db.prepare("select count(*) from messages").pluck().get()).toBe(3);
    expect(db.prepare("select count(*) from message_threads").pluck().get()).toBe(4);
    db.close();
  });
});
