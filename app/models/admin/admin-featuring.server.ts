import { immediateTransaction, lazyStatement } from "~/db/client.server";
import { setCreatorFeatured } from "../discovery/search.server";
import { logModeration } from "./moderation-log.server";

const creatorStmt = lazyStatement(
  `select display_name as displayName, slug, featured from creator_profiles where user_id = ?`,
);

/**
 * Features a creator on the home page, or stops, and keeps it in the audit log when it changed.
 * Returns false when there is no such creator page.
 */
export function setFeaturedByAdmin(input: {
  adminId: string;
  creatorId: string;
  featured: boolean;
  now?: Date;
}) {
  const now = input.now ?? new Date();
  return immediateTransaction(() => {
    const creator = creatorStmt().get(input.creatorId) as
      { displayName: string; slug: string; featured: number } | undefined;
    if (!creator) return false;
    if (Boolean(creator.featured) === input.featured) return true;
    setCreatorFeatured(input.creatorId, input.featured);
    logModeration({
      actorId: input.adminId,
      action: input.featured ? "creator.feature" : "creator.unfeature",
      targetType: "creator",
      targetId: input.creatorId,
      summary: `${creator.displayName} (/${creator.slug})`,
      now,
    });
    return true;
  });
}
