import { randomBytes } from "node:crypto";
import { ProfileSchema } from "~/models/portfolio/profile-schema";
import { saveProfile } from "~/models/portfolio/profiles.server";
import { db } from "~/db/client.server";
import { users } from "~/db/schema";
import { makeUser } from "../utils";

export const uid = () => randomBytes(4).toString("hex");

/** A creator with a saved profile, parsed like the editor's form. */
export async function makeCreator(overrides: Record<string, unknown> = {}) {
  const user = await makeUser("creator", { displayName: "Test Creator" });
  const slug = `c-${uid()}`;
  const input = ProfileSchema.parse({
    displayName: "Test Creator",
    slug,
    headline: "",
    bio: "",
    visibility: "public",
    ...overrides,
  });
  saveProfile(user.id, input);
  return { user, slug: input.slug, input };
}

/** Many creators quickly (no password hashing), for pagination tests. */
export function makeCreatorsFast(n: number, headline: string) {
  const slugs: string[] = [];
  for (let i = 0; i < n; i++) {
    const user = db
      .insert(users)
      .values({
        email: `fast-${uid()}@example.com`,
        passwordHash: "x",
        displayName: "Fast",
        role: "creator",
      })
      .returning({ id: users.id })
      .get();
    const slug = `f-${uid()}`;
    saveProfile(user.id, ProfileSchema.parse({ displayName: `Fast ${i}`, slug, headline }));
    slugs.push(slug);
  }
  return slugs;
}
