import { syncRatingAggregate } from "~/models/reviews/reviews.server";
import { desc, eq, inArray, sql } from "drizzle-orm";
import {
  cachedStatement,
  db,
  immediateTransaction,
  lazyPrepared,
  lazyStatement,
} from "~/db/client.server";
import { cachedQuery } from "~/db/query-cache.server";
import { categories, creatorCategories, creatorProfiles } from "~/db/schema";
import { creatorSkills, skills, slugRedirects } from "~/db/schema/portfolio-extras";
import { currentTimeZoneName } from "~/utils/time-zones.server";
import type { ProfileSaveInput } from "./profile-schema";

export class SlugTakenError extends Error {
  constructor() {
    super("This link name is taken; choose another");
  }
}

// The discovery lists and the gig board show the categories on every request: prepared once, and the
// list kept in the read cache until the next write (decision 008).
const allCategoriesStmt = lazyStatement("select id, slug, name from categories order by name");
const allSkillsStmt = lazyStatement("select id, slug, name from skills order by name");

export function listCategories() {
  return cachedQuery(
    "categories",
    () => allCategoriesStmt().all() as { id: number; slug: string; name: string }[],
  );
}

export function listSkills() {
  return allSkillsStmt().all() as { id: number; slug: string; name: string }[];
}

/** The owner's profile with its category and skill ids (the dashboard and the profile form). */
const ownerQueries = lazyPrepared(() => {
  const userId = sql.placeholder("userId");
  return {
    profile: db.select().from(creatorProfiles).where(eq(creatorProfiles.userId, userId)).prepare(),
    categoryIds: db
      .select({ id: creatorCategories.categoryId })
      .from(creatorCategories)
      .where(eq(creatorCategories.creatorId, userId))
      .prepare(),
    skillIds: db
      .select({ id: creatorSkills.skillId })
      .from(creatorSkills)
      .where(eq(creatorSkills.creatorId, userId))
      .prepare(),
  };
});

export function getProfileForOwner(userId: string) {
  const queries = ownerQueries();
  const profile = queries.profile.get({ userId });
  if (!profile) return null;
  const categoryIds = queries.categoryIds.all({ userId }).map((r) => r.id);
  const skillIds = queries.skillIds.all({ userId }).map((r) => r.id);
  // A zone stored under its old name (Asia/Calcutta) shows as the list's current one (Asia/Kolkata).
  const timeZone = currentTimeZoneName(profile.timeZone);
  return { ...profile, timeZone, categoryIds, skillIds };
}

const profileLinkStmt = lazyStatement(
  `select slug, visibility from creator_profiles where user_id = ?`,
);

/** Where the creator's page is and who may see it (the dashboard's overview), or null. */
export function getProfileLink(userId: string) {
  return (
    (profileLinkStmt().get(userId) as
      { slug: string; visibility: "public" | "unlisted" | "private" } | undefined) ?? null
  );
}

const publicNameStmt = lazyStatement(`select display_name from creator_profiles where user_id = ?`);

/**
 * The name clients know the creator by: their page's, not the account's (which the creator may
 * change in the settings to something only they use). `fallback` without a page.
 */
export function creatorPublicName(userId: string, fallback: string): string {
  return (publicNameStmt().pluck().get(userId) as string | undefined) ?? fallback;
}

const currencyStmt = lazyStatement(`select currency from creator_profiles where user_id = ?`);

/** The currency the creator works in (their rates, and what clients' budgets are asked in). */
export function getCreatorCurrency(userId: string): string {
  return (currencyStmt().pluck().get(userId) as string | undefined) ?? "USD";
}

/** The current slug an old slug redirects to, or null. */
export function resolveSlugRedirect(oldSlug: string) {
  const row = cachedStatement(
    `select p.slug from slug_redirects r join creator_profiles p on p.user_id = r.user_id where r.old_slug = ?`,
  ).get(oldSlug.toLowerCase()) as { slug: string } | undefined;
  return row?.slug ?? null;
}

/** The same page and query under another slug: `/old/book?date=…` → `/new/book?date=…`. */
export function pageUnderSlug(requestUrl: string, slug: string) {
  const url = new URL(requestUrl);
  return `/${slug}${url.pathname.replace(/^\/[^/]+/, "")}${url.search}`;
}

type PublicProfileRow = {
  userId: string;
  slug: string;
  displayName: string;
  headline: string;
  bio: string;
  visibility: "public" | "unlisted" | "private";
  createdAt: number;
};

const bySlugStmt = lazyStatement(
  `select user_id as userId, slug, display_name as displayName, headline, bio, visibility, created_at as createdAt
     from creator_profiles where slug = ?`,
);
const categoriesStmt = lazyStatement(
  `select c.slug, c.name from creator_categories cc join categories c on c.id = cc.category_id
    where cc.creator_id = ? order by c.name`,
);

