import { describe, expect, it } from "vitest";
import { cspNonce } from "../../server/nonce";

describe("CSP nonces", () => {
  it("are 16 random bytes in base64", () => {
    const nonce = cspNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });

  it("never repeat, across several refills of the pool", () => {
    const nonces = Array.from({ length: 2000 }, cspNonce);
    expect(new Set(nonces).size).toBe(nonces.length);
  });
});
