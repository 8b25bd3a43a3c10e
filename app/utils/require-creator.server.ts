import type { PublicUser } from "~/models/accounts/users.server";
import { requireUser } from "./auth.server";

/**
 * Pages that show or change a creator's own things (their page, inbox, bookings, calendar,
 * analytics, applications): creators only. Anonymous visitors go to login and back; every other
 * account gets 403, admins included. `requireUser`'s role check lets admins through (they moderate
 * from the admin area), but an admin has no portfolio, bookings or calendar of their own, and these
 * pages would show them an empty creator's dashboard or let them create a creator's page.
 */
export async function requireCreator(request: Request): Promise<PublicUser> {
  const user = await requireUser(request, { role: "creator" });
  if (user.role !== "creator") throw new Response("This page is for creators.", { status: 403 });
  return user;
}
