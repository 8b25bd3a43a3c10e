import { sqlite } from "~/db/client.server";

/** Tables that hold only secrets (one-time links); an export leaves them out. */
const SECRET_TABLES = new Set(["password_reset_tokens", "email_verifications"]);
/**
 * Foreign keys to the user that mark someone else's row, not the user's: another user's saved list
 * that holds this creator is private to that user.
 */
const NOT_OWNERSHIP = new Set(["favourites.creator_id"]);
/** Columns never exported: hashes and tokens, and a session's id (it is the session's key). */
const SECRET_COLUMN = /password|token|secret/i;

type Fk = { table: string; from: string; to: string };

function tables(): string[] {
  return sqlite
    .prepare(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
        and name not like '\\_\\_%' escape '\\' and sql not like 'create virtual table%' collate nocase
      order by name`,
    )
    .pluck()
    .all() as string[];
}

const foreignKeys = (table: string) =>
  sqlite.prepare(`select "table", "from", "to" from pragma_foreign_key_list(?)`).all(table) as Fk[];

let plan: { table: string; columns: string[] }[] | undefined;

/**
 * Which columns of which tables hold a user's id: every foreign key to `users`, and every foreign
 * key to a table's `user_id` that is itself a user's id (a creator's or a brand's profile). Read
 * from the schema once, so a new table is exported without a change here.
 */
function exportPlan() {
  if (plan) return plan;
  const all = tables();
  const keyedByUser = new Set(
    all.filter((t) => foreignKeys(t).some((fk) => fk.table === "users" && fk.from === "user_id")),
  );
  plan = [];
  for (const table of all) {
    if (table === "users" || SECRET_TABLES.has(table)) continue;
    const columns = foreignKeys(table)
      .filter((fk) => fk.table === "users" || (keyedByUser.has(fk.table) && fk.to === "user_id"))
      .filter((fk) => !NOT_OWNERSHIP.has(`${table}.${fk.from}`))
      .map((fk) => fk.from);
    if (columns.length > 0) plan.push({ table, columns: [...new Set(columns)] });
  }
  return plan;
}

function withoutSecrets(table: string, row: Record<string, unknown>) {
  const kept: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (SECRET_COLUMN.test(column)) continue;
    if (table === "sessions" && column === "id") continue;
    kept[column] = value;
  }
  return kept;
}

/**
 * Everything stored about one account: its own row and every row that names it, table by table,
 * without password hashes, tokens or session keys. Times are stored as milliseconds and exported
 * as such, with `exportedAt` as an ISO date.
 */
export function exportAccount(userId: string, now = new Date()) {
  const account = sqlite.prepare(`select * from users where id = ?`).get(userId) as
    Record<string, unknown> | undefined;
  if (!account) return null;
  const data: Record<string, Record<string, unknown>[]> = {};
  for (const { table, columns } of exportPlan()) {
    const where = columns.map((c) => `"${c}" = ?`).join(" or ");
    const rows = sqlite
      .prepare(`select * from "${table}" where ${where}`)
      .all(...columns.map(() => userId)) as Record<string, unknown>[];
    if (rows.length > 0) data[table] = rows.map((r) => withoutSecrets(table, r));
  }
  return {
    exportedAt: now.toISOString(),
    account: withoutSecrets("users", account),
    data,
  };
}
