import { CLIENT_IP_SOURCES } from "./client-ip";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1"));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_PATH: z.string().min(1).default("./data/gigfolio.db"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    SESSION_SECRET: z
      .string()
      .min(32, "SESSION_SECRET must be at least 32 characters (try: openssl rand -hex 32)")
      .optional(),
    APP_URL: z
      .string()
      .url("APP_URL must be a full URL such as https://gigfolio.example")
      .optional(),
    SMTP_URL: z.string().url("SMTP_URL must look like smtp://user:pass@host:587").optional(),
    MAIL_FROM: z.string().min(3).default("Gigfolio <no-reply@gigfolio.local>"),
    DEV_OUTBOX: bool,
    SEED_DEMO: bool,
    DEMO_PASSWORD: z.string().min(10).optional(),
    LITEFS_DIR: z.string().optional(),
    SQLITE_CACHE_KB: z.coerce
      .number()
      .int()
      .min(2000, "SQLITE_CACHE_KB is the SQLite page cache per connection in KiB (at least 2000)")
      // 8 MB: 20 MB per web process made no measurable difference to the pages and cost 30-40 MB of
      // the 500 MB the server may use (docs/decisions/021).
      .default(8000),
    SQLITE_MMAP_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .default(64 * 1024 * 1024),
    // Web processes: 1 (the default) serves from this process; more, or "auto" (one per CPU), forks
    // Which proxy header holds the visitor's address (app/utils/client-ip.ts, decision 030).
    CLIENT_IP_SOURCE: z
      .enum(CLIENT_IP_SOURCES, {
        errorMap: () => ({
          message: `CLIENT_IP_SOURCE is one of ${CLIENT_IP_SOURCES.join(", ")}`,
        }),
      })
      .default(process.env.FLY_APP_NAME ? "fly-client-ip" : "socket"),
    // that many workers behind a primary (server/cluster.ts, docs/decisions 016).
    WEB_CONCURRENCY: z
      .string()
      .optional()
      .transform((value, ctx): number | "auto" => {
        if (value === undefined || value === "") return 1;
        if (value === "auto") return "auto";
        const n = Number(value);
        if (Number.isInteger(n) && n >= 1 && n <= 32) return n;
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: 'WEB_CONCURRENCY is the number of web processes (1 to 32) or "auto"',
        });
        return z.NEVER;
      }),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["SESSION_SECRET"],
        message: "SESSION_SECRET is required when NODE_ENV=production (try: openssl rand -hex 32)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Reads and validates configuration once; throws a readable error listing every problem. */
export function getEnv(): Env {
  if (cached) return cached;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}\nSee .env.example.`);
  }
  cached = result.data;
  return cached;
}

export function resetEnvCacheForTests() {
  cached = undefined;
}

export const isProduction = () => getEnv().NODE_ENV === "production";

/** The dev-only outbox page is readable in development, or when explicitly enabled for a local run. */
export const devOutboxEnabled = () => getEnv().DEV_OUTBOX ?? getEnv().NODE_ENV !== "production";
