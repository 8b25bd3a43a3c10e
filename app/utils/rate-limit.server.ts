import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * In-memory limiters. Every mutation is served by the LiteFS primary (the proxy replays non-GET
 * requests there), so one process sees all attempts.
 */
export const loginFailuresByIp = new RateLimiterMemory({ keyPrefix: "login-ip", points: 10, duration: 60 });
export const loginFailuresByAccount = new RateLimiterMemory({ keyPrefix: "login-acct", points: 10, duration: 15 * 60 });
export const publicFormsByIp = new RateLimiterMemory({ keyPrefix: "public-form", points: 20, duration: 60 });
export const resetRequestsByIp = new RateLimiterMemory({ keyPrefix: "reset", points: 5, duration: 15 * 60 });

/** True when the key has no points left, without spending one. */
export async function isLimited(limiter: RateLimiterMemory, key: string) {
  const res = await limiter.get(key);
  return res !== null && res.remainingPoints <= 0;
}

/** Spends one point; returns false when the limit is exceeded. */
export async function consume(limiter: RateLimiterMemory, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

export function getClientIp(request: Request): string {
  return (
    request.headers.get("fly-client-ip") ??
    request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ??
    request.headers.get("x-real-ip") ??
    "local"
  );
}

export function resetRateLimitsForTests() {
  for (const limiter of [loginFailuresByIp, loginFailuresByAccount, publicFormsByIp, resetRequestsByIp]) {
    // @ts-expect-error the memory storage is private; tests need a clean slate
    limiter._memoryStorage._storage = {};
  }
}
