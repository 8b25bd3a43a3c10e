import { Link as RemixLink, type LinkProps } from "@remix-run/react";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { StaticRouter } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { Link } from "~/components/link";

/** Server markup of one link, rendered inside a router at /creators. */
function markup(component: typeof Link, props: LinkProps) {
  return renderToString(
    createElement(StaticRouter, { location: "/creators?q=film" }, createElement(component, props)),
  );
}

const cases: [string, LinkProps][] = [
  ["a profile link", { to: "/maya", className: "link text-lg", children: "Maya" }],
  [
    "a pager link with query and hash",
    { to: "/creators?q=film&page=2#results", className: "link", rel: "next", children: "Next" },
  ],
  [
    "intent prefetch, target and aria attributes",
    { to: "/gigs", prefetch: "intent", target: "_blank", "aria-label": "Gigs", children: "Gigs" },
  ],
  ["a document reload", { to: "/logout", reloadDocument: true, children: "Out" }],
  [
    "client-only options",
    {
      to: "/maya?reviews=2#reviews",
      preventScrollReset: true,
      replace: true,
      state: { from: "list" },
      children: "Older",
    },
  ],
  ["discovery turned off", { to: "/maya", discover: "none", children: "Maya" }],
  // Not plain paths: rendered by Remix's Link itself.
  ["a relative path", { to: "book", children: "Book" }],
  ["a full URL", { to: "https://example.com/x", children: "Out" }],
  ["an object target", { to: { pathname: "/maya", search: "?a=1" }, children: "Maya" }],
  ["a dot segment", { to: "/creators/../gigs", children: "Gigs" }],
  ["render prefetch", { to: "/maya", prefetch: "render", children: "Maya" }],
];

describe("Link renders on the server exactly what Remix's Link renders", () => {
  for (const [name, props] of cases) {
    it(name, () => {
      const expected = markup(RemixLink, props);
      expect(expected).toContain("<a");
      expect(markup(Link, props)).toBe(expected);
    });
  }
});
