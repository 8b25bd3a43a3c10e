import { redirect } from "@remix-run/node";
import { requireCreator } from "~/utils/require-creator.server";
import { getProfileForOwner } from "./profiles.server";

/** The signed-in creator and their profile; sub-pages of the editor need the basics saved first. */
export async function requireCreatorProfile(request: Request) {
  const user = await requireCreator(request);
  const profile = getProfileForOwner(user.id);
  if (!profile) throw redirect("/dashboard/profile?setup=1");
  return { user, profile };
}
