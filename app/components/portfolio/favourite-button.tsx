import { Form, Link, useLocation } from "@remix-run/react";

/** Save/unsave as a plain POST form (no JavaScript needed). Anonymous visitors get a login link. */
export function FavouriteButton({ slug, loggedIn, savedIn }: { slug: string; loggedIn: boolean; savedIn: string[] }) {
  const location = useLocation();
  const back = `${location.pathname}${location.search}`;
  if (!loggedIn) {
    return (
      <Link to={`/login?redirectTo=${encodeURIComponent(back)}`} className="btn-secondary">
        ☆ Log in to save
      </Link>
    );
  }
  const saved = savedIn.length > 0;
  return (
    <Form method="post" action={`/creators/${slug}/favourite`} className="inline">
      <input type="hidden" name="redirectTo" value={back} />
      <button type="submit" name="intent" value={saved ? "remove" : "add"} className="btn-secondary" aria-pressed={saved}>
        {saved ? `★ Saved${savedIn.length === 1 && savedIn[0] !== "Saved" ? ` in ${savedIn[0]}` : ""}` : "☆ Save creator"}
      </button>
    </Form>
  );
}
