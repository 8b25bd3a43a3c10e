import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReviewsContent } from "~/components/reviews/reviews-section";

describe("the reviews section's rating distribution", () => {
  it("draws each bar as a meter (no inline style, which the CSP would block)", () => {
    const html = renderToStaticMarkup(
      createElement(ReviewsContent, {
        creatorName: "Ada",
        summary: { count: 5, average: 4.2, distribution: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 3 } },
        reviews: [],
        page: 1,
        pageCount: 1,
        pageHref: (p: number) => `/ada?reviews=${p}`,
      }),
    );
    expect(html).not.toContain("style=");
    const meters = [...html.matchAll(/<meter[^>]*>/g)].map((m) => m[0]);
    expect(meters).toHaveLength(5);
    // Five stars first, with 3 of the 5 reviews.
    expect(meters[0]).toContain('max="5"');
    expect(meters[0]).toContain('value="3"');
  });
});
