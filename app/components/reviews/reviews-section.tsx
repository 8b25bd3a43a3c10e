import { Link } from "~/components/link";
import { Stars, VerifiedBadge } from "./stars";

export type ReviewSummary = {
  count: number;
  average: number | null;
  distribution: Record<1 | 2 | 3 | 4 | 5, number>;
};
export type PublicReview = {
  id: string;
  rating: number;
  body: string;
  clientName: string;
  verified: boolean;
  reply: string | null;
  createdAt: string | Date;
};

const dateFmt = new Intl.DateTimeFormat("en-GB", {
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

type Props = {
  creatorName: string;
  summary: ReviewSummary;
  reviews: PublicReview[];
  page: number;
  pageCount: number;
  pageHref: (page: number) => string;
};

/** A complete reviews section (heading included), for pages without a reviews slot. */
export function ReviewsSection(props: Props) {
  return (
    <section id="reviews" aria-labelledby="reviews-title" className="card space-y-4">
      <h2 id="reviews-title" className="text-xl font-bold">
        Reviews
      </h2>
      <ReviewsContent {...props} />
    </section>
  );
}

/**
 * Average, count, distribution and a page of reviews (no heading: the portfolio page's reviews slot
 * provides it). Pagination is by the `reviews` query parameter, so it works without JavaScript.
 */
export function ReviewsContent({
  creatorName,
  summary,
  reviews,
  page,
  pageCount,
  pageHref,
}: Props) {
  return (
    <div className="mt-2 space-y-4" data-testid="reviews-content">
      {summary.count === 0 || summary.average === null ? (
        <p className="text-slate-600">No reviews yet for {creatorName}.</p>
      ) : (
        <>
          <div className="flex flex-col gap-4 sm:flex-row sm:items-center">
            <div>
              <p className="text-4xl font-extrabold" data-testid="rating-average">
                {summary.average.toFixed(1)}
              </p>
              <Stars rating={summary.average} />
              <p className="text-sm text-slate-600" data-testid="rating-count">
                {summary.count} {summary.count === 1 ? "review" : "reviews"}
              </p>
            </div>
            <dl className="flex-1 space-y-1 text-sm" aria-label="Rating distribution">
              {([5, 4, 3, 2, 1] as const).map((n) => (
                <div key={n} className="flex items-center gap-2">
                  <dt className="w-12">{n} star</dt>
                  <dd className="flex flex-1 items-center gap-2">
                    {/* A meter, not a styled span: the CSP allows no inline style attributes. */}
                    <meter
                      className="h-2 flex-1"
                      min={0}
                      max={summary.count}
                      value={summary.distribution[n]}
                    />
                    <span className="w-6 text-right">{summary.distribution[n]}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </div>
          <ul className="divide-y divide-slate-100">
            {reviews.map((r) => (
              <li key={r.id} className="py-4">
                <p className="flex flex-wrap items-center gap-2">
                  <Stars rating={r.rating} />
                  <strong>{r.clientName}</strong>
                  {r.verified ? <VerifiedBadge /> : null}
                  <span className="text-xs text-slate-500">
                    {dateFmt.format(new Date(r.createdAt))}
                  </span>
                </p>
                <p className="mt-1 whitespace-pre-line text-slate-800">{r.body}</p>
                {r.reply ? (
                  <div className="mt-2 border-l-4 border-brand-200 pl-3 text-sm text-slate-700">
                    <p className="font-semibold">Reply from {creatorName}</p>
                    <p className="whitespace-pre-line">{r.reply}</p>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {pageCount > 1 ? (
            <nav aria-label="Review pages" className="flex items-center justify-between text-sm">
              {page > 1 ? (
                <Link to={pageHref(page - 1)} className="link" preventScrollReset>
                  ← Newer reviews
                </Link>
              ) : (
                <span />
              )}
              <span>
                Page {page} of {pageCount}
              </span>
              {page < pageCount ? (
                <Link to={pageHref(page + 1)} className="link" preventScrollReset>
                  Older reviews →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
