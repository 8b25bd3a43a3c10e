import type { PublicUser } from "~/models/accounts/users.server";
import { requireUser } from "./auth.server";

/**
 * Pages that show or change a brand's own things (its brand profile, its gigs, their applicants
 * and edit forms): brands only. Anonymous visitors go to login and back; every other account gets
 * 403, admins included. `requireUser`'s role check lets admins through, but an admin has no brand
 * profile or gigs of their own: these pages would ask them to set up a brand profile, offer to post
 * a gig, or let them run another brand's gig from the brand's own screens. Admins moderate gigs
 * from the admin area (decision 032). The counterpart of `requireCreator`.
 */
export async function requireBrand(request: Request): Promise<PublicUser> {
  const user = await requireUser(request, { role: "brand" });
  if (user.role !== "brand") throw new Response("This page is for brands.", { status: 403 });
  return user;
}
