import type { Middleware } from "./http";

/**
 * Starts at most one request per event-loop turn, in arrival order.
 *
 * Node renders a page synchronously once its loaders' (synchronous) queries return, so everything a
 * turn of the event loop picks up runs before the loop polls again. Under load that is every request
 * that arrived during the previous turn, and a turn grows to tens of milliseconds; and the loop takes
 * one new connection per turn (libuv ≥ 1.45; in a cluster the primary hands over one per turn and
 * waits for the acknowledgement). Fifty connections opened at once then wait up to seconds for their
 * first answer. Queuing requests here and starting one per turn (setImmediate runs in the next turn
 * when scheduled from a check callback) keeps turns one request long: new connections are taken
 * between requests, and requests are answered in the order they arrived.
 */
export function oneRequestPerTurn(): Middleware {
  const queue: (() => void)[] = [];
  let scheduled = false;
  function drain() {
    const next = queue.shift();
    if (queue.length > 0) setImmediate(drain);
    else scheduled = false;
    next?.();
  }
  return (_req, _res, next) => {
    queue.push(next);
    if (!scheduled) {
      scheduled = true;
      setImmediate(drain);
    }
  };
}
