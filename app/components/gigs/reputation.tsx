import type { BrandReputation } from "~/models/brands/brands.server";

export function Stars({ value }: { value: number | null }) {
  if (value === null) return <span className="text-slate-500">—</span>;
  return (
    <span aria-label={`${value} out of 5`}>
      <span aria-hidden="true" className="text-amber-500">
        {"★".repeat(Math.round(value))}
        {"☆".repeat(5 - Math.round(value))}
      </span>{" "}
      {value.toFixed(1)}
    </span>
  );
}

/** Brand reputation: averages of creators' ratings, counts and completed deals. */
export function ReputationSummary({
  reputation,
  compact = false,
}: {
  reputation: BrandReputation;
  compact?: boolean;
}) {
  const r = reputation;
  if (compact) {
    return (
      <p className="text-sm text-slate-700" data-testid="reputation">
        {r.ratingCount ? (
          <>
            <Stars value={r.overall} /> from {r.ratingCount}{" "}
            {r.ratingCount === 1 ? "rating" : "ratings"} ·{" "}
          </>
        ) : (
          "No ratings yet · "
        )}
        {r.dealsCompleted} {r.dealsCompleted === 1 ? "deal" : "deals"} completed
      </p>
    );
  }
  return (
    <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-3" data-testid="reputation">
      <div>
        <dt className="text-slate-500">Overall</dt>
        <dd>
          <Stars value={r.overall} />{" "}
          <span className="text-slate-500">
            ({r.ratingCount} {r.ratingCount === 1 ? "rating" : "ratings"})
          </span>
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">Payment speed</dt>
        <dd>
          <Stars value={r.paymentSpeed} />
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">Communication</dt>
        <dd>
          <Stars value={r.communication} />
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">Professionalism</dt>
        <dd>
          <Stars value={r.professionalism} />
        </dd>
      </div>
      <div>
        <dt className="text-slate-500">Deals completed</dt>
        <dd>{r.dealsCompleted}</dd>
      </div>
      <div>
        <dt className="text-slate-500">Gigs posted</dt>
        <dd>{r.gigsPosted}</dd>
      </div>
    </dl>
  );
}
