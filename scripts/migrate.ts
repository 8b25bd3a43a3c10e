import { runMigrations } from "../app/db/migrate.server";
import { getEnv } from "../app/utils/env.server";

const file = getEnv().DATABASE_PATH;
runMigrations(file);
console.log(`Migrations applied to ${file}`);
