import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { signUp, uniqueSuffix } from "./support";

/** The e2e server's database, made afresh for each run (scripts/e2e-server.mjs). */
const E2E_DB = path.resolve(`tests/.tmp/e2e-${process.env.E2E_PORT ?? "3100"}/gigfolio.db`);

async function creatorWithPortfolio(page: Page, name: string) {
  const id = uniqueSuffix();
  const slug = `bk-${id}`;
  await signUp(page, { role: "creator", displayName: name, email: `creator-${id}@example.com` });
  await page.getByLabel("Display name").fill(name);
  await page.getByLabel("Link name").fill(slug);
  await page.getByLabel("Headline").fill("Wedding and portrait photographer");
  await page.getByRole("button", { name: "Save portfolio" }).click();
  await expect(page.getByRole("status")).toContainText(`/${slug}`);
  return slug;
}

const isoDay = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A date as the app writes it out: "Tue, 1 Dec 2026". */
const longDate = (day: string) =>
  new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));

/**
 * The day of a client's booking comes and goes: the server's clock cannot be turned, so the booking
 * (requested and confirmed through the pages) is moved to yesterday in its database instead.
 */
function letTheDayPass(clientEmail: string) {
  const db = new Database(E2E_DB);
  try {
    db.pragma("busy_timeout = 5000");
    const moved = db
      .prepare("update bookings set date = ? where client_email = ?")
      .run(isoDay(-1), clientEmail).changes;
    expect(moved).toBe(1);
  } finally {
    db.close();
  }
}

async function openEveryDay(page: Page) {
  await page.goto("/dashboard/availability");
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    await page.getByLabel(day).check();
  await page.getByLabel("Time zone").selectOption("UTC");
  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByRole("status")).toContainText("Availability saved");
}

