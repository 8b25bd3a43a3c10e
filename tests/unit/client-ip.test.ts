import { describe, expect, it } from "vitest";
import { forwardedClientIp } from "~/utils/client-ip";

const from = (headers: Record<string, string>) => (name: string) => headers[name] ?? null;

describe("the visitor's address from proxy headers", () => {
  it("prefers Fly's client IP, then the first forwarded-for entry, then X-Real-IP", () => {
    const all = {
      "fly-client-ip": "203.0.113.1",
      "x-forwarded-for": "198.51.100.2, 10.0.0.1",
      "x-real-ip": "192.0.2.3",
    };
    expect(forwardedClientIp(from(all))).toBe("203.0.113.1");
    expect(
      forwardedClientIp(
        from({ "x-forwarded-for": all["x-forwarded-for"], "x-real-ip": all["x-real-ip"] }),
      ),
    ).toBe("198.51.100.2");
    expect(forwardedClientIp(from({ "x-real-ip": "192.0.2.3" }))).toBe("192.0.2.3");
  });

  it("is undefined without any of them, so each caller picks its own fallback", () => {
    expect(forwardedClientIp(from({}))).toBeUndefined();
  });
});
