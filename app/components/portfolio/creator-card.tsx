import { Link } from "~/components/link";
import type { CreatorCard } from "~/models/discovery/search.server";
import { formatCents, formatCount } from "./format";
import { Avatar } from "./portfolio-header";

export function CreatorCardView({ creator: c }: { creator: CreatorCard }) {
  return (
    <div className="card flex h-full gap-3 p-4">
      <Avatar src={c.avatar} name={c.displayName} size="sm" />
      <div className="min-w-0">
        <Link to={`/${c.slug}`} className="link text-lg font-semibold">
          {c.displayName}
        </Link>
        {c.headline ? (
          <p className="mt-0.5 line-clamp-2 text-sm text-slate-700">{c.headline}</p>
        ) : null}
        <p className="mt-1 text-xs text-slate-600">
          {[
            c.location,
            c.totalFollowers > 0 ? `${formatCount(c.totalFollowers)} followers` : null,
            c.reviewCount > 0 ? `★ ${c.ratingAvg.toFixed(1)} (${c.reviewCount})` : null,
            c.minPackageCents != null ? `from ${formatCents(c.minPackageCents, c.currency)}` : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
    </div>
  );
}
