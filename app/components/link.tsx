import { Link as RemixLink, type LinkProps } from "@remix-run/react";
import { forwardRef } from "react";

/**
 * Remix's `<Link>`, made cheap where it is not needed: on the server. To print one `<a href>`, Remix's
 * Link and React Router's beneath it resolve the target path three times (each copying the route
 * matches through JSON) and set up click and prefetch handling that a server render never uses:
 * about 25 µs a link, and a list page has thirty. On the server, a link to an absolute path renders
 * the same `<a>` directly; in the browser (and for relative paths, full URLs or prefetching other than
 * "intent") this is Remix's Link itself, so navigation, prefetching and hydration are unchanged.
 * `tests/unit/link.test.ts` checks the markup against Remix's Link. Decision 017 (as 015 for forms).
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(props, ref) {
  if (typeof document !== "undefined" || !isPlainPath(props)) {
    return <RemixLink ref={ref} {...props} />;
  }
  // Copied key by key: an object rest pattern leaving out eleven names cost about 5 µs a link.
  const attrs: Record<string, unknown> = {};
  for (const key in props) if (!ROUTER_PROPS.has(key)) attrs[key] = props[key as keyof LinkProps];
  attrs["data-discover"] =
    (props.discover ?? "render") === "render" && !props.reloadDocument ? "true" : undefined;
  attrs.href = props.to;
  attrs.target = props.target;
  return <a ref={ref} {...attrs} />;
});

/** What Remix's and React Router's Link consume rather than print on the `<a>`. */
const ROUTER_PROPS = new Set([
  "to",
  "prefetch",
  "discover",
  "reloadDocument",
  "replace",
  "state",
  "preventScrollReset",
  "relative",
  "viewTransition",
  "onClick",
  "target",
]);

/** "/path", "/path?query", "/path#hash": what React Router would print unchanged as the href. */
function isPlainPath({ to, prefetch }: LinkProps) {
  return (
    typeof to === "string" &&
    to.startsWith("/") &&
    !to.startsWith("//") &&
    !to.endsWith("?") &&
    !to.endsWith("#") &&
    !to.includes("/.") &&
    (prefetch === undefined || prefetch === "none" || prefetch === "intent")
  );
}
