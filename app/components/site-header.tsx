import { Form } from "@remix-run/react";
import { NavLink } from "~/components/nav-link";
import { Link } from "~/components/link";

export type HeaderUser = {
  displayName: string;
  role: "creator" | "brand" | "agent" | "admin";
} | null;

const dashboardLabel: Record<NonNullable<HeaderUser>["role"], string> = {
  creator: "Creator dashboard",
  brand: "Brand dashboard",
  agent: "Agent dashboard",
  admin: "Admin",
};

export function SiteHeader({ user }: { user: HeaderUser }) {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link to="/" className="text-xl font-extrabold tracking-tight text-brand-700">
          Gigfolio
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-3 text-sm sm:gap-4">
          <NavLink to="/creators" className="link">
            Creators
          </NavLink>
          <NavLink to="/gigs" className="link">
            Gigs
          </NavLink>
          {user ? (
            <>
              <NavLink to="/dashboard" className="link">
                {/* Short on phones so the header stays on one line. */}
                <span className="sm:hidden">Dashboard</span>
                <span className="hidden sm:inline">{dashboardLabel[user.role]}</span>
              </NavLink>
              <span className="hidden text-slate-500 sm:inline" aria-label="Signed in as">
                {user.displayName}
              </span>
              <Form method="post" action="/logout">
                <button type="submit" className="btn-secondary px-3 py-1">
                  Log out
                </button>
              </Form>
            </>
          ) : (
            <>
              <NavLink to="/login" className="link">
                Log in
              </NavLink>
              <Link to="/signup" className="btn-primary px-3 py-1">
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-slate-600 sm:flex-row sm:justify-between">
        <p>Gigfolio — an open, self-hostable creator marketplace.</p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link to="/creators" className="link">
            Find creators
          </Link>
          <Link to="/signup" className="link">
            Join as a creator or brand
          </Link>
        </nav>
      </div>
    </footer>
  );
}
