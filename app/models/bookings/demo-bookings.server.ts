import { actOnBooking, requestBooking, type Creator } from "./bookings.server";
import { saveAvailability, upcomingAvailableDates } from "./availability.server";
import { addDays, todayIn } from "./dates";
import { blockDates, createShoot, createUpload } from "../calendar/calendar.server";
import { issueReviewLink, reviewableSubject } from "../reviews/review-links.server";
import { submitReview } from "../reviews/reviews.server";
import { getOrigin } from "~/utils/url.server";

const DAY = 86_400_000;

type DemoReview = {
  slug: string;
  client: string;
  email: string;
  rating: number;
  body: string;
  daysAgo: number;
};

const demoReviews: DemoReview[] = [
  {
    slug: "maya",
    client: "Erik N.",
    email: "erik@northwind.example",
    rating: 5,
    body: "Maya planned every location in advance and delivered a catalogue we still use a year later.",
    daysAgo: 40,
  },
  {
    slug: "maya",
    client: "Lena K.",
    email: "lena@fjord.example",
    rating: 4,
    body: "Beautiful light and a calm presence on set. Delivery took a few days longer than planned.",
    daysAgo: 25,
  },
  {
    slug: "priya-cooks",
    client: "Sam R.",
    email: "sam@spiceco.example",
    rating: 5,
    body: "Our recipe series with Priya doubled our newsletter sign-ups. Great to work with.",
    daysAgo: 30,
  },
  {
    slug: "aisha-bello",
    client: "Noor H.",
    email: "noor@glow.example",
    rating: 5,
    body: "Thorough, honest and professional. Her review drove real, lasting interest in our serum.",
    daysAgo: 20,
  },
];

/**
 * Demo bookings, calendar items and verified reviews, made through the same model functions the app
 * uses (past work is requested and completed "in the past" by passing an earlier `now`). Links in
 * its emails use the app's address: APP_URL, else localhost at the port the server listens on.
 */
export function seedDemoBookings(creators: Map<string, Creator>, origin = getOrigin()) {
  const today = todayIn("UTC");
  for (const r of demoReviews) {
    const creator = creators.get(r.slug);
    if (!creator) continue;
    const then = new Date(Date.now() - (r.daysAgo + 14) * DAY);
    const date = addDays(today, -r.daysAgo);
    saveAvailability(creator.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 2,
    });
    const { booking } = requestBooking(
      creator,
      {
        date,
        customRequest: "Brand content day",
        name: r.client,
        email: r.email,
        message: "We would love to work with you on our next campaign.",
      },
      origin,
      then,
    );
    actOnBooking(booking.id, creator, { action: "confirm" }, then);
    actOnBooking(
      booking.id,
      creator,
      { action: "complete" },
      new Date(Date.now() - r.daysAgo * DAY),
    );
    const subject = reviewableSubject(creator.id, "booking", booking.id);
    if (subject)
      submitReview(issueReviewLink(creator.id, subject), {
        rating: r.rating,
        body: r.body,
        name: r.client,
        email: r.email,
        consent: "on",
      });
  }
  const maya = creators.get("maya");
  if (maya) {
    saveAvailability(maya.id, {
      timeZone: "Europe/Stockholm",
      workingDays: 0b0011111,
      minNoticeDays: 2,
      maxBookingsPerDay: 1,
    });
    blockDates(maya.id, addDays(today, 10), addDays(today, 14), "Hiking trip");
    const date = upcomingAvailableDates(maya.id, 12).at(-1);
    if (date)
      requestBooking(
        maya,
        {
          date,
          startTime: "09:00",
          durationMinutes: 240,
          customRequest: "Winter jacket campaign, outdoor",
          name: "Ola Berg",
          email: "ola@peakwear.example",
          message: "Could you shoot our winter jackets in the mountains?",
          budget: 2500,
        },
        origin,
      );
    createShoot(maya.id, {
      title: "Lookbook for Fjord Knit",
      date: addDays(today, 5),
      startTime: "08:30",
      location: "Abisko",
      brand: "Fjord Knit",
      campaign: "Autumn",
      notes: undefined,
      amount: 1800,
    });
    createUpload(maya.id, {
      title: "Abisko reel",
      date: addDays(today, 7),
      startTime: "18:00",
      platform: "Instagram",
      contentType: "Reel",
      brand: "Fjord Knit",
      campaign: "Autumn",
      notes: undefined,
    });
  }
}
