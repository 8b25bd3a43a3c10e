import { randomBytes } from "node:crypto";
import { ProfileSchema } from "~/models/portfolio/profile-schema";
import { saveProfile } from "~/models/portfolio/profiles.server";
import { makeUser } from "../utils";

export const uid = () => randomBytes(4).toString("hex");

/** A creator with a saved profile, parsed like the editor's form. */
export async function makeCreator(overrides: Record<string, unknown> = {}) {
  const user = await makeUser("creator", { displayName: "Test Creator" });
  const slug = `c-${uid()}`;
  const input = ProfileSchema.parse({ displayName: "Test Creator", slug, headline: "", bio: "", visibility: "public", ...overrides });
  saveProfile(user.id, input);
  return { user, slug: input.slug, input };
}
