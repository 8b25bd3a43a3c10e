import fs from "node:fs";
import path from "node:path";
import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes";
import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS, slugSchema } from "~/models/portfolio/profile-schema";

const root = path.resolve(__dirname, "../..");

/**
 * The first path segment of every route file in app/routes, as Remix's own flat-routes convention
 * reads them (escapes, pathless layouts, `_` suffixes, folders), with the ignore list vite.config.ts
 * gives it. Dynamic segments ($slug, the $ splat) and the index route have none.
 */
function topLevelRouteSegments() {
  const manifest = flatRoutes(path.join(root, "app"), ["**/.*", "**/*.test.{ts,tsx}"]);
  const segments = new Set<string>();
  for (const route of Object.values(manifest)) {
    const parts: string[] = [];
    for (
      let r: typeof route | undefined = route;
      r;
      r = r.parentId ? manifest[r.parentId] : undefined
    ) {
      if (r.path) parts.unshift(r.path);
    }
    const first = parts.join("/").split("/")[0] ?? "";
    if (first && !/^[:*(]/.test(first)) segments.add(first.toLowerCase());
  }
  return segments;
}

describe("reserved slugs", () => {
  it("cover every top-level path the app routes", () => {
    const segments = topLevelRouteSegments();
    // The reading works: a few routes that certainly exist are found.
    for (const known of ["booking", "dashboard", "media", "gigs", "login"]) {
      expect(segments).toContain(known);
    }
    const missing = [...segments].filter((s) => !RESERVED_SLUGS.has(s));
    expect(
      missing,
      "add these to RESERVED_SLUGS in app/models/portfolio/profile-schema.ts",
    ).toEqual([]);
    for (const s of segments) expect(slugSchema.safeParse(s).success, s).toBe(false);
  });

  it("cover the files served at the top level: public/ and the built assets", () => {
    const served = [...fs.readdirSync(path.join(root, "public")), "assets"];
    const missing = served.filter((name) => !RESERVED_SLUGS.has(name.toLowerCase()));
    expect(
      missing,
      "add these to RESERVED_SLUGS in app/models/portfolio/profile-schema.ts",
    ).toEqual([]);
  });

  it("refuses booking and media, which the tester could take", () => {
    for (const s of ["booking", "Booking", "media"]) {
      const result = slugSchema.safeParse(s);
      expect(result.success, s).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("This link name is reserved; choose another");
    }
  });
});
