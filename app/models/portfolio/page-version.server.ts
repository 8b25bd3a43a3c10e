import { lazyStatement } from "~/db/client.server";

const versionStmt = lazyStatement(
  `select page_version from creator_profiles where user_id = ? and visibility <> 'private'`,
);

/**
 * The creator's page_version (moved by triggers on every change to the public page, migration 0011),
 * or null when the page is gone or private: what decides whether a cached page may still be served.
 */
export function currentPageVersion(creatorId: string): number | null {
  return (versionStmt().pluck().get(creatorId) as number | undefined) ?? null;
}