async function noJsVisitor(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

async function requestBooking(v: Page, slug: string, email: string) {
  await v.goto(`/${slug}`);
  await v.getByRole("link", { name: "Request a booking" }).first().click();
  await expect(v.getByRole("heading", { name: /Request a booking with/ })).toBeVisible();
  const first = v.getByRole("list", { name: "Next available dates:" }).getByRole("link").first();
  const href = (await first.getAttribute("href"))!;
  await first.click();
  const date = href.split("date=")[1]!;
  await expect(v.getByLabel("Date", { exact: true })).toHaveValue(date);
  await v.getByLabel("What do you need?").fill("Family portraits in the park, about 2 hours");
  await v.getByLabel("Your name").fill("Cleo Client");
  await v.getByLabel("Your email").fill(email);
  await v.getByLabel("Message").fill("We are a family of four and would love an outdoor session.");
  await v.getByLabel("Budget (USD, optional)").fill("400");
  await v.getByRole("button", { name: "Send booking request" }).click();
  await expect(v.getByRole("status")).toContainText("Your booking request was sent");
  return date;
}

/** A client asks for a given date straight from the booking form's address, as a shared link would. */
async function requestDate(
  v: Page,
  slug: string,
  date: string,
  client: { need: string; name: string; email: string; message: string },
) {
  await v.goto(`/${slug}/book?date=${date}`);
  await v.getByLabel("What do you need?").fill(client.need);
  await v.getByLabel("Your name").fill(client.name);
  await v.getByLabel("Your email").fill(client.email);
  await v.getByLabel("Message").fill(client.message);
  await v.getByRole("button", { name: "Send booking request" }).click();
  await expect(v.getByRole("status")).toContainText("Your booking request was sent");
}

/** The manage link from the latest email to this client (the dev outbox shows what would be sent). */
async function manageLinkFor(page: Page, email: string) {
  await page.goto("/dev/outbox");
  const mail = page
    .getByRole("article", { name: `Email to ${email}` })
    .filter({ hasText: "booking-requested" })
    .first();
  const text = await mail.textContent();
  return text!.match(/\/booking\/[A-Za-z0-9_-]{43}/)![0];
}

test("no-JS booking → confirm → manage link → complete (not offered before its day, done after) → review link → no-JS review → portfolio shows it; calendar shows the booking and a blocked date", async ({
  page,
  browser,
}) => {
  const slug = await creatorWithPortfolio(page, "Maya Lens");
  await openEveryDay(page);
  const blocked = isoDay(3);
  await page.getByLabel("From").fill(blocked);
  await page.getByLabel("Private reason (optional)").fill("Family wedding");
  await page.getByRole("button", { name: "Block dates" }).click();
  await expect(page.getByRole("list", { name: "Upcoming blocked dates" })).toContainText(
    "Family wedding",
  );

  // A visitor without JavaScript: the blocked date is not offered, and the server refuses it.
  const visitor = await noJsVisitor(browser);
  const v = visitor.page;
  await v.goto(`/${slug}/book`);
  await expect(v.locator(`a[href$="date=${blocked}"]`)).toHaveCount(0);
  await v.getByLabel("Date", { exact: true }).fill(blocked);
  await v.getByLabel("What do you need?").fill("Portraits");
  await v.getByLabel("Your name").fill("Cleo Client");
  await v.getByLabel("Your email").fill("cleo@example.com");
  await v.getByLabel("Message").fill("Is this date possible for you?");
  await v.getByRole("button", { name: "Send booking request" }).click();
  await expect(v.getByLabel("Date", { exact: true })).toHaveAccessibleDescription(
    /not available on this date/,
  );

  const clientEmail = `client-${uniqueSuffix()}@example.com`;
  const date = await requestBooking(v, slug, clientEmail);
  const manage = await manageLinkFor(page, clientEmail);

  // The creator confirms.
  await page.goto("/dashboard/bookings");
  await page.getByRole("link", { name: /Cleo Client/ }).click();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("status")).toContainText("Booking confirmed");

  // The client's manage link shows "confirmed", with the history.
  await v.goto(manage);
  await expect(v.getByRole("heading", { name: "Your booking with Maya Lens" })).toBeVisible();
  await expect(v.getByText("Status:")).toContainText("Confirmed");
  await expect(v.getByRole("region", { name: "History" })).toContainText(
    "Requested → Confirmed by Maya Lens",
  );

  // The calendar shows the booking and the blocked date.
  // A day's link reads as its cell shows it: "Tue, 1 Dec 2026: 10:00 Booking: Cleo Client".
  await page.goto(`/dashboard/calendar?month=${date.slice(0, 7)}`);
  await expect(
    page.getByRole("link", {
      name: new RegExp(`^${longDate(date)}: (\\S+ )?Booking: Cleo Client`),
    }),
  ).toBeVisible();
  await page.goto(`/dashboard/calendar?month=${blocked.slice(0, 7)}`);
  await expect(
    page.getByRole("link", { name: new RegExp(`^${longDate(blocked)}: Blocked`) }),
  ).toBeVisible();

  // Not completed before its day: the page says from when instead of offering the button (a post
  // sent anyway is refused with the reason: tests/unit/bookings-routes.test.ts).
  await page.goto("/dashboard/bookings?status=confirmed");
  await page.getByRole("link", { name: /Cleo Client/ }).click();
  await expect(
    page.getByText(`You can mark it completed from ${longDate(date)}, the day of the booking.`),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark as completed" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Make a review link" })).toHaveCount(0);

  // Once its day has passed: completed → a review link.
  letTheDayPass(clientEmail);
  await page.goto("/dashboard/bookings?status=confirmed");
  await page.getByRole("link", { name: /Cleo Client/ }).click();
  await page.getByRole("button", { name: "Mark as completed" }).click();
  await expect(page.getByRole("status")).toContainText("Marked as completed");
  await page.getByRole("button", { name: "Make a review link" }).click();
  const reviewUrl = new URL(await page.getByLabel(/Copy this link/).inputValue());
  expect(reviewUrl.pathname).toMatch(/^\/review\/[A-Za-z0-9_-]{43}$/);

  // The client reviews without JavaScript: a missing rating is refused, then a valid review goes through.
  await v.goto(reviewUrl.pathname);
  await expect(v.getByRole("heading", { name: "Review Maya Lens" })).toBeVisible();
  await expect(v.getByText(/You are reviewing: Booking on/)).toBeVisible();
  await v.getByLabel("Your review").fill("Maya made us feel at ease, and the photos are lovely.");
  await v.getByLabel("Your name").fill("Cleo");
  await v.getByLabel("Your email (not published)").fill(clientEmail);
  await v.getByLabel(/I agree that my review/).check();
  await v.getByRole("button", { name: "Publish my review" }).click();
  await expect(v.getByText("Choose a rating from 1 to 5")).toBeVisible();
  await expect(v.getByLabel("Your review")).toHaveValue(
    "Maya made us feel at ease, and the photos are lovely.",
  );
  await v.getByLabel(/5 – Excellent/).check();
  await v.getByLabel(/I agree that my review/).check();
  await v.getByRole("button", { name: "Publish my review" }).click();
  await expect(v.getByRole("heading", { name: "Thank you for your review" })).toBeVisible();

  // The link now says it was used; a replayed POST creates nothing.
  const again = await v.goto(reviewUrl.pathname);
  expect(again?.status()).toBe(410);
  await expect(v.getByText("already been used")).toBeVisible();
  await expect(v.getByRole("button", { name: "Publish my review" })).toHaveCount(0);
  const replay = await v.request.post(reviewUrl.pathname, {
    form: {
      rating: "1",
      body: "A second review that should never be stored.",
      name: "Cleo",
      email: clientEmail,
      consent: "on",
    },
    headers: { Origin: reviewUrl.origin },
  });
  expect(replay.status()).toBe(410);

  // The portfolio shows one verified review and the average.
  await v.goto(`/${slug}`);
  const reviews = v.getByRole("region", { name: "Reviews" });
  await expect(reviews.getByTestId("rating-average")).toHaveText("5.0");
  await expect(reviews.getByTestId("rating-count")).toHaveText("1 review");
  await expect(reviews.getByText("Maya made us feel at ease")).toBeVisible();
  await expect(reviews.getByText("✓ Verified")).toBeVisible();
  await expect(reviews.getByText("A second review")).toHaveCount(0);
  await visitor.context.close();

  // The creator replies once and can hide it (it leaves the average).
  await page.goto("/dashboard/reviews");
  // A blank reply (past the browser's own check) is refused beside the field.
  await page.getByLabel("Reply publicly (once)").evaluate((el) => el.removeAttribute("required"));
  await page.getByLabel("Reply publicly (once)").fill("   ");
  await page.getByRole("button", { name: "Publish reply" }).click();
  await expect(page.getByLabel("Reply publicly (once)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Reply publicly (once)")).toHaveAccessibleDescription(
    "Write a reply",
  );
  await page.getByLabel("Reply publicly (once)").fill("Thank you Cleo!");
  await page.getByRole("button", { name: "Publish reply" }).click();
  await expect(page.getByRole("status")).toContainText("Reply published");
  await expect(page.getByLabel("Reply publicly (once)")).toHaveCount(0);
  await page.getByRole("button", { name: "Hide from my page" }).click();
  // Wait for the action to finish before leaving the page, or the navigation would abort it.
  await expect(page.getByRole("button", { name: "Show on my page" })).toBeVisible();
  await expect(page.getByText("Hidden", { exact: true })).toBeVisible();
  await page.goto(`/${slug}`);
  await expect(page.getByRole("region", { name: "Reviews" })).toContainText("No reviews yet");
});

