export function Stars({ rating, className = "" }: { rating: number; className?: string }) {
  const full = Math.round(rating);
  return (
    <span
      className={`text-amber-500 ${className}`}
      role="img"
      aria-label={`${rating} out of 5 stars`}
    >
      {"★".repeat(full)}
      <span className="text-slate-300">{"★".repeat(5 - full)}</span>
    </span>
  );
}

export function VerifiedBadge() {
  return (
    <span
      className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900"
      title="Left through a link after completed work"
    >
      ✓ Verified
    </span>
  );
}
