/**
 * The visitor's address from the headers our proxies set: Fly's `Fly-Client-IP`, else the first
 * `X-Forwarded-For` entry, else `X-Real-IP`; undefined without any of them. One definition for
 * the rate limits (a Fetch request) and the server's guards (Node's request).
 */
export function forwardedClientIp(
  get: (name: string) => string | null | undefined,
): string | undefined {
  return (
    get("fly-client-ip") ??
    get("x-forwarded-for")?.split(",")[0]?.trim() ??
    get("x-real-ip") ??
    undefined
  );
}
