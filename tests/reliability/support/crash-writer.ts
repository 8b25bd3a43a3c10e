// Child process of crash.test.ts: writes through the real model functions as fast as it can and
// prints `ack <table> <id>` after each commit. The parent SIGKILLs it at a random moment.
// WRITE_KINDS (comma separated): inquiry, booking, review.
import { randomBytes } from "node:crypto";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import { createUser, getUserById } from "~/models/accounts/users.server";

/** Work is marked completed once its day has come: these bookings are up to a year ahead, so a moment after that. */
const AFTER_THE_DAY = new Date(Date.now() + 1000 * 86_400_000);

const kinds = (process.env.WRITE_KINDS ?? "inquiry").split(",");
const ack = (table: string, id: string) => process.stdout.write(`ack ${table} ${id}\n`);

const tag = randomBytes(4).toString("hex");
// The first run creates the creator; later runs reuse it (CREATOR_ID) and skip the password hashing.
const existing = process.env.CREATOR_ID ? getUserById(process.env.CREATOR_ID) : undefined;
const creator =
  existing ??
  (await createUser({
    email: `crash-${tag}@example.com`,
    password: "crash-test-password",
    displayName: `Crash ${tag}`,
    role: "creator",
  }));
ack("users", creator.id);

type Writer = () => void;
const writers: Writer[] = [];

if (kinds.includes("inquiry")) {
  let n = 0;
  writers.push(() => {
    const row = createInquiry(creator, {
      name: `Client ${n}`,
      email: `client-${tag}-${n}@example.com`,
      message: `Inquiry number ${n++} written before a crash.`,
      budget: 250,
    });
    ack("inquiries", row.id);
  });
}

if (kinds.includes("booking") || kinds.includes("review")) {
  const { saveAvailability } = await import("~/models/bookings/availability.server");
  const { requestBooking, actOnBooking } = await import("~/models/bookings/bookings.server");
  const { addDays, todayIn } = await import("~/models/bookings/dates");
  if (!existing)
    saveAvailability(creator.id, {
      timeZone: "UTC",
      workingDays: 127,
      minNoticeDays: 0,
      maxBookingsPerDay: 50,
    });
  const { DateUnavailableError } = await import("~/models/bookings/bookings.server");
  let n = 0;
  const book = () => {
    // Any day with a free slot in the next year (restarts do not know which days earlier runs filled).
    for (;;) {
      const date = addDays(todayIn("UTC"), 1 + Math.floor(Math.random() * 360));
      try {
        const { booking } = requestBooking(
          creator,
          {
            date,
            name: `Booker ${n}`,
            email: `booker-${tag}-${n}@example.com`,
            message: `Booking number ${n++} before a crash.`,
            customRequest: "A half-day shoot",
          } as Parameters<typeof requestBooking>[1],
          "http://localhost",
        );
        ack("bookings", booking.id);
        return booking;
      } catch (error) {
        if (!(error instanceof DateUnavailableError)) throw error;
      }
    }
  };
  if (kinds.includes("booking")) writers.push(() => void book());
  if (kinds.includes("review")) {
    const { issueReviewLink, reviewableSubject } =
      await import("~/models/reviews/review-links.server");
    const { submitReview } = await import("~/models/reviews/reviews.server");
    writers.push(() => {
      const booking = book();
      actOnBooking(booking.id, creator, { action: "confirm" });
      actOnBooking(booking.id, creator, { action: "complete" }, AFTER_THE_DAY);
      const subject = reviewableSubject(creator.id, "booking", booking.id);
      if (!subject) throw new Error("completed booking is not reviewable");
      const token = issueReviewLink(creator.id, subject);
      const result = submitReview(token, {
        rating: 5,
        body: "Great work, delivered on time and friendly.",
        name: "Happy client",
        email: "happy@example.com",
        consent: "on",
      } as Parameters<typeof submitReview>[1]);
      if (!result.ok) throw new Error(`review refused: ${result.state}`);
      ack("reviews", result.reviewId);
    });
  }
}

for (let i = 0; ; i++) {
  writers[i % writers.length]!();
  // Yield now and then so the parent's kill can land anywhere, including mid-transaction.
  if (i % 20 === 0) await new Promise((r) => setImmediate(r));
}
