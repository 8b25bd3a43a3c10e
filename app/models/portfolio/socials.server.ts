import { and, asc, desc, eq, sql } from "drizzle-orm";
import { db, lazyPrepared } from "~/db/client.server";
import { socialAccounts } from "~/db/schema/portfolio-extras";
import type { SocialAccountInput } from "./portfolio-schemas";

export class DuplicateAccountError extends Error {
  constructor() {
    super("You already listed this account");
  }
}

const socialsQuery = lazyPrepared(() =>
  db
    .select()
    .from(socialAccounts)
    .where(eq(socialAccounts.creatorId, sql.placeholder("creatorId")))
    .orderBy(desc(socialAccounts.followers), asc(socialAccounts.createdAt))
    .prepare(),
);

export function listSocialAccounts(creatorId: string) {
  return socialsQuery().all({ creatorId });
}

function toRow(input: SocialAccountInput) {
  return {
    platform: input.platform,
    handle: input.handle.replace(/^@/, ""),
    url: input.url,
    followers: input.followers,
    engagementRateBp:
      input.engagementRate === undefined ? null : Math.round(input.engagementRate * 100),
  };
}

function rethrow(error: unknown): never {
  if (
    error instanceof Error &&
    /UNIQUE constraint failed: (index .)?social_accounts/.test(error.message)
  )
    throw new DuplicateAccountError();
  throw error;
}

export function addSocialAccount(creatorId: string, input: SocialAccountInput) {
  try {
    return db
      .insert(socialAccounts)
      .values({ creatorId, ...toRow(input) })
      .returning()
      .get();
  } catch (error) {
    rethrow(error);
  }
}

/** Updates the creator's own account; null when the id is not theirs. */
export function updateSocialAccount(creatorId: string, id: string, input: SocialAccountInput) {
  try {
    return (
      db
        .update(socialAccounts)
        .set(toRow(input))
        .where(and(eq(socialAccounts.id, id), eq(socialAccounts.creatorId, creatorId)))
        .returning()
        .get() ?? null
    );
  } catch (error) {
    rethrow(error);
  }
}

export function deleteSocialAccount(creatorId: string, id: string) {
  const r = db
    .delete(socialAccounts)
    .where(and(eq(socialAccounts.id, id), eq(socialAccounts.creatorId, creatorId)))
    .run();
  return r.changes > 0;
}
