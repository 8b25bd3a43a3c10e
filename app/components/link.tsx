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
  const {
    to,
    prefetch: _prefetch,
    discover = "render",
    reloadDocument,
    replace: _replace,
    state: _state,
    preventScrollReset: _preventScrollReset,
    relative: _relative,
    viewTransition: _viewTransition,
    onClick: _onClick,
    target,
    ...rest
  } = props;
  return (
    <a
      {...rest}
      data-discover={discover === "render" && !reloadDocument ? "true" : undefined}
      href={to as string}
      ref={ref}
      target={target}
    />
  );
});

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