/** The public page's data. Hot path: prepared statements, read-only. */
export function getProfileBySlug(slug: string) {
  const row = bySlugStmt().get(slug.toLowerCase()) as PublicProfileRow | undefined;
  if (!row) return null;
  const cats = categoriesStmt().all(row.userId) as { slug: string; name: string }[];
  return { ...row, categories: cats };
}

/** Creates or updates the creator's profile and its categories in one transaction. */
export function saveProfile(userId: string, input: ProfileSaveInput) {
  const values = {
    slug: input.slug,
    displayName: input.displayName,
    headline: input.headline,
    bio: input.bio,
    visibility: input.visibility,
    ...(input.location !== undefined ? { location: input.location } : {}),
    ...(input.timeZone !== undefined ? { timeZone: currentTimeZoneName(input.timeZone) } : {}),
    ...(input.languages !== undefined ? { languages: input.languages } : {}),
    updatedAt: new Date(),
  };
  try {
    immediateTransaction(() => {
      // An old slug stays reserved for the creator who used it, so their old links never change hands.
      const redirect = db
        .select({ userId: slugRedirects.userId })
        .from(slugRedirects)
        .where(eq(slugRedirects.oldSlug, input.slug))
        .get();
      if (redirect && redirect.userId !== userId) throw new SlugTakenError();
      db.insert(creatorProfiles)
        .values({ userId, ...values })
        .onConflictDoUpdate({ target: creatorProfiles.userId, set: values })
        .run();
      // Reviews can come before the profile (a brand reviewing a deal): start from the real counts.
      syncRatingAggregate(userId);
      db.delete(creatorCategories).where(eq(creatorCategories.creatorId, userId)).run();
      const ids = [...new Set(input.categoryIds)];
      if (ids.length) {
        const valid = db
          .select({ id: categories.id })
          .from(categories)
          .where(inArray(categories.id, ids))
          .all();
        if (valid.length) {
          db.insert(creatorCategories)
            .values(valid.map((c) => ({ creatorId: userId, categoryId: c.id })))
            .run();
        }
      }
      if (input.skillIds !== undefined) {
        db.delete(creatorSkills).where(eq(creatorSkills.creatorId, userId)).run();
        const skillIds = [...new Set(input.skillIds)];
        if (skillIds.length) {
          const validSkills = db
            .select({ id: skills.id })
            .from(skills)
            .where(inArray(skills.id, skillIds))
            .all();
          if (validSkills.length) {
            db.insert(creatorSkills)
              .values(validSkills.map((s) => ({ creatorId: userId, skillId: s.id })))
              .run();
          }
        }
      }
    });
  } catch (error) {
    if (
      error instanceof Error &&
      /UNIQUE constraint failed: creator_profiles\.slug/.test(error.message)
    ) {
      throw new SlugTakenError();
    }
    throw error;
  }
}

/** The newest public creators, for the home page. */
const recentPublicQuery = lazyPrepared(() =>
  db
    .select({
      slug: creatorProfiles.slug,
      displayName: creatorProfiles.displayName,
      headline: creatorProfiles.headline,
    })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.visibility, "public"))
    // Served backwards by creator_profiles_newest_idx (visibility, created_at, user_id): no sort step.
    .orderBy(desc(creatorProfiles.createdAt), desc(creatorProfiles.userId))
    .limit(sql.placeholder("limit"))
    .prepare(),
);

export function listRecentPublicCreators(limit = 8) {
  return recentPublicQuery().all({ limit });
}

export const CREATORS_PAGE_SIZE = 24;

/** Public creators, optionally in one category, newest first. Discovery grows this into full search. */
export function listPublicCreators(options: { category?: string; page?: number } = {}) {
  const page = Math.max(1, options.page ?? 1);
  const params: (string | number)[] = [];
  let where = "p.visibility = 'public'";
  if (options.category) {
    where +=
      " and exists (select 1 from creator_categories cc join categories c on c.id = cc.category_id where cc.creator_id = p.user_id and c.slug = ?)";
    params.push(options.category);
  }
  const total = (
    cachedStatement(`select count(*) as n from creator_profiles p where ${where}`).get(
      ...params,
    ) as { n: number }
  ).n;
  const rows = cachedStatement(
    `select p.slug, p.display_name as displayName, p.headline from creator_profiles p where ${where}
        order by p.created_at desc limit ? offset ?`,
  ).all(...params, CREATORS_PAGE_SIZE, (page - 1) * CREATORS_PAGE_SIZE) as {
    slug: string;
    displayName: string;
    headline: string;
  }[];
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / CREATORS_PAGE_SIZE)) };
}
