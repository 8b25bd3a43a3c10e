import { randomBytes } from "node:crypto";
import { count } from "drizzle-orm";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import { getCreatorCurrency } from "~/models/portfolio/profiles.server";
import { hashPassword } from "~/models/accounts/password.server";
import { seedDemoPortfolio } from "~/models/portfolio/demo-portfolio.server";
import { saveProfile } from "~/models/portfolio/profiles.server";
import { getEnv } from "~/utils/env.server";
import { db, immediateTransaction } from "./client.server";
import { categories, users } from "./schema";
import { demoBrands, demoCreators, demoInquiries } from "./seed-data";
import { seedDemoGigs } from "~/models/gigs/demo-gigs.server";
import { seedDemoBookings } from "~/models/bookings/demo-bookings.server";

/**
 * Demo accounts share one password: DEMO_PASSWORD when set, a fixed one in development, and a
 * random one printed once to the console everywhere else, so no deployment has a well-known login.
 */
function demoPassword() {
  const env = getEnv();
  if (env.DEMO_PASSWORD) return env.DEMO_PASSWORD;
  if (env.NODE_ENV === "development") return "gigfolio-demo";
  return randomBytes(9).toString("base64url");
}

export async function seedDemo() {
  const password = demoPassword();
  const passwordHash = await hashPassword(password);
  const cats = db.select().from(categories).all();
  const catId = new Map(cats.map((c) => [c.slug, c.id]));
  const creatorIds = new Map<string, { id: string; email: string; displayName: string }>();
  immediateTransaction(() => {
    for (const c of demoCreators) {
      const user = db
        .insert(users)
        .values({
          email: c.email,
          passwordHash,
          displayName: c.name,
          role: "creator",
          emailVerifiedAt: new Date(),
        })
        .returning({ id: users.id, email: users.email, displayName: users.displayName })
        .get();
      creatorIds.set(c.slug, user);
      saveProfile(user.id, {
        displayName: c.name,
        slug: c.slug,
        headline: c.headline,
        bio: c.bio,
        visibility: "public",
        categoryIds: c.categories
          .map((s) => catId.get(s))
          .filter((v): v is number => v !== undefined),
      });
    }
    seedDemoPortfolio(creatorIds);
    for (const b of demoBrands) {
      db.insert(users)
        .values({
          email: b.email,
          passwordHash,
          displayName: b.name,
          role: "brand",
          emailVerifiedAt: new Date(),
        })
        .run();
    }
    db.insert(users)
      .values({
        email: "admin@demo.gigfolio.local",
        passwordHash,
        displayName: "Gigfolio Admin",
        role: "admin",
        emailVerifiedAt: new Date(),
      })
      .run();
    for (const i of demoInquiries) {
      const creator = creatorIds.get(i.to);
      if (creator)
        // In the creator's currency, as the inquiry form asks it.
        createInquiry(
          creator,
          {
            name: i.name,
            email: i.email,
            message: i.message,
            budget: "budget" in i ? i.budget : undefined,
          },
          getCreatorCurrency(creator.id),
        );
    }
  });
  seedDemoGigs();
  seedDemoBookings(creatorIds);
  return { password, creators: demoCreators.length, brands: demoBrands.length };
}

/** Seeds only an empty database (no users), so a restart never duplicates or overwrites data. */
export async function seedDemoIfEmpty() {
  const n = db.select({ n: count() }).from(users).get()?.n ?? 0;
  if (n > 0) return null;
  const result = await seedDemo();
  console.log(
    `Seeded demo data: ${result.creators} creators, ${result.brands} brands.\n` +
      `  Log in as maya@demo.gigfolio.local (creator), brand@demo.gigfolio.local (brand)\n` +
      `  or admin@demo.gigfolio.local (admin: moderation at /dashboard/admin/users)\n` +
      `  with the demo password: ${result.password}`,
  );
  return result;
}
