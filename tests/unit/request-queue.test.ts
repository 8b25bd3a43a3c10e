import { afterEach, describe, expect, it } from "vitest";
import type { Next, Request, Response } from "../../server/http";
import { oneRequestPerTurn } from "../../server/request-queue";

/** Counts turns of the event loop: a check-phase callback that schedules itself again. */
function turnCounter() {
  let turn = 0;
  let running = true;
  const tick = () => {
    turn++;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return {
    get turn() {
      return turn;
    },
    stop: () => (running = false),
  };
}

const req = {} as Request;
const res = {} as Response;
let counter: ReturnType<typeof turnCounter> | undefined;
afterEach(() => counter?.stop());

describe("one request per event-loop turn", () => {
  it("starts requests that arrive together one per turn, in arrival order", async () => {
    const middleware = oneRequestPerTurn();
    counter = turnCounter();
    const started: { name: string; turn: number }[] = [];
    await new Promise<void>((done) => {
      for (const name of ["a", "b", "c", "d"]) {
        middleware(req, res, (() => {
          started.push({ name, turn: counter!.turn });
          if (started.length === 4) done();
        }) as Next);
      }
    });
    expect(started.map((s) => s.name)).toEqual(["a", "b", "c", "d"]);
    const turns = started.map((s) => s.turn);
    expect(new Set(turns).size).toBe(4);
    expect(turns).toEqual([...turns].sort((x, y) => x - y));
  });

  it("lets a timer run between two slow requests instead of after all of them", async () => {
    const middleware = oneRequestPerTurn();
    const events: string[] = [];
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    await new Promise<void>((done) => {
      for (const name of ["first", "second", "third"]) {
        middleware(req, res, (() => {
          events.push(name);
          if (name === "first") setTimeout(() => events.push("timer"), 0);
          busy(5);
          if (name === "third") setTimeout(done, 5);
        }) as Next);
      }
    });
    expect(events.indexOf("timer")).toBeGreaterThan(events.indexOf("first"));
    expect(events.indexOf("timer")).toBeLessThan(events.indexOf("third"));
  });

  it("starts a lone request in the next turn and keeps working after the queue empties", async () => {
    const middleware = oneRequestPerTurn();
    const seen: string[] = [];
    await new Promise<void>((done) => middleware(req, res, (() => done()) as Next));
    seen.push("one");
    await new Promise<void>((done) => middleware(req, res, (() => done()) as Next));
    seen.push("two");
    expect(seen).toEqual(["one", "two"]);
  });
});