test("without JavaScript, the creator declines a request (a reason first) and adds a shoot to a day", async ({
  browser,
}) => {
  const creator = await noJsVisitor(browser);
  const page = creator.page;
  const slug = await creatorWithPortfolio(page, "Nina Noscript");
  await openEveryDay(page);
  const visitor = await noJsVisitor(browser);
  await requestBooking(visitor.page, slug, `client-${uniqueSuffix()}@example.com`);

  await page.goto("/dashboard/bookings");
  await page.getByRole("link", { name: /Cleo Client/ }).click();
  const reason = page.getByLabel("Reason for declining (sent to the client)");
  await page.getByRole("button", { name: "Decline" }).click();
  await expect(reason).toHaveAccessibleDescription(/Give the client a reason/);
  await reason.fill("Fully booked that week, sorry.");
  await page.getByRole("button", { name: "Decline" }).click();
  await expect(page.getByRole("status")).toContainText("Booking declined");

  const day = isoDay(20);
  await page.goto(`/dashboard/calendar/${day}`);
  await page.getByText("Add a shoot", { exact: true }).click();
  await page.locator("#shoot-title").fill("Lookbook for Fjord Knit");
  await page.getByRole("button", { name: "Add shoot" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/calendar/${day}\\?done=shoot`));
  await expect(page.getByText("Lookbook for Fjord Knit").first()).toBeVisible();
  await creator.context.close();
  await visitor.context.close();
});

test("without JavaScript, the creator proposes another date, the client accepts it, and the creator adds an upload", async ({
  browser,
}) => {
  const creator = await noJsVisitor(browser);
  const page = creator.page;
  const slug = await creatorWithPortfolio(page, "Pia Plain");
  await openEveryDay(page);
  const visitor = await noJsVisitor(browser);
  const clientEmail = `client-${uniqueSuffix()}@example.com`;
  const asked = await requestBooking(visitor.page, slug, clientEmail);
  const manage = await manageLinkFor(page, clientEmail);

  // The creator proposes another date: none is refused beside the field, then a real one is sent.
  const proposed = isoDay(30);
  expect(proposed).not.toBe(asked);
  await page.goto("/dashboard/bookings");
  await page.getByRole("link", { name: /Cleo Client/ }).click();
  const dateField = page.getByLabel("Propose another date");
  await page.getByRole("button", { name: "Propose this date" }).click();
  await expect(dateField).toHaveAccessibleDescription(/Choose a date|Enter a valid date/);
  await dateField.fill(proposed);
  await page.getByRole("button", { name: "Propose this date" }).click();
  await expect(page.getByRole("status")).toContainText("New date proposed");
  await expect(page.getByText(`You proposed ${longDate(proposed)}`)).toBeVisible();

  // The client accepts it from the manage link: the booking is confirmed on the new date.
  const v = visitor.page;
  await v.goto(manage);
  await expect(
    v.getByRole("heading", { name: `Pia Plain proposed another date: ${longDate(proposed)}` }),
  ).toBeVisible();
  await v.getByRole("button", { name: `Accept ${longDate(proposed)}` }).click();
  await expect(v.getByText("Status:")).toContainText("Confirmed");
  await expect(v.getByRole("heading", { name: /proposed another date/ })).toHaveCount(0);
  await page.goto(`/dashboard/calendar?month=${proposed.slice(0, 7)}`);
  await expect(
    page.getByRole("link", {
      name: new RegExp(`^${longDate(proposed)}: (\\S+ )?Booking: Cleo Client`),
    }),
  ).toBeVisible();

  // An upload on a day: the platform is required, then it is listed.
  const day = isoDay(21);
  await page.goto(`/dashboard/calendar/${day}`);
  await page.getByText("Add an upload", { exact: true }).click();
  await page.locator("#upload-title").fill("Reel for Fjord Knit");
  await page.locator("#upload-contentType").fill("Reel");
  await page.getByRole("button", { name: "Add upload" }).click();
  await expect(page.locator("#upload-platform")).toHaveAccessibleDescription(/Which platform\?/);
  await expect(page.getByText("Reel for Fjord Knit")).toHaveCount(0);
  await page.locator("#upload-platform").fill("Instagram");
  await page.getByRole("button", { name: "Add upload" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/calendar/${day}\\?done=upload`));
  await expect(page.getByText("Reel for Fjord Knit").first()).toBeVisible();
  await creator.context.close();
  await visitor.context.close();
});

