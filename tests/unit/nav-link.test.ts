import { NavLink as RemixNavLink, type NavLinkProps } from "@remix-run/react";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { StaticRouter } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { NavLink } from "~/components/nav-link";

/** Server markup of one nav link, rendered inside a router at `location`. */
function markup(component: typeof NavLink, location: string, props: NavLinkProps) {
  return renderToString(createElement(StaticRouter, { location }, createElement(component, props)));
}

const tabClass = ({ isActive, isPending }: { isActive: boolean; isPending: boolean }) =>
  `tab ${isActive ? "on" : "off"} ${isPending ? "pending" : ""}`;

const cases: [string, NavLinkProps][] = [
  ["a header link", { to: "/creators", className: "link", children: "Creators" }],
  ["no class at all", { to: "/gigs", children: "Gigs" }],
  ["a class function", { to: "/dashboard/bookings", className: tabClass, children: "Bookings" }],
  ["end", { to: "/dashboard", end: true, className: tabClass, children: "Overview" }],
  ["the root", { to: "/", children: "Home" }],
  ["the root, end", { to: "/", end: true, children: "Home" }],
  [
    "children and style as functions",
    {
      to: "/dashboard/profile",
      style: ({ isActive }) => ({ fontWeight: isActive ? 700 : 400 }),
      children: ({ isActive }) => (isActive ? "Portfolio (here)" : "Portfolio"),
    },
  ],
  [
    "aria-current and other attributes",
    { to: "/dashboard", "aria-current": "location", "aria-label": "Dash", children: "D" },
  ],
  ["letter case", { to: "/Dashboard/Bookings", children: "B" }],
  ["case-sensitive", { to: "/Dashboard/Bookings", caseSensitive: true, children: "B" }],
  ["intent prefetch", { to: "/dashboard/calendar", prefetch: "intent", children: "Calendar" }],
  ["a prefix that is not a parent", { to: "/dash", children: "Dash" }],
  // Not plain paths: rendered by Remix's NavLink itself.
  ["a trailing slash", { to: "/dashboard/", children: "D" }],
  ["a query", { to: "/dashboard/bookings?status=all", children: "All" }],
  ["a relative path", { to: "bookings", children: "Bookings" }],
  ["render prefetch", { to: "/gigs", prefetch: "render", children: "Gigs" }],
];

const locations = [
  "/",
  "/dashboard",
  "/dashboard/bookings",
  "/dashboard/bookings/abc?status=open",
  "/DASHBOARD/bookings",
  "/dashboard-old",
  "/dashboard/profile",
  "/dashboard/calendar",
  "/Dashboard/Bookings",
  "/creators",
  "/gigs",
  "/bookings",
];

describe("NavLink renders on the server exactly what Remix's NavLink renders", () => {
  for (const [name, props] of cases) {
    it(name, () => {
      const active = new Set<string>();
      for (const location of locations) {
        const expected = markup(RemixNavLink, location, props);
        expect(expected).toContain("<a");
        expect(markup(NavLink, location, props), `${name} at ${location}`).toBe(expected);
        if (expected.includes("aria-current")) active.add(location);
      }
      // The cases cover both states.
      if (name !== "a prefix that is not a parent") expect(active.size, name).toBeGreaterThan(0);
    });
  }

  it("marks exactly the current section", () => {
    const at = (location: string, props: NavLinkProps) =>
      markup(NavLink, location, props).includes('aria-current="page"');
    expect(at("/dashboard/bookings/abc", { to: "/dashboard/bookings" })).toBe(true);
    expect(at("/dashboard/bookings/abc", { to: "/dashboard", end: true })).toBe(false);
    expect(at("/dashboard", { to: "/dashboard", end: true })).toBe(true);
    expect(at("/dashboard-old", { to: "/dashboard" })).toBe(false);
  });
});
