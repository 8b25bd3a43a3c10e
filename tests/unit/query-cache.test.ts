import { describe, expect, test, vi } from "vitest";
import { sqlite } from "~/db/client.server";
import { openSqlite } from "~/db/open.server";
import { cachedQuery, clearQueryCache } from "~/db/query-cache.server";
import { getEnv } from "~/utils/env.server";
import { makeUser } from "../utils";
import { makeCreator } from "./portfolio-helpers";

const countUsers = () => sqlite.prepare("select count(*) from users").pluck().get() as number;

describe("cachedQuery", () => {
  test("serves the cached answer while nothing changes, and a fresh one right after a write", async () => {
    clearQueryCache();
    let computed = 0;
    const read = () => cachedQuery("users:count", () => (computed++, countUsers()));
    const before = read();
    expect(read()).toBe(before);
    expect(computed).toBe(1);

    await makeUser("creator");
    expect(read()).toBe(before + 1);
    expect(computed).toBe(2);
  });

  test("an update that changes no row count still invalidates", async () => {
    clearQueryCache();
    const user = await makeUser("creator", { displayName: "Before" });
    const name = () =>
      cachedQuery(`name:${user.id}`, () =>
        sqlite.prepare("select display_name from users where id = ?").pluck().get(user.id),
      );
    expect(name()).toBe("Before");
    sqlite.prepare("update users set display_name = 'After' where id = ?").run(user.id);
    expect(name()).toBe("After");
  });

  test("a commit from another connection (a replica replaying the primary, a script) invalidates", async () => {
    clearQueryCache();
    const user = await makeUser("creator", { displayName: "Mine" });
    const name = () =>
      cachedQuery(`other:${user.id}`, () =>
        sqlite.prepare("select display_name from users where id = ?").pluck().get(user.id),
      );
    expect(name()).toBe("Mine");
    const other = openSqlite(getEnv().DATABASE_PATH);
    try {
      other.prepare("update users set display_name = 'Theirs' where id = ?").run(user.id);
    } finally {
      other.close();
    }
    expect(name()).toBe("Theirs");
  });

  test("view counters written by another process keep the cache; the next write it may show drops it", async () => {
    clearQueryCache();
    const { user } = await makeCreator();
    let computed = 0;
    const read = () => cachedQuery("users:count:2", () => (computed++, countUsers()));
    const before = read();
    // Another web process flushing its views, as it does once a second.
    const other = openSqlite(getEnv().DATABASE_PATH);
    try {
      other
        .prepare(
          "insert into profile_views (creator_id, day, source, referrer_host, count) values (?, '2026-11-30', 'direct', '', 3)",
        )
        .run(user.id);
    } finally {
      other.close();
    }
    expect(read()).toBe(before);
    expect(computed).toBe(1);
    await makeUser("brand");
    expect(read()).toBe(before + 1);
    expect(computed).toBe(2);
  });

  test("entries expire after their maximum age", () => {
    clearQueryCache();
    let n = 0;
    expect(cachedQuery("age", () => ++n, 0)).toBe(1);
    const start = Date.now();
    while (Date.now() === start) {
      /* wait for the clock to move */
    }
    expect(cachedQuery("age", () => ++n, 0)).toBe(2);
  });
});

describe("QUERY_CACHE=off", () => {
  test("computes every query afresh", async () => {
    vi.resetModules();
    process.env.QUERY_CACHE = "off";
    try {
      const fresh = await import("~/db/query-cache.server");
      let computed = 0;
      fresh.cachedQuery("off:test", () => computed++);
      fresh.cachedQuery("off:test", () => computed++);
      expect(computed).toBe(2);
    } finally {
      delete process.env.QUERY_CACHE;
      vi.resetModules();
    }
  });
});