test("without JavaScript, the availability page keeps what was typed beside its error, and says what blocking did", async ({
  browser,
}) => {
  const creator = await noJsVisitor(browser);
  const page = creator.page;
  await creatorWithPortfolio(page, "Ada Avail");
  await openEveryDay(page);
  // A refused value stays as typed, with its message, and the earlier "saved" notice is gone.
  const perDay = page.getByLabel("Bookings per day at most");
  await perDay.fill("0");
  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(perDay).toHaveValue("0");
  await expect(perDay).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("status")).toHaveCount(0);
  await expect(page.getByLabel("Monday")).toBeChecked();

  const day = isoDay(9);
  for (const expected of ["1 date blocked.", "No dates added: they were blocked already."]) {
    await page.getByLabel("From").fill(day);
    await page.getByRole("button", { name: "Block dates" }).click();
    await expect(page.getByRole("status")).toHaveText(expected);
  }
  await creator.context.close();
});

test("the client cancels through the manage link, within the notice the creator sets", async ({
  page,
  browser,
}) => {
  const slug = await creatorWithPortfolio(page, "Noor Frames");
  await openEveryDay(page);
  const visitor = await noJsVisitor(browser);
  const clientEmail = `client-${uniqueSuffix()}@example.com`;
  // Pick a date far enough ahead to be before the 48-hour cutoff.
  await requestDate(visitor.page, slug, isoDay(10), {
    need: "Headshots for our team page",
    name: "Omar Office",
    email: clientEmail,
    message: "Five people, one morning, in our office.",
  });
  const manage = await manageLinkFor(page, clientEmail);

  const v = visitor.page;
  await v.goto(manage);
  await expect(v.getByText("Status:")).toContainText("Requested");
  await v.getByRole("button", { name: "Cancel this booking" }).click();
  await expect(v.getByRole("status")).toContainText("Your booking was cancelled");
  await expect(v.getByText("Status:")).toContainText("Cancelled");
  await expect(v.getByRole("button", { name: "Cancel this booking" })).toHaveCount(0);
  await visitor.context.close();

  await page.goto("/dashboard/bookings?status=cancelled");
  await page.getByRole("link", { name: /Omar Office/ }).click();
  await expect(page.getByRole("region", { name: "History" })).toContainText(
    "Requested → Cancelled by the client",
  );

  // The creator asks for a longer notice: a month. A bad value is refused beside the field.
  await page.goto("/dashboard/availability");
  const notice = page.getByLabel("Clients may cancel online until (hours before)");
  await expect(notice).toHaveValue("48");
  // The field carries the schema's limits.
  await expect(notice).toHaveAttribute("max", "720");
  await expect(notice).toHaveAttribute("min", "0");
  await notice.fill("1000");
  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(notice).toHaveAccessibleDescription(/At most 720 hours/);
  await notice.fill("720");
  await page.getByRole("button", { name: "Save availability" }).click();
  await expect(page.getByRole("status")).toContainText("Availability saved");

  // A request ten days ahead can still be withdrawn while it waits for the creator, and the page
  // says what happens once it is confirmed.
  const second = await noJsVisitor(browser);
  const secondEmail = `client-${uniqueSuffix()}@example.com`;
  await requestDate(second.page, slug, isoDay(12), {
    need: "Product shots",
    name: "Lea Later",
    email: secondEmail,
    message: "Twenty products on white.",
  });
  const secondManage = await manageLinkFor(page, secondEmail);
  await second.page.goto(secondManage);
  await expect(
    second.page.getByText(
      "You can withdraw your request until Noor Frames confirms it; once confirmed, it is too close to cancel online.",
    ),
  ).toBeVisible();
  await expect(second.page.getByRole("button", { name: "Cancel this booking" })).toHaveCount(1);

  // Once the creator confirms it, it can no longer be cancelled online, and the page says why.
  await page.goto("/dashboard/bookings");
  await page.getByRole("link", { name: /Lea Later/ }).click();
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("status")).toContainText("Booking confirmed");
  await second.page.goto(secondManage);
  await expect(
    second.page.getByText(
      "It is too late to cancel online (less than 720 hours before the booking)",
    ),
  ).toBeVisible();
  await expect(second.page.getByRole("button", { name: "Cancel this booking" })).toHaveCount(0);
  await second.context.close();

  // An unknown manage link is a 404, not the page.
  const unknown = await page.goto("/booking/not-a-real-token");
  expect(unknown?.status()).toBe(404);
});

