import { NavLink } from "~/components/nav-link";
import { Link } from "~/components/link";

const tabs = [
  { to: "/dashboard/profile", label: "Basics" },
  { to: "/dashboard/profile/social", label: "Social accounts" },
  { to: "/dashboard/profile/items", label: "Portfolio items" },
  { to: "/dashboard/profile/rates", label: "Rates" },
  { to: "/dashboard/profile/media", label: "Photos" },
  { to: "/dashboard/profile/share", label: "Share" },
];

const tabClass = ({ isActive }: { isActive: boolean }) =>
  `block whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium ${isActive ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`;

/** Section navigation shared by the portfolio editor's pages. Until the basics exist only they are reachable. */
export function EditorNav({ slug }: { slug: string | null }) {
  return (
    <div className="no-print mb-6 space-y-2">
      <nav aria-label="Portfolio editor sections" className="-mx-1 overflow-x-auto">
        <ul className="flex gap-1 px-1">
          {tabs.map((t, i) => (
            <li key={t.to}>
              {slug || i === 0 ? (
                <NavLink to={t.to} end className={tabClass}>
                  {t.label}
                </NavLink>
              ) : (
                <span
                  className="block px-3 py-1.5 text-sm text-slate-500"
                  title="Save the basics first"
                >
                  {t.label}
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {slug ? (
        <p className="text-sm">
          <Link to={`/${slug}?preview=1`} className="link">
            Preview your public page
          </Link>
        </p>
      ) : null}
    </div>
  );
}
