import { redirect } from "@remix-run/node";
import { requireUser } from "~/utils/auth.server";
import { getProfileForOwner } from "./profiles.server";

/** The signed-in creator and their profile; sub-pages of the editor need the basics saved first. */
export async function requireCreatorProfile(request: Request) {
  const user = await requireUser(request, { role: "creator" });
  const profile = getProfileForOwner(user.id);
  if (!profile) throw redirect("/dashboard/profile?setup=1");
  return { user, profile };
}
