import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { NavLink } from "~/components/nav-link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { countUnread } from "~/models/inquiries/inquiries.server";
import { countPendingBookings } from "~/models/bookings/bookings.server";
import { unreadMessageTotal } from "~/models/messages/messages.server";
import { countUnreadNotifications } from "~/models/notifications/notifications.server";
import { requireUser } from "~/utils/auth.server";
import { badgeLabel } from "~/utils/badge";

export const meta: MetaFunction = () => [
  { title: "Dashboard · Gigfolio" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    user: { displayName: user.displayName, role: user.role },
    unread: user.role === "creator" ? countUnread(user.id) : 0,
    pendingBookings: user.role === "creator" ? countPendingBookings(user.id) : 0,
    unreadMessages:
      user.role === "creator" || user.role === "brand" ? unreadMessageTotal(user.id) : 0,
    unreadNotifications: countUnreadNotifications(user.id),
  };
}

/** A menu entry's count ("3", "99+"), read out with what it counts; nothing at zero. */
function CountBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <span className="ml-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">
      {badgeLabel(count)}
      <span className="sr-only"> {label}</span>
    </span>
  );
}

const navClass = ({ isActive }: { isActive: boolean }) =>
  `block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium ${isActive ? "bg-brand-100 text-brand-900" : "text-slate-700 hover:bg-slate-100"}`;

export default function DashboardLayout() {
  const { user, unread, pendingBookings, unreadMessages, unreadNotifications } =
    useLoaderData<typeof loader>();
  return (
    <div className="mx-auto grid max-w-6xl grid-cols-1 gap-6 px-4 py-6 md:grid-cols-[14rem_minmax(0,1fr)] md:gap-8 md:py-8">
      <nav aria-label="Dashboard" className="no-print">
        <p className="mb-3 px-3 text-xs font-semibold uppercase tracking-wide text-slate-500">
          {user.role} account
        </p>
        {/* A scrollable row on phones, a column from md up. */}
        <ul className="-mx-4 flex gap-1 overflow-x-auto px-4 pb-1 md:mx-0 md:block md:space-y-1 md:px-0 md:pb-0">
          <li>
            <NavLink to="/dashboard" end className={navClass}>
              Overview
            </NavLink>
          </li>
          <li>
            <NavLink to="/dashboard/notifications" className={navClass}>
              Notifications
              <CountBadge count={unreadNotifications} label="unread" />
            </NavLink>
          </li>
          {user.role === "creator" ? (
            <>
              <li>
                <NavLink to="/dashboard/profile" className={navClass}>
                  Portfolio
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/inquiries" className={navClass}>
                  Inquiries
                  <CountBadge count={unread} label="unread" />
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/bookings" className={navClass}>
                  Bookings
                  <CountBadge count={pendingBookings} label="to answer" />
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/calendar" className={navClass}>
                  Calendar
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/availability" className={navClass}>
                  Availability
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/reviews" className={navClass}>
                  Reviews
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/analytics" className={navClass}>
                  Analytics
                </NavLink>
              </li>
            </>
          ) : null}
          {user.role === "creator" ? (
            <>
              <li>
                <NavLink to="/dashboard/applications" className={navClass}>
                  Applications
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/saved-gigs" className={navClass}>
                  Saved gigs
                </NavLink>
              </li>
            </>
          ) : null}
          {user.role === "brand" ? (
            <>
              <li>
                <NavLink to="/dashboard/brand-profile" className={navClass}>
                  Brand profile
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/gigs" className={navClass}>
                  My gigs
                </NavLink>
              </li>
            </>
          ) : null}
          {user.role === "creator" || user.role === "brand" ? (
            <>
              <li>
                <NavLink to="/dashboard/deals" className={navClass}>
                  Deals
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/messages" className={navClass}>
                  Messages
                  <CountBadge count={unreadMessages} label="unread" />
                </NavLink>
              </li>
            </>
          ) : null}
          {user.role === "admin" ? (
            <>
              <li>
                <NavLink to="/dashboard/admin/users" className={navClass}>
                  Users
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/admin/reviews" className={navClass}>
                  Review moderation
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/admin/gigs" className={navClass}>
                  Gig moderation
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/featured" className={navClass}>
                  Featured creators
                </NavLink>
              </li>
              <li>
                <NavLink to="/dashboard/admin/audit" className={navClass}>
                  Audit log
                </NavLink>
              </li>
            </>
          ) : null}
          <li>
            <NavLink to="/dashboard/favourites" className={navClass}>
              Saved creators
            </NavLink>
          </li>
          <li>
            <NavLink to="/dashboard/settings" className={navClass}>
              Account settings
            </NavLink>
          </li>
        </ul>
      </nav>
      <div className="min-w-0">
        <Outlet />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