test("with JavaScript, the month picker greys out unavailable days and fills the date", async ({
  page,
  browser,
}) => {
  const slug = await creatorWithPortfolio(page, "Ivo Motion");
  await openEveryDay(page);
  const blocked = isoDay(2);
  await page.getByLabel("From").fill(blocked);
  await page.getByRole("button", { name: "Block dates" }).click();
  await expect(page.getByRole("list", { name: "Upcoming blocked dates" })).toBeVisible();

  const context = await browser.newContext({ javaScriptEnabled: true });
  const v = await context.newPage();
  await v.goto(`/${slug}/book`);
  const picker = v.getByTestId("month-picker");
  await expect(picker).toBeVisible();
  // The month it opens on has a day that can be picked.
  await expect(picker.getByRole("button", { name: isoDay(1), exact: true })).toBeEnabled();
  // It opens on the first month with a free day: tomorrow's (one day of notice, every day open).
  const thisMonth = isoDay(0).slice(0, 7);
  const opensOn = isoDay(1).slice(0, 7);
  const showMonth = async (date: string) => {
    if (date.slice(0, 7) !== opensOn)
      await picker.getByRole("button", { name: "Next month" }).click();
  };
  await showMonth(blocked);
  await expect(picker.getByRole("button", { name: `${blocked} (unavailable)` })).toBeDisabled();
  // Today is too soon (one day of notice).
  if (blocked.slice(0, 7) === thisMonth)
    await expect(picker.getByRole("button", { name: `${isoDay(0)} (unavailable)` })).toBeDisabled();

  await v.goto(`/${slug}/book`);
  const wanted = isoDay(4);
  await showMonth(wanted);
  await picker.getByRole("button", { name: wanted, exact: true }).click();
  await expect(v.getByLabel("Date", { exact: true })).toHaveValue(wanted);

  // Client-side validation: a missing message is reported before anything is sent.
  await v.getByLabel("What do you need?").fill("A short brand video");
  await v.getByLabel("Your name").fill("Jo Brand");
  await v.getByLabel("Your email").fill(`jo-${uniqueSuffix()}@example.com`);
  await v.getByRole("button", { name: "Send booking request" }).click();
  await expect(v.getByLabel("Message")).toHaveAttribute("aria-invalid", "true");
  await v.getByLabel("Message").fill("Thirty seconds for our spring launch, please.");
  await v.getByRole("button", { name: "Send booking request" }).click();
  await expect(v.getByRole("status")).toContainText("Your booking request was sent");
  await context.close();
});
