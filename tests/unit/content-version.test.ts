import { describe, expect, test } from "vitest";
import { sqlite } from "~/db/client.server";
import { contentVersion } from "~/db/query-cache.server";
import { enqueueView, flushViews } from "~/models/analytics/view-queue.server";
import { createSession } from "~/models/accounts/sessions.server";
import { makeUser } from "../utils";
import { makeCreator } from "./portfolio-helpers";

/**
 * The content version (decision 023): the query cache and the cached list pages are valid while it
 * stands, so every table whose rows a cached read or a cached page may show must move it.
 */
const LEFT_OUT = [
  "email_outbox",
  "email_verifications",
  "inquiry_links",
  "message_threads",
  "messages",
  "moderation_log",
  "notification_preferences",
  "notifications",
  "password_reset_tokens",
  "profile_views",
  "sessions",
];
const EVENTS = ["ai", "au", "ad"];

function ordinaryTables() {
  const rows = sqlite
    .prepare("select name, sql from sqlite_master where type = 'table' order by name")
    .all() as { name: string; sql: string | null }[];
  const virtual = rows.filter((r) => /^create virtual table/i.test(r.sql ?? "")).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter(
      (name) =>
        !name.startsWith("sqlite_") &&
        name !== "__drizzle_migrations" &&
        name !== "content_version" &&
        !virtual.some((v) => name === v || name.startsWith(`${v}_`)),
    );
}

const triggersOn = (table: string) =>
  sqlite
    .prepare("select name from sqlite_master where type = 'trigger' and tbl_name = ?")
    .pluck()
    .all(table) as string[];

describe("content version", () => {
  test("every table moves it on insert, update and delete, but the eleven no cached page shows", () => {
    const tables = ordinaryTables();
    expect(tables.length).toBeGreaterThan(30);
    for (const table of LEFT_OUT) expect(tables).toContain(table);
    const missing = tables
      .filter((table) => !LEFT_OUT.includes(table))
      .flatMap((table) =>
        EVENTS.map((event) => `${table}_content_version_${event}`).filter(
          (name) => !triggersOn(table).includes(name),
        ),
      );
    // A new table needs its three triggers in its migration (see drizzle/0014), or a place in
    // LEFT_OUT with a reason in decision 023.
    expect(missing).toEqual([]);
    for (const table of LEFT_OUT) {
      expect(triggersOn(table).filter((name) => name.includes("content_version"))).toEqual([]);
    }
  });

  test("has one row, with this database's own epoch", () => {
    const rows = sqlite.prepare("select id, epoch, version from content_version").all() as {
      id: number;
      epoch: string;
      version: number;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.epoch).toMatch(/^[0-9a-f]{16}$/);
    expect(contentVersion()).toBe(`${rows[0]!.epoch}:${rows[0]!.version}`);
    expect(() => sqlite.prepare("insert into content_version values (2, 'x', 0)").run()).toThrow(
      /CHECK/,
    );
  });

  test("moves with a write a page may show: a new account, a renamed profile, a deleted row", async () => {
    const start = contentVersion();
    const user = await makeUser("creator", { displayName: "Ada" });
    const afterInsert = contentVersion();
    expect(afterInsert).not.toBe(start);
    sqlite.prepare("update users set display_name = 'Ada L' where id = ?").run(user.id);
    const afterUpdate = contentVersion();
    expect(afterUpdate).not.toBe(afterInsert);
    sqlite.prepare("delete from users where id = ?").run(user.id);
    expect(contentVersion()).not.toBe(afterUpdate);
  });

  test("stands still for view counters and sessions", async () => {
    const { user } = await makeCreator();
    const before = contentVersion();
    enqueueView({ creatorId: user.id, day: "2026-11-30", source: "direct", referrerHost: "" });
    expect(flushViews()).toBe(1);
    const { id } = createSession(user.id);
    sqlite.prepare("delete from sessions where id = ?").run(id);
    expect(contentVersion()).toBe(before);
    const counted = sqlite
      .prepare("select sum(count) from profile_views where creator_id = ?")
      .pluck()
      .get(user.id);
    expect(counted).toBe(1);
  });
});
