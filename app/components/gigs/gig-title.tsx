import { Link } from "~/components/link";
import type { GigStatus } from "~/db/schema/gigs";
import { VISIBLE_GIG_STATUSES } from "~/models/gigs/state";

/**
 * A gig's title, linking to its public page while that page exists. A cancelled gig's page is
 * gone for creators (a 404), so its title is shown without a link; `linked` forces the link (the
 * gig's own brand sees the page whatever its status).
 */
export function GigTitle({
  gig,
  className,
  linked = false,
}: {
  gig: { id: string; title: string; status: string };
  className?: string;
  linked?: boolean;
}) {
  return linked || VISIBLE_GIG_STATUSES.includes(gig.status as GigStatus) ? (
    <Link to={`/gigs/${gig.id}`} className={className ? `link ${className}` : "link"}>
      {gig.title}
    </Link>
  ) : (
    <span className={className}>{gig.title}</span>
  );
}
