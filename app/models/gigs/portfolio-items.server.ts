import { cachedStatement } from "~/db/client.server";

/**
 * Portfolio items belong to the portfolio module; the table may not exist yet on an older database,
 * so this reads it only when present (see application_items: ids without a foreign key).
 */
function hasPortfolioItems() {
  return !!cachedStatement(
    `select 1 from sqlite_master where type = 'table' and name = 'portfolio_items'`,
  ).get();
}

export type PortfolioItemSummary = { id: string; title: string; url: string | null; kind: string };

export function listCreatorPortfolioItems(creatorId: string, limit = 30): PortfolioItemSummary[] {
  if (!hasPortfolioItems()) return [];
  return cachedStatement(
    `select id, title, url, kind from portfolio_items where creator_id = ? order by position, rowid limit ?`,
  ).all(creatorId, limit) as PortfolioItemSummary[];
}

export function getPortfolioItemsByIds(ids: string[]): PortfolioItemSummary[] {
  if (!ids.length || !hasPortfolioItems()) return [];
  return cachedStatement(
    `select id, title, url, kind from portfolio_items where id in (${ids.map(() => "?").join(",")})`,
  ).all(...ids) as PortfolioItemSummary[];
}

/** Keeps only ids of items the creator owns. */
export function ownedItemIds(creatorId: string, ids: string[]) {
  if (!ids.length) return [];
  const owned = new Set(listCreatorPortfolioItems(creatorId, 500).map((i) => i.id));
  return [...new Set(ids)].filter((id) => owned.has(id));
}
