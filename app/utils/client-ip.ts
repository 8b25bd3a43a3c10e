/**
 * Where the visitor's address is read from. Only the proxy in front of the app may be believed,
 * so the deployment names it (CLIENT_IP_SOURCE, decision 030):
 * - `fly-client-ip`: Fly's edge sets `Fly-Client-IP` and overwrites any the visitor sent (the default
 *   on Fly, where FLY_APP_NAME is set);
 * - `x-forwarded-for`: one reverse proxy that appends the address it saw, so the right-most entry
 *   (the left ones are whatever the visitor wrote);
 * - `x-real-ip`: a proxy that sets `X-Real-IP`;
 * - `socket`: no proxy; the connection's peer (the default elsewhere). Any forwarding header a
 *   visitor sends is then ignored.
 */
export const CLIENT_IP_SOURCES = [
  "fly-client-ip",
  "x-forwarded-for",
  "x-real-ip",
  "socket",
] as const;
export type ClientIpSource = (typeof CLIENT_IP_SOURCES)[number];

/**
 * The header the Node server sets on every request it hands to Remix, after overwriting whatever
 * the visitor sent under that name: the address, read once, as the source above says.
 */
export const CLIENT_IP_HEADER = "x-gigfolio-client-ip";

export function clientIpOf(
  get: (name: string) => string | null | undefined,
  socketAddress: string | undefined,
  source: ClientIpSource,
): string | undefined {
  if (source === "socket") return socketAddress;
  if (source === "x-forwarded-for") {
    const entries = (get("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    return entries.at(-1) ?? socketAddress;
  }
  return get(source)?.trim() || socketAddress;
}
