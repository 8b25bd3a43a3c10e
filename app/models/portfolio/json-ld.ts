import type { PublicPortfolio } from "./public-portfolio.server";

/** schema.org ProfilePage with a Person; aggregateRating once reviews exist. Safe to inline (< escaped). */
export function profileJsonLd(
  p: Pick<
    PublicPortfolio,
    | "displayName"
    | "headline"
    | "bio"
    | "location"
    | "socials"
    | "ratingAvg"
    | "reviewCount"
    | "createdAt"
  >,
  canonical: string,
  image: string | null,
) {
  const person: Record<string, unknown> = {
    "@type": "Person",
    name: p.displayName,
    url: canonical,
    ...(p.headline ? { jobTitle: p.headline } : {}),
    ...(p.bio ? { description: p.bio.slice(0, 500) } : {}),
    ...(image ? { image } : {}),
    ...(p.location ? { homeLocation: { "@type": "Place", name: p.location } } : {}),
    ...(p.socials.length ? { sameAs: p.socials.map((s) => s.url) } : {}),
    ...(p.reviewCount > 0
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: Number(p.ratingAvg.toFixed(2)),
            reviewCount: p.reviewCount,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
  };
  const doc = {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    dateCreated: new Date(p.createdAt).toISOString(),
    mainEntity: person,
  };
  return JSON.stringify(doc).replace(/</g, "\\u003c");
}
