import { describe, expect, it } from "vitest";
import {
  bodyLimitFor,
  checkBodySize,
  checkOrigin,
  DEFAULT_BODY_LIMIT,
  UPLOAD_BODY_LIMIT,
} from "~/utils/origin-check.server";

const base = {
  method: "POST",
  host: "gigfolio.example",
  protocol: "https",
  origin: undefined,
  referer: undefined,
  secFetchSite: undefined,
  appUrl: undefined,
};

describe("origin check on mutations", () => {
  it("lets every GET, HEAD and OPTIONS through, whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(
        checkOrigin({ ...base, method, origin: "https://evil.example", secFetchSite: "cross-site" })
          .ok,
      ).toBe(true);
    }
  });

  it("accepts a POST from the same origin or from APP_URL", () => {
    expect(checkOrigin({ ...base, origin: "https://gigfolio.example" }).ok).toBe(true);
    expect(
      checkOrigin({
        ...base,
        host: "gigfolio-app.internal:8080",
        protocol: "http",
        origin: "https://gigfolio.example",
        appUrl: "https://gigfolio.example/",
      }).ok,
    ).toBe(true);
    // TLS terminated in front of the app: the browser says https, the app sees http.
    expect(checkOrigin({ ...base, protocol: "http", origin: "https://gigfolio.example" }).ok).toBe(
      true,
    );
  });

  it("refuses a POST from another site, a look-alike host, or an opaque origin", () => {
    for (const origin of [
      "https://evil.example",
      "https://gigfolio.example.evil.example",
      "http://gigfolio.example:8443",
      "null",
      "not a url",
    ]) {
      const verdict = checkOrigin({ ...base, origin });
      expect(verdict.ok, origin).toBe(false);
    }
  });

  it("falls back to the Referer when there is no Origin", () => {
    expect(checkOrigin({ ...base, referer: "https://gigfolio.example/signup?x=1" }).ok).toBe(true);
    expect(checkOrigin({ ...base, referer: "https://evil.example/gigfolio.example" }).ok).toBe(
      false,
    );
  });

  it("without Origin and Referer, trusts only requests browsers did not mark cross-site", () => {
    expect(checkOrigin({ ...base }).ok).toBe(true); // curl, server-to-server
    expect(checkOrigin({ ...base, secFetchSite: "same-origin" }).ok).toBe(true);
    expect(checkOrigin({ ...base, secFetchSite: "none" }).ok).toBe(true);
    expect(checkOrigin({ ...base, secFetchSite: "cross-site" }).ok).toBe(false);
    expect(checkOrigin({ ...base, secFetchSite: "same-site" }).ok).toBe(false);
  });
});

describe("body size limits", () => {
  it("allows 1 MB for forms and 6 MB on the media upload routes", () => {
    expect(bodyLimitFor("/signup")).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor("/dashboard/profile")).toBe(DEFAULT_BODY_LIMIT);
    expect(bodyLimitFor("/dashboard/profile/media")).toBe(UPLOAD_BODY_LIMIT);
    expect(bodyLimitFor("/dashboard/profile/media/avatar")).toBe(UPLOAD_BODY_LIMIT);
    expect(bodyLimitFor("/dashboard/profile/items")).toBe(UPLOAD_BODY_LIMIT);
    expect(bodyLimitFor("/dashboard/profile/mediafoo")).toBe(DEFAULT_BODY_LIMIT);
  });

  it("decides from Content-Length before the body is read", () => {
    const post = { method: "POST", pathname: "/signup", transferEncoding: undefined };
    expect(checkBodySize({ ...post, contentLength: String(DEFAULT_BODY_LIMIT) }).ok).toBe(true);
    expect(checkBodySize({ ...post, contentLength: String(DEFAULT_BODY_LIMIT + 1) })).toEqual({
      ok: false,
      status: 413,
      limit: DEFAULT_BODY_LIMIT,
    });
    expect(checkBodySize({ ...post, contentLength: "-5" }).ok).toBe(false);
    expect(
      checkBodySize({ ...post, contentLength: undefined, transferEncoding: "chunked" }),
    ).toMatchObject({ ok: false, status: 411 });
    expect(
      checkBodySize({
        ...post,
        pathname: "/dashboard/profile/media",
        contentLength: String(5 * 1024 * 1024),
      }).ok,
    ).toBe(true);
  });
});
