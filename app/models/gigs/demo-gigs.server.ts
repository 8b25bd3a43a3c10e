import { eq } from "drizzle-orm";
import { db, immediateTransaction } from "~/db/client.server";
import { users } from "~/db/schema/accounts";
import { categories } from "~/db/schema/portfolio";
import type { GigPlatform } from "~/db/schema/gigs";
import { saveBrandProfile } from "~/models/brands/brands.server";
import { changeGigStatus, createGig } from "./gigs.server";
import { addDays, todayUtc } from "./money";

const brandProfiles = [
  {
    email: "brand@demo.gigfolio.local",
    company: "Northwind Outdoor",
    slug: "northwind-outdoor",
    industry: "Outdoor gear",
    website: "https://northwind.example",
    description:
      "Jackets, packs and tents for people who go out in any weather. Family-owned since 1998.",
  },
  {
    email: "lumen@demo.gigfolio.local",
    company: "Lumen Skincare",
    slug: "lumen-skincare",
    industry: "Beauty",
    website: "https://lumen.example",
    description: "Fragrance-free skincare tested on every skin tone.",
  },
  {
    email: "pixelforge@demo.gigfolio.local",
    company: "Pixel Forge Games",
    slug: "pixel-forge-games",
    industry: "Video games",
    website: "https://pixelforge.example",
    description: "An independent studio making cosy city builders.",
  },
];

const gigs: {
  brand: string;
  title: string;
  description: string;
  min: number;
  max: number;
  remote: boolean;
  location?: string;
  days: number;
  categories: string[];
  platforms: GigPlatform[];
  deliverables: string[];
  requirements: string;
  creatorsWanted: number;
}[] = [
  {
    brand: "brand@demo.gigfolio.local",
    title: "Spring catalogue hike in Lapland",
    description:
      "Photograph our new shell jackets on a five-day hike in Swedish Lapland. We cover travel and lodging; you bring the eye.",
    min: 400000,
    max: 700000,
    remote: false,
    location: "Abisko, Sweden",
    days: 40,
    categories: ["photography", "travel"],
    platforms: ["instagram", "website"],
    deliverables: ["40 edited photos (web and print)", "10 behind-the-scenes stories"],
    requirements: "Experience shooting outdoors in cold weather. Full usage rights for 2 years.",
    creatorsWanted: 1,
  },
  {
    brand: "lumen@demo.gigfolio.local",
    title: "Four-week routine review for sensitive skin",
    description:
      "Use our fragrance-free routine for four weeks and share an honest review with your audience, including what did not work.",
    min: 80000,
    max: 150000,
    remote: true,
    days: 21,
    categories: ["beauty", "lifestyle"],
    platforms: ["youtube", "instagram", "tiktok"],
    deliverables: ["1 long-form YouTube review", "2 Instagram reels", "1 TikTok video"],
    requirements: "Audience mostly 18–35. Disclose the partnership clearly.",
    creatorsWanted: 3,
  },
  {
    brand: "pixelforge@demo.gigfolio.local",
    title: "Launch-week stream of our city builder",
    description:
      "Stream at least three hours of our city builder during launch week and share your first impressions with chat.",
    min: 50000,
    max: 120000,
    remote: true,
    days: 14,
    categories: ["gaming"],
    platforms: ["twitch", "youtube"],
    deliverables: ["3-hour Twitch stream", "VOD highlight on YouTube"],
    requirements: "Strategy or simulation audience. Keys provided a week before launch.",
    creatorsWanted: 2,
  },
];

/** Brand profiles and a few published gigs for the demo brands. Idempotent per brand profile. */
export function seedDemoGigs(now = new Date()) {
  const catId = new Map(
    db
      .select()
      .from(categories)
      .all()
      .map((c) => [c.slug, c.id]),
  );
  immediateTransaction(() => {
    const ids = new Map<string, string>();
    for (const b of brandProfiles) {
      const user = db.select({ id: users.id }).from(users).where(eq(users.email, b.email)).get();
      if (!user) continue;
      ids.set(b.email, user.id);
      saveBrandProfile(user.id, {
        company: b.company,
        slug: b.slug,
        industry: b.industry,
        website: b.website,
        description: b.description,
      });
    }
    for (const g of gigs) {
      const brandId = ids.get(g.brand);
      if (!brandId) continue;
      const gig = createGig(brandId, {
        title: g.title,
        description: g.description,
        budgetMin: g.min,
        budgetMax: g.max,
        currency: "USD",
        remote: g.remote,
        location: g.location,
        requirements: g.requirements,
        deliverables: g.deliverables,
        deadline: addDays(todayUtc(now), g.days),
        creatorsWanted: g.creatorsWanted,
        categoryIds: g.categories
          .map((s) => catId.get(s))
          .filter((v): v is number => v !== undefined),
        platforms: g.platforms,
      });
      changeGigStatus(gig.id, brandId, "publish");
    }
  });
}
