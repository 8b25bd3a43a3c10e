import { eq } from "drizzle-orm";
import { db } from "~/db/client.server";
import { creatorProfiles } from "~/db/schema";
import {
  packages,
  portfolioItems,
  socialAccounts,
  type SocialPlatform,
} from "~/db/schema/portfolio-extras";

type Demo = {
  location: string;
  timeZone: string;
  languages: string;
  currency: string;
  budget: [number, number];
  spaces: number;
  socials: [SocialPlatform, string, string, number, number | null][];
  packages: [string, number, number, string][];
  items: [string, "image" | "video" | "audio" | "link", string, string, string, boolean][];
};

/** Social accounts, packages and work for the demo creators, so the demo looks real. Prices in major units. */
const DEMO: Record<string, Demo> = {
  maya: {
    location: "Stockholm, Sweden",
    timeZone: "Europe/Stockholm",
    languages: "English, Swedish",
    currency: "EUR",
    budget: [1500, 12000],
    spaces: 2,
    socials: [
      ["instagram", "maya.lindqvist", "https://www.instagram.com/maya.lindqvist", 84200, 420],
      ["website", "mayalindqvist.example", "https://mayalindqvist.example", 0, null],
    ],
    packages: [
      [
        "Half-day location shoot",
        900,
        10,
        "4 hours on location\n25 edited photos\nWeb and social licence",
      ],
      [
        "Full-day campaign",
        2400,
        14,
        "8 hours, two locations\n60 edited photos\n12-month commercial licence",
      ],
    ],
    items: [
      [
        "Lapland winter catalogue",
        "link",
        "https://vimeo.com/76979871",
        "Northwind Outdoor",
        "2025-03-14",
        true,
      ],
      [
        "Island hotels series",
        "link",
        "https://www.instagram.com/p/demo1",
        "Fjord Hotels",
        "2024-08-02",
        true,
      ],
    ],
  },
  "jonah-okafor": {
    location: "Atlanta, USA",
    timeZone: "America/New_York",
    languages: "English",
    currency: "USD",
    budget: [800, 6000],
    spaces: 3,
    socials: [
      ["tiktok", "jonahlifts", "https://www.tiktok.com/@jonahlifts", 240000, 780],
      ["instagram", "jonah.okafor", "https://www.instagram.com/jonah.okafor", 61000, 350],
      ["youtube", "JonahOkafor", "https://www.youtube.com/@JonahOkafor", 38000, null],
    ],
    packages: [
      ["TikTok video", 1200, 7, "One 30–60s video\nTwo rounds of feedback"],
      ["3-video series", 3000, 21, "Three TikTok videos\nCross-post to Instagram Reels"],
    ],
    items: [
      [
        "Morning lift routine with IronFuel",
        "video",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "IronFuel",
        "2025-01-20",
        true,
      ],
    ],
  },
  "priya-cooks": {
    location: "London, UK",
    timeZone: "Europe/London",
    languages: "English, Tamil",
    currency: "GBP",
    budget: [600, 5000],
    spaces: 1,
    socials: [
      ["youtube", "PriyaCooks", "https://www.youtube.com/@PriyaCooks", 310000, 510],
      ["instagram", "priya.cooks", "https://www.instagram.com/priya.cooks", 92000, 390],
    ],
    packages: [
      ["Recipe development", 750, 10, "One original recipe\nTested three times\nStyled photos"],
      [
        "Sponsored YouTube video",
        2800,
        21,
        "Dedicated 8–12 min video\nLink in description for 12 months",
      ],
    ],
    items: [
      ["30-minute sambar", "video", "https://youtu.be/dQw4w9WgXcQ", "SpiceBox", "2024-11-05", true],
    ],
  },
  "tom-plays": {
    location: "Hamburg, Germany",
    timeZone: "Europe/Berlin",
    languages: "German, English",
    currency: "EUR",
    budget: [500, 4000],
    spaces: 4,
    socials: [
      ["twitch", "tomplays", "https://www.twitch.tv/tomplays", 56000, null],
      ["youtube", "TomPlays", "https://www.youtube.com/@TomPlays", 21000, null],
    ],
    packages: [
      ["Sponsored stream (2h)", 800, 7, "Two-hour live stream\nChat command with your link"],
    ],
    items: [
      [
        "City builder first impressions",
        "link",
        "https://www.twitch.tv/videos/demo",
        "Pixel Forge Games",
        "2025-02-11",
        false,
      ],
    ],
  },
  "omar-laughs": {
    location: "Dubai, UAE",
    timeZone: "Asia/Dubai",
    languages: "English, Arabic",
    currency: "USD",
    budget: [2000, 20000],
    spaces: 0,
    socials: [
      ["tiktok", "omarlaughs", "https://www.tiktok.com/@omarlaughs", 820000, 910],
      ["instagram", "omar.laughs", "https://www.instagram.com/omar.laughs", 290000, 600],
    ],
    packages: [["Branded sketch", 6500, 14, "One scripted sketch\nTikTok + Instagram"]],
    items: [
      [
        "Group chat sketch",
        "link",
        "https://www.tiktok.com/@omarlaughs/video/1",
        "",
        "2025-04-01",
        true,
      ],
    ],
  },
};

export function seedDemoPortfolio(creatorIdBySlug: Map<string, { id: string }>) {
  for (const [slug, d] of Object.entries(DEMO)) {
    const creator = creatorIdBySlug.get(slug);
    if (!creator) continue;
    db.update(creatorProfiles)
      .set({
        location: d.location,
        timeZone: d.timeZone,
        languages: d.languages,
        currency: d.currency,
        budgetMinCents: d.budget[0] * 100,
        budgetMaxCents: d.budget[1] * 100,
        spacesThisMonth: d.spaces,
      })
      .where(eq(creatorProfiles.userId, creator.id))
      .run();
    for (const [platform, handle, url, followers, bp] of d.socials) {
      db.insert(socialAccounts)
        .values({ creatorId: creator.id, platform, handle, url, followers, engagementRateBp: bp })
        .run();
    }
    d.packages.forEach(([name, price, days, includes], position) => {
      db.insert(packages)
        .values({
          creatorId: creator.id,
          name,
          priceCents: price * 100,
          currency: d.currency,
          includes,
          deliveryDays: days,
          position,
        })
        .run();
    });
    d.items.forEach(([title, kind, url, brand, itemDate, featured], position) => {
      db.insert(portfolioItems)
        .values({ creatorId: creator.id, title, kind, url, brand, itemDate, featured, position })
        .run();
    });
  }
}
