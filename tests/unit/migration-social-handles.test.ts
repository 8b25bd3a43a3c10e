import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseBefore, migrate } from "./fixtures/migrations";

const TAG = "0016_social_handle_nocase";

describe(`migration ${TAG}`, () => {
  it("keeps the first of accounts that differ only in case, then refuses another", () => {
    const file = databaseBefore(TAG);

    const db = new Database(file);
    const now = Date.now();
    db.prepare(
      `insert into users (id, email, password_hash, display_name, role, created_at, updated_at)
       values ('u1', 'u1@example.com', 'x', 'Mia', 'creator', ?, ?)`,
    ).run(now, now);
    db.prepare(
      `insert into creator_profiles (user_id, slug, display_name, created_at, updated_at)
       values ('u1', 'mia-handles', 'Mia', ?, ?)`,
    ).run(now, now);
    const add = db.prepare(
      `insert into social_accounts (id, creator_id, platform, handle, url, followers, created_at)
       values (?, 'u1', ?, ?, 'https://example.com/x', ?, ?)`,
    );
    add.run("first", "instagram", "MiaLens", 1000, now);
    add.run("later", "instagram", "mialens", 1000, now + 1);
    add.run("tiktok", "tiktok", "mialens", 500, now + 2);
    db.close();

    migrate(file);
    const after = new Database(file);
    expect(
      after.prepare("select id from social_accounts order by created_at").pluck().all(),
    ).toEqual(["first", "tiktok"]);
    const again = after.prepare(add.source);
    expect(() => again.run("again", "instagram", "MIALENS", 1, now)).toThrow(
      /UNIQUE constraint failed/,
    );
    after.close();
  });
});
