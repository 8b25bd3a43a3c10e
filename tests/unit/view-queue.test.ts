import { describe, expect, it, vi } from "vitest";
import { sqlite } from "~/db/client.server";
import { flushOrForwardViews } from "~/models/analytics/view-flush.server";
import {
  classifyReferrer,
  drainViews,
  enqueueView,
  flushViews,
  pendingViewCount,
} from "~/models/analytics/view-queue.server";
import { action as viewsAction } from "~/routes/resources.views";
import { makeCreator } from "./portfolio-helpers";

const counts = (creatorId: string) =>
  sqlite
    .prepare(
      "select day, source, referrer_host as host, count from profile_views where creator_id = ? order by source, host",
    )
    .all(creatorId);

describe("view source", () => {
  it("classifies the Referer", () => {
    expect(classifyReferrer(null, "gigfolio.test")).toEqual({ source: "direct", referrerHost: "" });
    expect(classifyReferrer("https://gigfolio.test/creators?q=food", "gigfolio.test")).toEqual({
      source: "search",
      referrerHost: "",
    });
    expect(classifyReferrer("https://gigfolio.test/dashboard", "gigfolio.test")).toEqual({
      source: "direct",
      referrerHost: "",
    });
    expect(classifyReferrer("https://www.instagram.com/p/1", "gigfolio.test")).toEqual({
      source: "referral",
      referrerHost: "instagram.com",
    });
    expect(classifyReferrer("not a url", "gigfolio.test").source).toBe("direct");
  });
});

describe("view queue", () => {
  it("aggregates in memory and flushes in one transaction, adding to existing rows", async () => {
    drainViews();
    const { user } = await makeCreator();
    for (let i = 0; i < 5; i++)
      enqueueView({ creatorId: user.id, day: "2026-11-20", source: "direct", referrerHost: "" });
    enqueueView({
      creatorId: user.id,
      day: "2026-11-20",
      source: "referral",
      referrerHost: "instagram.com",
    });
    expect(pendingViewCount()).toBe(6);
    expect(counts(user.id)).toEqual([]);
    const spy = vi.spyOn(sqlite, "transaction");
    expect(flushViews()).toBe(2);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(pendingViewCount()).toBe(0);
    enqueueView({ creatorId: user.id, day: "2026-11-20", source: "direct", referrerHost: "" });
    flushViews();
    expect(counts(user.id)).toEqual([
      { day: "2026-11-20", source: "direct", host: "", count: 6 },
      { day: "2026-11-20", source: "referral", host: "instagram.com", count: 1 },
    ]);
  });

  it("drops views of deleted creators instead of failing the batch", async () => {
    drainViews();
    const { user } = await makeCreator();
    enqueueView({ creatorId: "gone", day: "2026-11-20", source: "direct", referrerHost: "" });
    enqueueView({ creatorId: user.id, day: "2026-11-20", source: "search", referrerHost: "" });
    expect(flushViews()).toBe(2);
    expect(counts(user.id)).toHaveLength(1);
  });

  it("on a replica forwards the batch to the primary, and puts it back if that fails", async () => {
    drainViews();
    const { user } = await makeCreator();
    enqueueView({ creatorId: user.id, day: "2026-11-21", source: "direct", referrerHost: "" });
    const failing = vi.fn(async () => new Response("nope", { status: 502 }));
    await expect(
      flushOrForwardViews({
        isPrimary: false,
        appUrl: "https://gigfolio.test",
        fetchImpl: failing as unknown as typeof fetch,
      }),
    ).rejects.toThrow(/502/);
    expect(pendingViewCount()).toBe(1);
    const ok = vi.fn(
      async (_url: string, _init: RequestInit) => new Response("{}", { status: 200 }),
    );
    expect(
      await flushOrForwardViews({
        isPrimary: false,
        appUrl: "https://gigfolio.test/",
        fetchImpl: ok as unknown as typeof fetch,
      }),
    ).toBe(1);
    expect(ok.mock.calls[0]![0]).toBe("https://gigfolio.test/resources/views");
    const init = ok.mock.calls[0]![1];
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual([
      { creatorId: user.id, day: "2026-11-21", source: "direct", referrerHost: "", count: 1 },
    ]);
    expect(pendingViewCount()).toBe(0);
    // Nothing was written on the replica.
    expect(counts(user.id)).toEqual([]);
  });

  it("the internal endpoint needs the shared secret and queues (does not write)", async () => {
    drainViews();
    const { user } = await makeCreator();
    const body = JSON.stringify([
      {
        creatorId: user.id,
        day: "2026-11-21",
        source: "referral",
        referrerHost: "x.com",
        count: 3,
      },
    ]);
    const post = (secret?: string) =>
      viewsAction({
        request: new Request("http://localhost/resources/views", {
          method: "POST",
          body,
          headers: {
            "Content-Type": "application/json",
            ...(secret ? { "X-Views-Secret": secret } : {}),
          },
        }),
        params: {},
        context: {},
      });
    const denied = await post("wrong");
    expect(denied.status).toBe(403);
    expect(pendingViewCount()).toBe(0);
    await post(process.env.VIEWS_SECRET || process.env.SESSION_SECRET);
    expect(pendingViewCount()).toBe(3);
    expect(counts(user.id)).toEqual([]);
    flushViews();
    expect(counts(user.id)).toEqual([
      { day: "2026-11-21", source: "referral", host: "x.com", count: 3 },
    ]);
  });
});
