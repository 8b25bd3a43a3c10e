import { afterEach, describe, expect, it, vi } from "vitest";
import type { Request, Response } from "../../server/http";

const limiter = vi.hoisted(() => ({ get: vi.fn(), penalty: vi.fn() }));
vi.mock("../../app/utils/limiter.server", () => ({ createLimiter: () => limiter }));

const { tokenGuessGuard } = await import("../../server/request-guards");

function reviewLinkRequest(url = "/review/some-token", method = "GET") {
  const req = {
    url,
    method,
    headers: method === "POST" ? { "content-length": "40", "content-type": "x" } : {},
    socket: { remoteAddress: "198.51.100.7" },
  } as unknown as Request;
  const sent: { status?: number; body?: string } = {};
  const res = {
    statusCode: 200,
    on: vi.fn(),
    setHeader: vi.fn(),
    end(body: Buffer) {
      sent.status = res.statusCode;
      sent.body = body.toString("utf8");
    },
  } as unknown as Response;
  return { req, res, sent };
}

function run(req: Request, res: Response) {
  return new Promise<unknown[]>((resolve) => {
    void tokenGuessGuard()(req, res, (...args: unknown[]) => resolve(args));
    // A refusal ends the response instead of calling next.
    setTimeout(() => resolve(["ended"]), 50);
  });
}

afterEach(() => vi.clearAllMocks());

describe("the token-guess guard", () => {
  it("refuses a client with no guesses left with the app's 429 page, in the site's layout", async () => {
    limiter.get.mockResolvedValue({ remainingPoints: 0, msBeforeNext: 90_000 });
    for (const method of ["GET", "POST"]) {
      const { req, res, sent } = reviewLinkRequest("/review/some-token", method);
      // Handed on to the app as a GET of its page for the refusal (app/routes/resources.refused.tsx,
      // which answers 429), with no body; the guard itself sends nothing.
      expect(await run(req, res)).toEqual([]);
      expect(sent.status).toBeUndefined();
      expect(req.method).toBe("GET");
      expect(req.url).toBe("/resources/refused?reason=link-guesses");
      expect(req.headers["content-length"]).toBeUndefined();
      expect(req.headers["content-type"]).toBeUndefined();
      expect(res.setHeader).toHaveBeenCalledWith("Retry-After", "90");
      expect(limiter.penalty).not.toHaveBeenCalled();
    }
  });

  it("answers Remix's data requests (JavaScript on) with its own plain 429 page, as before", async () => {
    limiter.get.mockResolvedValue({ remainingPoints: 0, msBeforeNext: 90_000 });
    const { req, res, sent } = reviewLinkRequest("/review/some-token.data", "POST");
    expect(await run(req, res)).toEqual(["ended"]);
    expect(sent.status).toBe(429);
    expect(sent.body).toContain("Slow down a little");
    expect(res.setHeader).toHaveBeenCalledWith("Retry-After", "90");
  });

  it("serves the link when the shared counter cannot answer, instead of leaving it hanging", async () => {
    limiter.get.mockRejectedValue(new Error("cluster primary did not answer"));
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const { req, res, sent } = reviewLinkRequest();
    expect(await run(req, res)).toEqual([]);
    expect(sent.status).toBeUndefined();
    expect(errors).toHaveBeenCalled();
  });
});
