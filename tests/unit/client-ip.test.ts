import { describe, expect, it } from "vitest";
import { clientIpOf } from "~/utils/client-ip";
import { getClientIp } from "~/utils/rate-limit.server";
import { makeRequest } from "../utils";

const from = (headers: Record<string, string>) => (name: string) => headers[name] ?? null;
const socket = "192.0.2.50";
const spoofed = {
  "fly-client-ip": "203.0.113.1",
  "x-forwarded-for": "10.9.9.9, 198.51.100.2",
  "x-real-ip": "192.0.2.3",
};

describe("the visitor's address, from the source the deployment names", () => {
  it("without a proxy, is the socket's peer whatever forwarding headers the visitor sends", () => {
    expect(clientIpOf(from(spoofed), socket, "socket")).toBe(socket);
  });

  it("behind one appending proxy, is the right-most forwarded-for entry, not the visitor's own", () => {
    // The visitor wrote "10.9.9.9"; the proxy appended what it saw.
    expect(clientIpOf(from(spoofed), socket, "x-forwarded-for")).toBe("198.51.100.2");
    expect(clientIpOf(from({}), socket, "x-forwarded-for")).toBe(socket);
  });

  it("on Fly, is Fly-Client-IP; with X-Real-IP, that header", () => {
    expect(clientIpOf(from(spoofed), socket, "fly-client-ip")).toBe("203.0.113.1");
    expect(clientIpOf(from(spoofed), socket, "x-real-ip")).toBe("192.0.2.3");
    expect(clientIpOf(from({}), socket, "fly-client-ip")).toBe(socket);
  });

  it("reaches the rate limits only through the header the server sets", () => {
    const forged = makeRequest("/", { headers: { "x-forwarded-for": "10.1.2.3" } });
    expect(getClientIp(forged)).toBe("local");
    const read = makeRequest("/", { headers: { "x-gigfolio-client-ip": "198.51.100.7" } });
    expect(getClientIp(read)).toBe("198.51.100.7");
  });
});
