import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressDocument } from "~/utils/compress-document.server";

const page = Buffer.from(
  `<!DOCTYPE html><html><body>${"<p>Portfolio</p>".repeat(200)}</body></html>`,
);

function send(acceptEncoding: string | null, body = page, method = "GET") {
  const headers = new Headers({ "Content-Type": "text/html; charset=utf-8" });
  const request = new Request("http://localhost/maya", {
    method,
    headers: acceptEncoding === null ? {} : { "Accept-Encoding": acceptEncoding },
  });
  return { out: compressDocument(body, request, headers), headers };
}

describe("documents are compressed in one piece", () => {
  it("gzips for a browser that accepts it, and the bytes come back unchanged", () => {
    const { out, headers } = send("gzip, deflate, br, zstd");
    expect(headers.get("Content-Encoding")).toBe("gzip");
    expect(headers.get("Vary")).toContain("Accept-Encoding");
    expect(out.length).toBeLessThan(page.length / 5);
    expect(gunzipSync(out).equals(page)).toBe(true);
  });

  it("sends the page as it is to clients that do not accept gzip", () => {
    for (const accept of [null, "", "br", "gzip;q=0, identity", "identity"]) {
      const { out, headers } = send(accept);
      expect(headers.get("Content-Encoding"), String(accept)).toBeNull();
      expect(headers.get("Vary"), String(accept)).toContain("Accept-Encoding");
      expect(out.equals(page), String(accept)).toBe(true);
    }
  });

  it("leaves tiny bodies and HEAD requests alone", () => {
    const tiny = Buffer.from("<!DOCTYPE html><p>Hi</p>");
    expect(send("gzip", tiny).headers.get("Content-Encoding")).toBeNull();
    expect(send("gzip", page, "HEAD").headers.get("Content-Encoding")).toBeNull();
  });
});
