import { invariantResponse } from "@epic-web/invariant";
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { addFavourite, removeFavourite } from "~/models/discovery/favourites.server";
import { requireUser } from "~/utils/auth.server";
import { safeRedirect } from "~/utils/url.server";

/** POST-only: save or unsave a creator for the signed-in user. */
export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  const back = safeRedirect(formData.get("redirectTo"), `/${params.slug}`);
  const user = await requireUser(request);
  const slug = params.slug ?? "";
  const listName =
    String(formData.get("listName") ?? "")
      .trim()
      .slice(0, 60) || undefined;
  if (formData.get("intent") === "remove") {
    removeFavourite(user.id, slug, listName);
  } else {
    const added = addFavourite(user.id, slug, listName);
    if (!added.ok) {
      invariantResponse(added.reason !== "own-page", "You cannot save your own page.", {
        status: 403,
      });
      invariantResponse(false, "No creator has this link.", { status: 404 });
    }
  }
  return redirect(back);
}

export async function loader({ params }: { params: { slug?: string } }) {
  return redirect(`/${params.slug ?? ""}`);
}
