const COLORS: Record<string, string> = {
  draft: "bg-slate-100 text-slate-700",
  published: "bg-green-100 text-green-800",
  paused: "bg-amber-100 text-amber-800",
  closed: "bg-slate-200 text-slate-700",
  cancelled: "bg-red-100 text-red-800",
  in_progress: "bg-blue-100 text-blue-800",
  completed: "bg-emerald-100 text-emerald-800",
  pending: "bg-amber-100 text-amber-800",
  shortlisted: "bg-indigo-100 text-indigo-800",
  rejected: "bg-red-100 text-red-800",
  accepted: "bg-green-100 text-green-800",
  withdrawn: "bg-slate-100 text-slate-600",
  countered: "bg-slate-100 text-slate-600",
  expired: "bg-slate-100 text-slate-600",
  active: "bg-blue-100 text-blue-800",
  submitted: "bg-indigo-100 text-indigo-800",
  revision_requested: "bg-amber-100 text-amber-800",
  approved: "bg-green-100 text-green-800",
};

export function statusLabel(status: string) {
  const s = status.replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function StatusBadge({ status }: { status: string }) {
  return (
    <span
      data-status={status}
      className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${COLORS[status] ?? "bg-slate-100 text-slate-700"}`}
    >
      {statusLabel(status)}
    </span>
  );
}
