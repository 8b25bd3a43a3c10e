import { Link } from "~/components/link";
import type { ModerationAction } from "~/db/schema/moderation";
import type { AuditRow } from "~/models/admin/moderation-log.server";
import { formatDateTime } from "~/utils/format";

/** One audit log row as the model reads it (a type-only import: nothing server-side is bundled). */
export type AuditEntry = AuditRow;

export const ACTION_LABELS: Record<ModerationAction, string> = {
  "user.suspend": "Suspended a user",
  "user.reinstate": "Reinstated a user",
  "review.remove": "Removed a review",
  "review.restore": "Restored a review",
  "creator.feature": "Featured a creator",
  "creator.unfeature": "Stopped featuring a creator",
  "gig.remove": "Removed a gig",
};

function targetHref(entry: AuditEntry) {
  if (entry.targetType === "user") return `/dashboard/admin/users/${entry.targetId}`;
  if (entry.targetType === "creator") return `/dashboard/admin/users/${entry.targetId}`;
  if (entry.targetType === "gig") return `/gigs/${entry.targetId}`;
  return null;
}

/** Audit log entries, newest first: who did what to whom, when, and why. */
export function AuditList({ rows, empty }: { rows: AuditEntry[]; empty: string }) {
  if (rows.length === 0) return <div className="card text-center text-slate-600">{empty}</div>;
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border" aria-label="Audit log entries">
      {rows.map((entry) => {
        const href = targetHref(entry);
        return (
          <li key={entry.id} className="space-y-1 p-3">
            <p>
              <strong>{ACTION_LABELS[entry.action] ?? entry.action}</strong>:{" "}
              {href ? (
                <Link to={href} className="link">
                  {entry.summary}
                </Link>
              ) : (
                entry.summary
              )}
            </p>
            {entry.reason ? <p className="whitespace-pre-line text-sm">“{entry.reason}”</p> : null}
            <p className="text-xs text-slate-500">
              {formatDateTime(entry.createdAt)} by {entry.actorName} ({entry.actorEmail})
            </p>
          </li>
        );
      })}
    </ol>
  );
}
