// `npm start` on a laptop: production build, embedded SQLite, demo data, no configuration needed.
// A session secret is generated once and kept next to the database; outgoing email is readable at
// /dev/outbox unless SMTP_URL is set. Deployments run `node build/server.js` with real secrets.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

process.env.NODE_ENV ??= "production";
process.env.DATABASE_PATH ??= "./data/gigfolio.db";
if (!process.env.SESSION_SECRET) {
  const file = path.join(path.dirname(path.resolve(process.env.DATABASE_PATH)), ".session-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file))
    fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  process.env.SESSION_SECRET = fs.readFileSync(file, "utf8").trim();
}
// Plain http on localhost: cookies cannot be Secure there.
process.env.INSECURE_COOKIES ??= "true";
if (!process.env.SMTP_URL) process.env.DEV_OUTBOX ??= "true";

// BUILD_DIR may be relative (to the project, where npm runs scripts) or absolute.
await import(pathToFileURL(path.resolve(process.env.BUILD_DIR ?? "build", "server.js")).href);
