import { runMigrations } from "../app/db/migrate.server";
import { getEnv } from "../app/utils/env.server";

runMigrations(getEnv().DATABASE_PATH);
const { seedDemoIfEmpty } = await import("../app/db/seed.server");
const result = await seedDemoIfEmpty();
if (!result) console.log("The database already has users; nothing seeded.");
