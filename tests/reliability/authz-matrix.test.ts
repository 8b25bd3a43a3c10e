import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDir, startApp, workerPort, type AppProcess } from "./support/app-process";
import { changedTables, rowCounts } from "./support/db-state";
import { request, type HttpResponse } from "./support/http";
import { buildFixtures, cookieFor } from "./support/matrix-fixtures";
import {
  ACTORS,
  ROUTE_MATRIX,
  type Actor,
  type Fixtures,
  type Outcome,
  type RouteSpec,
} from "./route-matrix";

/** The route manifest of the production build, read in a plain node process. */
type ManifestRoute = { path?: string; parentId?: string; hasAction: boolean };
const manifest = JSON.parse(
  execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `const b = await import(${JSON.stringify(pathToFileURL(path.resolve(buildDir(), "server/index.js")).href)});
       console.log(JSON.stringify(Object.fromEntries(Object.entries(b.routes).map(([id, r]) => [id, { path: r.path, parentId: r.parentId, hasAction: Boolean(r.module.action) }]))));`,
    ],
    { encoding: "utf8", env: { ...process.env, NODE_ENV: "production" } },
  )
    .trim()
    .split("\n")
    .pop()!,
) as Record<string, ManifestRoute>;
const manifestIds = Object.keys(manifest).sort();

let app: AppProcess;
let fx: Fixtures;

beforeAll(async () => {
  // Production settings: the development outbox is off.
  app = await startApp({
    port: workerPort(0),
    dbFile: process.env.DATABASE_PATH!,
    env: { DEV_OUTBOX: undefined },
  });
  fx = await buildFixtures(app.url);
});
afterAll(() => app?.stop());

function describeOutcome(res: HttpResponse) {
  if (res.status >= 300 && res.status < 400) {
    return res.location?.startsWith("/login?redirectTo=") ? "login" : `redirect ${res.location}`;
  }
  return String(res.status);
}

function matches(expected: Outcome, res: HttpResponse, method: string) {
  const isRedirect = res.status >= 300 && res.status < 400;
  if (expected === "login")
    return isRedirect && Boolean(res.location?.startsWith("/login?redirectTo="));
  if (typeof expected === "number") return res.status === expected;
  if (typeof expected === "object") {
    const want = expected.redirect;
    return (
      isRedirect &&
      (want.endsWith("*")
        ? Boolean(res.location?.startsWith(want.slice(0, -1))) &&
          !res.location?.startsWith("/login")
        : res.location === want)
    );
  }
  if (method === "GET") return res.status === 200;
  if (isRedirect) return !res.location?.startsWith("/login");
  return (res.status >= 200 && res.status < 300) || [400, 409, 410, 422, 429].includes(res.status);
}

const refused = (o: Outcome) => o === "login" || o === 403 || o === 404 || o === 405;

async function runCell(
  spec: RouteSpec,
  actor: Actor,
  method: "GET" | "POST",
  expected: Outcome,
): Promise<string | null> {
  const cookie = await cookieFor(fx, actor);
  const url = spec.path(fx, actor);
  const before = rowCounts();
  const res = await request(
    app.url,
    url,
    method === "GET" ? { cookie } : { cookie, form: spec.form?.(fx, actor) ?? {} },
  );
  const changed = changedTables(before, rowCounts());
  const where = `${method} ${url} as ${actor}`;
  if (res.status >= 500) return `${where}: ${res.status} (server error)`;
  if (!matches(expected, res, method))
    return `${where}: expected ${JSON.stringify(expected)}, got ${describeOutcome(res)}`;
  if (refused(expected) && changed.length)
    return `${where}: refused but wrote ${changed.join(", ")}`;
  return null;
}

describe("authorization matrix", () => {
  it("has a row for every route of the build", () => {
    const missing = manifestIds.filter((id) => !(id in ROUTE_MATRIX));
    const stale = Object.keys(ROUTE_MATRIX).filter((id) => !manifestIds.includes(id));
    expect(missing, "routes missing from tests/reliability/route-matrix.ts").toEqual([]);
    // Rows ahead of the build (a route being written) only warn.
    if (stale.length)
      console.warn(`route-matrix rows with no route in the build: ${stale.join(", ")}`);
  });

  it.each(manifestIds.filter((id) => id in ROUTE_MATRIX))(
    "%s: every role and method gets the expected answer",
    async (id) => {
      const spec = ROUTE_MATRIX[id]!;
      const hasAction = manifest[id]!.hasAction;
      if (hasAction) expect(spec.POST, `${id} has an action: give it POST cells`).toBeDefined();
      const failures: string[] = [];
      for (const actor of ACTORS) {
        const get = await runCell(spec, actor, "GET", spec.GET[actor]);
        if (get) failures.push(get);
        // Routes without an action answer 405 to a POST (checked on leaf routes with their own URL).
        const postExpected = hasAction ? spec.POST![actor] : spec.POST?.[actor];
        if (postExpected !== undefined) {
          const post = await runCell(spec, actor, "POST", postExpected);
          if (post) failures.push(post);
        }
      }
      expect(failures).toEqual([]);
    },
  );
});
