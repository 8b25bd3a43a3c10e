import type { Sqlite } from "../../../app/db/open.server";
import type { Ctx } from "./context";

type Trigger = { name: string; sql: string };

/**
 * AFTER triggers keep denormalised copies in step row by row (FTS rows, follower totals, minimum
 * price...). During a bulk load the generators write those values directly, so the triggers are
 * dropped first and recreated, unchanged, at the end. BEFORE triggers (validation) stay on.
 */
export function dropAfterTriggers(sqlite: Sqlite): Trigger[] {
  const triggers = (sqlite.prepare("select name, sql from sqlite_master where type = 'trigger'").all() as Trigger[]).filter((t) =>
    /\bAFTER\s+(INSERT|UPDATE|DELETE)\b/i.test(t.sql),
  );
  for (const t of triggers) sqlite.exec(`drop trigger "${t.name}"`);
  return triggers;
}

export function restoreTriggers(sqlite: Sqlite, triggers: Trigger[]) {
  for (const t of triggers) sqlite.exec(t.sql);
}

/** Known FTS tables are filled in one INSERT ... SELECT; external-content ones are rebuilt. */
const POPULATE: Record<string, string> = {
  creators_fts: `insert into creators_fts (user_id, display_name, headline, bio, categories)
    select p.user_id, p.display_name, p.headline, p.bio,
      coalesce((select group_concat(c.name, ' ') from creator_categories cc join categories c on c.id = cc.category_id where cc.creator_id = p.user_id), '')
    from creator_profiles p`,
  gigs_fts: `insert into gigs_fts (gig_id, title, description, requirements) select id, title, description, requirements from gigs`,
};

export function populateFts(ctx: Ctx) {
  const tables = ctx.sqlite
    .prepare("select name, sql from sqlite_master where type = 'table' and sql like 'CREATE VIRTUAL TABLE%' and lower(sql) like '%fts5%'")
    .all() as { name: string; sql: string }[];
  ctx.progress.start("full-text indexes", tables.length);
  for (const t of tables) {
    if (/content\s*=\s*'?[a-z_]/i.test(t.sql) && !/content\s*=\s*''/i.test(t.sql)) {
      ctx.sqlite.exec(`insert into "${t.name}"("${t.name}") values ('rebuild')`);
    } else if (POPULATE[t.name]) {
      ctx.sqlite.exec(`delete from "${t.name}"`);
      ctx.sqlite.exec(POPULATE[t.name]!);
    } else {
      ctx.notes.push(`${t.name}: unknown FTS table left empty; add it to scripts/bench/data/finalize.ts`);
    }
    ctx.sqlite.exec(`insert into "${t.name}"("${t.name}") values ('optimize')`);
    ctx.progress.tick();
  }
  ctx.progress.finish();
}
