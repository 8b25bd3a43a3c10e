import { NavLink as RemixNavLink, useLocation, type NavLinkProps } from "@remix-run/react";
import { forwardRef } from "react";
import { Link } from "~/components/link";

/**
 * Remix's `<NavLink>`, made cheap on the server as `~/components/link` makes `<Link>` (decision 017).
 * Remix's NavLink resolves its path, sets up prefetching and renders React Router's NavLink, which
 * resolves it again and renders a Link that resolves it twice more: about 30 µs each, and every page
 * has four in its header, a dashboard page a dozen more. On the server, a NavLink to a plain absolute
 * path works out whether it is the current page the way React Router does (same comparison, same
 * class names and `aria-current`) and prints the same `<a>`. In the browser, and for anything but a
 * plain path, it is Remix's NavLink itself. `tests/unit/nav-link.test.ts` checks the markup.
 */
export const NavLink = forwardRef<HTMLAnchorElement, NavLinkProps>(function NavLink(props, ref) {
  const location = useLocation();
  if (typeof document !== "undefined" || !isPlainNavPath(props)) {
    return <RemixNavLink ref={ref} {...props} />;
  }
  const {
    "aria-current": ariaCurrent = "page",
    caseSensitive = false,
    className: classNameProp = "",
    end = false,
    style: styleProp,
    to,
    children,
    ...rest
  } = props;
  const toPathname = caseSensitive ? (to as string) : (to as string).toLowerCase();
  const here = caseSensitive ? location.pathname : location.pathname.toLowerCase();
  // As React Router: the same path, or (unless `end`) a path below it. Nothing is pending on the server.
  const isActive =
    here === toPathname ||
    (!end && here.startsWith(toPathname) && here.charAt(toPathname.length) === "/");
  const state = { isActive, isPending: false, isTransitioning: false };
  const className =
    typeof classNameProp === "function"
      ? classNameProp(state)
      : [classNameProp, isActive ? "active" : null].filter(Boolean).join(" ");
  return (
    <Link
      {...rest}
      // Its place among the attributes, as Remix's NavLink prints them; Link sets its value.
      data-discover
      ref={ref}
      to={to}
      aria-current={isActive ? ariaCurrent : undefined}
      className={className}
      style={typeof styleProp === "function" ? styleProp(state) : styleProp}
    >
      {typeof children === "function" ? children(state) : children}
    </Link>
  );
});

/** An absolute path of plain segments, no trailing slash, query or hash ("/", "/dashboard/bookings"). */
function isPlainNavPath({ to, prefetch }: NavLinkProps) {
  return (
    typeof to === "string" &&
    /^\/(?:[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*)?$/.test(to) &&
    (prefetch === undefined || prefetch === "none" || prefetch === "intent")
  );
}
