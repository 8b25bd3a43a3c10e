import type { ReactNode } from "react";

/**
 * SLOT for the bookings-and-reviews module: the public page renders this with `children` from its
 * loader (rating summary and reviews). Without children it shows the denormalised rating only.
 */
export function ReviewsSlot({
  ratingAvg,
  reviewCount,
  children,
}: {
  ratingAvg: number;
  reviewCount: number;
  children?: ReactNode;
}) {
  return (
    <section id="reviews" aria-labelledby="reviews-title" className="mt-10">
      <h2 id="reviews-title" className="text-xl font-bold">
        Reviews
      </h2>
      {children ?? (
        <p className="mt-2 text-slate-700">
          {reviewCount > 0
            ? `${ratingAvg.toFixed(1)} out of 5 from ${reviewCount} ${reviewCount === 1 ? "review" : "reviews"}.`
            : "No reviews yet."}
        </p>
      )}
    </section>
  );
}
