import { Form, useLocation } from "@remix-run/react";
import { Link } from "~/components/link";

/**
 * Save/unsave as plain POST forms (no JavaScript needed); "Save to a list" names a list (new or
 * existing) inside a native <details>. Anonymous visitors get a login link.
 */
export function FavouriteButton({
  slug,
  loggedIn,
  savedIn,
  lists = [],
}: {
  slug: string;
  loggedIn: boolean;
  savedIn: string[];
  lists?: string[];
}) {
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
    <div className="flex flex-wrap items-start gap-3">
      <Form method="post" action={`/creators/${slug}/favourite`} className="inline">
        <input type="hidden" name="redirectTo" value={back} />
        <button
          type="submit"
          name="intent"
          value={saved ? "remove" : "add"}
          className="btn-secondary"
          aria-pressed={saved}
        >
          {saved
            ? `★ Saved${savedIn.length === 1 && savedIn[0] !== "Saved" ? ` in ${savedIn[0]}` : ""}`
            : "☆ Save creator"}
        </button>
      </Form>
      <details className="relative">
        <summary className="btn-secondary cursor-pointer list-none">Save to a list…</summary>
        <Form
          method="post"
          action={`/creators/${slug}/favourite`}
          className="card absolute z-10 mt-2 w-64 space-y-2 p-3"
        >
          <input type="hidden" name="redirectTo" value={back} />
          <label htmlFor="favourite-list" className="label">
            List name
          </label>
          <input
            id="favourite-list"
            name="listName"
            list="favourite-lists"
            required
            maxLength={60}
            className="input"
            placeholder="e.g. Spring campaign"
          />
          <datalist id="favourite-lists">
            {lists.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
          <button type="submit" name="intent" value="add" className="btn-primary w-full">
            Save to list
          </button>
        </Form>
      </details>
    </div>
  );
}
