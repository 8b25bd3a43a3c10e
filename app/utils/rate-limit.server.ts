import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { CLIENT_IP_HEADER } from "./client-ip";
import { createLimiter } from "./limiter.server";

/**
 * Limiters kept in memory: every mutation is served by the LiteFS primary (the proxy replays non-GET
 * requests there), so one machine sees all attempts; with several web processes on it, the counts
 * live in the cluster primary (limiter.server.ts).
 */
const definitions = {
  loginIp: { points: 10, duration: 60 },
  loginAccount: { points: 10, duration: 15 * 60 },
  publicForm: { points: 20, duration: 60 },
  reset: { points: 5, duration: 15 * 60 },
  // Per sender (an account, or a booking's client link): a conversation, not a flood.
  message: { points: 30, duration: 60 },
} as const;

export type LimiterName = keyof typeof definitions;

function build() {
  return Object.fromEntries(
    Object.entries(definitions).map(([name, d]) => [
      name,
      createLimiter({ keyPrefix: name, ...d }),
    ]),
  ) as Record<LimiterName, RateLimiterAbstract>;
}

let limiters = build();

/** True when the key has no points left, without spending one. */
export async function isLimited(name: LimiterName, key: string) {
  const res = await limiters[name].get(key);
  return res !== null && res.remainingPoints <= 0;
}

/** Spends one point; returns false when the limit is exceeded. */
export async function consume(name: LimiterName, key: string): Promise<boolean> {
  try {
    await limiters[name].consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

/** The visitor's address, as the Node server read it (server/remix-handler.ts); "local" without it. */
export function getClientIp(request: Request): string {
  return request.headers.get(CLIENT_IP_HEADER) ?? "local";
}

export function resetRateLimitsForTests() {
  limiters = build();
}
