import { afterEach, describe, expect, it } from "vitest";
import { getEnv, resetEnvCacheForTests } from "~/utils/env.server";

const saved = { ...process.env };

function withEnv(vars: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCacheForTests();
  return getEnv;
}

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  resetEnvCacheForTests();
});

describe("configuration is validated at start", () => {
  it("has working defaults for a laptop", () => {
    const env = withEnv({
      NODE_ENV: "development",
      DATABASE_PATH: undefined,
      PORT: undefined,
      SESSION_SECRET: undefined,
    })();
    expect(env.DATABASE_PATH).toBe("./data/gigfolio.db");
    expect(env.PORT).toBe(3000);
    expect(env.SEED_DEMO).toBeUndefined();
  });

  it("requires SESSION_SECRET in production, with a message that says how to make one", () => {
    const get = withEnv({ NODE_ENV: "production", SESSION_SECRET: undefined });
    expect(get).toThrow(/SESSION_SECRET: SESSION_SECRET is required when NODE_ENV=production/);
    expect(get).toThrow(/openssl rand -hex 32/);
  });

  it("lists every bad value at once", () => {
    const get = withEnv({
      NODE_ENV: "production",
      SESSION_SECRET: "short",
      PORT: "http",
      APP_URL: "gigfolio.example",
    });
    let message = "";
    try {
      get();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toContain("SESSION_SECRET: SESSION_SECRET must be at least 32 characters");
    expect(message).toContain("PORT:");
    expect(message).toContain("APP_URL: APP_URL must be a full URL");
    expect(message).toContain("See .env.example.");
  });

  it("serves from one process unless WEB_CONCURRENCY asks for more", () => {
    expect(withEnv({ WEB_CONCURRENCY: undefined })().WEB_CONCURRENCY).toBe(1);
    expect(withEnv({ WEB_CONCURRENCY: "2" })().WEB_CONCURRENCY).toBe(2);
    expect(withEnv({ WEB_CONCURRENCY: "auto" })().WEB_CONCURRENCY).toBe("auto");
    for (const bad of ["0", "two", "1.5", "64"]) {
      expect(withEnv({ WEB_CONCURRENCY: bad }), bad).toThrow(
        /WEB_CONCURRENCY: WEB_CONCURRENCY is the number of web processes \(1 to 32\) or "auto"/,
      );
    }
  });

  it("reads booleans the way people write them", () => {
    expect(withEnv({ SEED_DEMO: "false", DEV_OUTBOX: "1" })()).toMatchObject({
      SEED_DEMO: false,
      DEV_OUTBOX: true,
    });
  });
});
