/**
 * The authorization matrix: for every Remix route, what each kind of visitor gets for each method.
 * tests/reliability/authz-matrix.test.ts drives every cell against the production build and fails
 * for any route of the build that has no row here. Adding a route = adding a row.
 *
 * Outcomes: "ok" (GET: 200; POST: handled, i.e. any answer but a refusal: 2xx, 3xx, 400, 409, 410,
 * 429), "login" (302 to /login?redirectTo=...), 403, 404, 405, or { redirect } for a 3xx elsewhere.
 * Refused cells (login, 403, 404, 405) must leave every table's row count unchanged.
 */
import type { PublicUser } from "~/models/accounts/users.server";

export const ACTORS = [
  "anonymous",
  "creator",
  "otherCreator",
  "brand",
  "otherBrand",
  "agent",
  "admin",
  "tokenHolder",
] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedInActor = Exclude<Actor, "anonymous" | "tokenHolder">;
/** `{ redirect }`: a 3xx to exactly this path, or to any path starting with it when it ends in "*". */
export type Outcome = "ok" | "login" | 403 | 404 | 405 | 413 | { redirect: string };
export type Cells = Record<Actor, Outcome>;

export type Fixtures = {
  users: Record<SignedInActor, PublicUser & { cookie: string }>;
  creatorSlug: string;
  otherCreatorSlug: string;
  inquiryId: string;
  /** The inquiry's visitor link, from the email they were sent. */
  inquiryToken: string;
  itemId: string;
  resetToken: string;
  bogusToken: string;
  bookingId?: string;
  bookingToken?: string;
  brandSlug?: string;
  gigId?: string;
  applicationId?: string;
  dealId?: string;
  reviewToken?: string;
  calendarToken?: string;
};

export type RouteSpec = {
  /** The URL to request, for this actor (token routes give the token only to the tokenHolder). */
  path: (fx: Fixtures, actor: Actor) => string;
  GET: Cells;
  /** Required when the route exports an action; otherwise POST is checked to be 405 for everyone. */
  POST?: Cells;
  /** The body of the POST: something that would change data if the request were let through. */
  form?: (fx: Fixtures, actor: Actor) => Record<string, string>;
};

// ---- builders ------------------------------------------------------------------------------

function cells(fn: (actor: Actor) => Outcome): Cells {
  return Object.fromEntries(ACTORS.map((a) => [a, fn(a)])) as Cells;
}
const anonymousish = (a: Actor) => a === "anonymous" || a === "tokenHolder";

/** Everyone gets the same answer. */
export const everyone = (outcome: Outcome) => cells(() => outcome);

/** Signed-in users of these roles (admins always) get `ok`; other roles 403; anonymous go to login. */
export function signedIn(
  roles: ("creator" | "brand" | "agent")[] | "any" = "any",
  overrides: Partial<Cells> = {},
): Cells {
  const roleOf: Record<SignedInActor, string> = {
    creator: "creator",
    otherCreator: "creator",
    brand: "brand",
    otherBrand: "brand",
    agent: "agent",
    admin: "admin",
  };
  return {
    ...cells((a) => {
      if (anonymousish(a)) return "login";
      const role = roleOf[a as SignedInActor];
      return roles === "any" || role === "admin" || (roles as string[]).includes(role) ? "ok" : 403;
    }),
    ...overrides,
  };
}

/** Pages for visitors without an account: signed-in users are sent to their dashboard. */
export const anonymousOnly = () =>
  cells((a) => (anonymousish(a) ? "ok" : { redirect: "/dashboard" }));

/** Only the holder of the emailed token gets in; everyone else (with a wrong token) gets 404. */
export const tokenOnly = (holder: Outcome = "ok", others: Outcome = 404) =>
  cells((a) => (a === "tokenHolder" ? holder : others));

/**
 * A creator's own pages (their page and its editor, inbox, bookings, calendar, analytics, work):
 * creators only; every other account gets 403, admins included (app/utils/require-creator.server.ts).
 */
const creatorOnly = (overrides: Partial<Cells> = {}) =>
  signedIn(["creator"], { admin: 403, ...overrides });
const creatorEditor = creatorOnly;

/**
 * A brand's own pages (its brand profile, its gigs, their applicants and edit forms): brands only;
 * every other account gets 403, admins included (app/utils/require-brand.server.ts). Admins
 * moderate gigs from the admin area.
 */
const brandOnly = (overrides: Partial<Cells> = {}) =>
  signedIn(["brand"], { admin: 403, ...overrides });

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`matrix fixture missing: ${what}`);
  return value;
};

// ---- the table -----------------------------------------------------------------------------

export const ROUTE_MATRIX: Record<string, RouteSpec> = {
  root: { path: () => "/", GET: everyone("ok") },
  "routes/_index": { path: () => "/", GET: everyone("ok") },
  "routes/$": { path: () => "/no/such/page/here", GET: everyone(404), POST: everyone(404) },
  "routes/healthcheck": { path: () => "/healthcheck", GET: everyone("ok") },
  "routes/dev.outbox": { path: () => "/dev/outbox", GET: everyone(404) },

  // Accounts
  "routes/signup": {
    path: () => "/signup",
    GET: anonymousOnly(),
    POST: anonymousOnly(),
    form: () => ({
      email: `matrix-${Math.random().toString(36).slice(2)}@example.com`,
      password: "matrix-password-1",
      displayName: "Matrix",
      role: "creator",
    }),
  },
  "routes/login": {
    path: () => "/login",
    GET: anonymousOnly(),
    POST: anonymousOnly(),
    form: () => ({ email: "nobody@example.com", password: "wrong-password" }),
  },
  "routes/logout": {
    path: () => "/logout",
    GET: everyone({ redirect: "/" }),
    POST: everyone({ redirect: "/" }),
  },
  "routes/forgot-password": {
    path: () => "/forgot-password",
    GET: everyone("ok"),
    POST: everyone("ok"),
    form: () => ({ email: "nobody@example.com" }),
  },
  "routes/reset-password": {
    path: (fx, a) => `/reset-password?token=${a === "tokenHolder" ? fx.resetToken : fx.bogusToken}`,
    GET: everyone("ok"), // an invalid token shows "This link no longer works" (200), a valid one the form
    POST: everyone("ok"), // a wrong token is answered 410 by the action
    form: (fx) => ({
      token: fx.bogusToken,
      password: "matrix-password-2",
      confirmPassword: "matrix-password-2",
    }),
  },
  "routes/dashboard": { path: () => "/dashboard", GET: signedIn() },
  "routes/dashboard._index": { path: () => "/dashboard", GET: signedIn() },
  "routes/dashboard.settings": {
    path: () => "/dashboard/settings",
    GET: signedIn(),
    POST: signedIn(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.analytics": {
    path: () => "/dashboard/analytics?days=7",
    GET: creatorOnly(),
  },
  "routes/dashboard.settings.export": {
    path: () => "/dashboard/settings/export",
    GET: signedIn(), // each account downloads only its own rows (tests/unit/account-settings.test.ts)
  },
  "routes/verify-email": {
    path: (fx) => `/verify-email?token=${fx.bogusToken}`,
    GET: everyone("ok"), // an unknown link shows "This link no longer works"
    POST: everyone("ok"), // and its POST is answered 410
    form: (fx) => ({ token: fx.bogusToken }),
  },

  // Portfolio and inquiries
  "routes/$slug": {
    path: (fx) => `/${fx.creatorSlug}`,
    GET: everyone("ok"),
    POST: everyone("ok"),
    form: () => ({
      name: "Matrix visitor",
      email: "visitor@example.com",
      message: "Hello from the authorization matrix.",
    }),
  },
  "routes/creators._index": { path: () => "/creators", GET: everyone("ok") },
  "routes/dashboard.profile": {
    path: () => "/dashboard/profile",
    // Only creators have a page: an admin neither sees the editor nor publishes one.
    GET: creatorOnly(),
    POST: creatorOnly(),
    form: () => ({ displayName: "" }),
  },
  "routes/dashboard.profile_.social": {
    path: () => "/dashboard/profile/social",
    GET: creatorEditor(),
    POST: creatorEditor(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.inquiries._index": {
    path: () => "/dashboard/inquiries",
    GET: creatorOnly(),
  },
  "routes/dashboard.inquiries.$inquiryId": {
    path: (fx) => `/dashboard/inquiries/${fx.inquiryId}`,
    GET: creatorOnly({ otherCreator: 404 }),
    POST: creatorOnly({ otherCreator: 404 }),
    form: () => ({ intent: "archived" }),
  },
  "routes/dashboard.inquiries.$inquiryId_.messages": {
    path: (fx) => `/dashboard/inquiries/${fx.inquiryId}/messages`,
    GET: creatorOnly({ otherCreator: 404 }),
    POST: creatorOnly({ otherCreator: 404 }),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/inquiry.$token": {
    path: (fx, a) => `/inquiry/${a === "tokenHolder" ? fx.inquiryToken : fx.bogusToken}`,
    GET: tokenOnly(),
    POST: tokenOnly(),
    form: () => ({ intent: "nonsense" }),
  },

  // Bookings
  "routes/$slug_.book": {
    path: (fx) => `/${fx.creatorSlug}/book`,
    GET: everyone("ok"),
    POST: everyone("ok"),
    form: () => ({ name: "Matrix" }),
  },
  "routes/booking.$token": {
    path: (fx, a) =>
      `/booking/${a === "tokenHolder" ? need(fx.bookingToken, "booking") : fx.bogusToken}`,
    GET: tokenOnly(),
    POST: tokenOnly(),
    // Not "cancel": the booking must stay live for the calendar row.
    form: () => ({ intent: "nonsense" }),
  },
  "routes/booking.$token_.messages": {
    path: (fx, a) =>
      `/booking/${a === "tokenHolder" ? need(fx.bookingToken, "booking") : fx.bogusToken}/messages`,
    GET: tokenOnly(),
    POST: tokenOnly(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/booking.$token.calendar[.]ics": {
    path: (fx, a) =>
      `/booking/${a === "tokenHolder" ? need(fx.bookingToken, "booking") : fx.bogusToken}/calendar.ics`,
    GET: tokenOnly(),
  },

  // Brands and gigs
  "routes/brands.$slug": {
    path: (fx) => `/brands/${need(fx.brandSlug, "brand profile")}`,
    GET: everyone("ok"),
  },
  "routes/dashboard.brand-profile": {
    path: () => "/dashboard/brand-profile",
    GET: brandOnly(),
    POST: brandOnly(),
    form: () => ({ company: "" }),
  },
  "routes/gigs._index": { path: () => "/gigs", GET: everyone("ok") },
  "routes/gigs.$gigId": {
    path: (fx) => `/gigs/${need(fx.gigId, "gig")}`,
    GET: everyone("ok"),
    // Only creators apply; an admin account cannot.
    POST: signedIn(["creator"], { admin: 403 }),
    form: () => ({ intent: "apply", message: "x" }),
  },
  "routes/dashboard.gigs._index": { path: () => "/dashboard/gigs", GET: brandOnly() },
  "routes/dashboard.gigs.new": {
    path: () => "/dashboard/gigs/new",
    // Brands without a brand profile are sent to create one first.
    GET: brandOnly({ otherBrand: { redirect: "/dashboard/brand-profile?needed=gig" } }),
    POST: brandOnly(),
    form: () => ({ title: "" }),
  },
  "routes/dashboard.gigs.$gigId": {
    path: (fx) => `/dashboard/gigs/${need(fx.gigId, "gig")}`,
    // Admins moderate gigs in the admin area; the brand dashboard is the owner's only.
    GET: brandOnly({ otherBrand: 404 }),
    POST: brandOnly({ otherBrand: 404 }),
    // Publishing an already published gig: refused by the state machine, so nothing changes.
    form: () => ({ intent: "publish" }),
  },
  "routes/dashboard.gigs.$gigId_.edit": {
    path: (fx) => `/dashboard/gigs/${need(fx.gigId, "gig")}/edit`,
    GET: brandOnly({ otherBrand: 404 }),
    POST: brandOnly({ otherBrand: 404 }),
    // Invalid for the owner (no deadline), so the allowed cell changes nothing either.
    form: () => ({
      title: "Hijacked title",
      description: "Someone else's brand rewrote this gig entirely.",
      budgetMin: "1",
      budgetMax: "2",
      deliverables: "x",
    }),
  },
  "routes/dashboard.applications.$applicationId": {
    path: (fx) => `/dashboard/applications/${need(fx.applicationId, "application")}`,
    GET: signedIn("any", { otherCreator: 404, otherBrand: 404, agent: 404 }),
    POST: signedIn("any", { otherCreator: 404, otherBrand: 404, agent: 404, admin: 404 }),
    form: () => ({ intent: "nonsense" }),
  },

  // Portfolio extras, discovery, favourites, media
  "routes/$slug_.media-kit": { path: (fx) => `/${fx.creatorSlug}/media-kit`, GET: everyone("ok") },
  "routes/$slug_.og[.]png": { path: (fx) => `/${fx.creatorSlug}/og.png`, GET: everyone("ok") },
  "routes/creators.$slug.favourite": {
    path: (fx) => `/creators/${fx.otherCreatorSlug}/favourite`,
    GET: everyone({ redirect: "/*" }),
    // The page's own creator cannot save it (403, nothing written).
    POST: signedIn("any", { otherCreator: 403 }),
    form: () => ({ list: "" }),
  },
  "routes/dashboard.favourites": { path: () => "/dashboard/favourites", GET: signedIn() },
  "routes/media.$file": { path: () => `/media/${"0".repeat(64)}.webp`, GET: everyone(404) },
  // The page the body-size guard hands an over-large upload to: always a 413 in the layout.
  "routes/resources.too-large": {
    path: () => "/resources/too-large?limit=5242880",
    GET: everyone(413),
  },
  // The page a request guard hands a refused page load to (a form from another site: 403).
  "routes/resources.refused": {
    path: () => "/resources/refused?reason=cross-site",
    GET: everyone(403),
  },
  "routes/resources.views": {
    path: () => "/resources/views",
    GET: everyone(405),
    POST: everyone(403),
    form: () => ({ creatorId: "x" }),
  },
  "routes/dashboard.profile_.items": {
    path: () => "/dashboard/profile/items",
    GET: creatorEditor(),
    POST: creatorEditor(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.profile_.items_.$itemId": {
    path: (fx) => `/dashboard/profile/items/${fx.itemId}`,
    GET: creatorEditor({ otherCreator: 404 }),
    POST: creatorEditor({ otherCreator: 404 }),
    form: () => ({ kind: "link", title: "Taken over", url: "https://example.com/x" }),
  },
  "routes/dashboard.profile_.media": {
    path: () => "/dashboard/profile/media",
    GET: creatorEditor(),
    POST: creatorEditor(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.profile_.rates": {
    path: () => "/dashboard/profile/rates",
    GET: creatorEditor(),
    POST: creatorEditor(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.profile_.share": {
    path: () => "/dashboard/profile/share",
    GET: creatorEditor(),
  },

  // Bookings, calendar, reviews
  "routes/dashboard.bookings._index": {
    path: () => "/dashboard/bookings",
    GET: creatorOnly(),
  },
  "routes/dashboard.bookings.$bookingId": {
    path: (fx) => `/dashboard/bookings/${need(fx.bookingId, "booking")}`,
    GET: creatorOnly({ otherCreator: 404 }),
    POST: creatorOnly({ otherCreator: 404 }),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.bookings.$bookingId_.messages": {
    path: (fx) => `/dashboard/bookings/${need(fx.bookingId, "booking")}/messages`,
    GET: creatorOnly({ otherCreator: 404 }),
    POST: creatorOnly({ otherCreator: 404 }),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.messages": {
    path: () => "/dashboard/messages",
    GET: signedIn(["creator", "brand"]),
  },
  "routes/dashboard.notifications": {
    path: () => "/dashboard/notifications",
    GET: signedIn(),
    POST: signedIn(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.settings_.notifications": {
    path: () => "/dashboard/settings/notifications",
    GET: signedIn(),
    POST: signedIn(),
    form: () => ({ inApp: "nonsense" }),
  },
  "routes/dashboard.availability": {
    path: () => "/dashboard/availability",
    GET: creatorOnly(),
    POST: creatorOnly(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.calendar._index": {
    path: () => "/dashboard/calendar",
    GET: creatorOnly(),
    POST: creatorOnly(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.calendar.$date": {
    path: () => "/dashboard/calendar/2030-01-15",
    GET: creatorOnly(),
    POST: creatorOnly(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/calendar.$token[.]ics": {
    path: (fx, a) =>
      `/calendar/${a === "tokenHolder" ? need(fx.calendarToken, "calendar feed") : fx.bogusToken}.ics`,
    GET: tokenOnly(),
  },
  "routes/dashboard.featured": {
    path: () => "/dashboard/featured",
    GET: signedIn([]),
    POST: signedIn([]),
    form: () => ({ creatorId: "", intent: "nonsense" }),
  },
  "routes/dashboard.admin.users._index": {
    path: () => "/dashboard/admin/users?q=test&role=creator",
    GET: signedIn([]),
  },
  "routes/dashboard.admin.users.$userId": {
    path: (fx) => `/dashboard/admin/users/${fx.users.creator.id}`,
    GET: signedIn([]),
    POST: signedIn([]),
    // Admin: 400 (no reason given), nothing suspended.
    form: () => ({ intent: "suspend" }),
  },
  "routes/dashboard.admin.reviews": {
    path: () => "/dashboard/admin/reviews?show=low",
    GET: signedIn([]),
    POST: signedIn([]),
    form: () => ({ intent: "remove", reviewId: "x" }),
  },
  "routes/dashboard.admin.gigs": {
    path: () => "/dashboard/admin/gigs?q=a",
    GET: signedIn([]),
    POST: signedIn([]),
    form: (fx) => ({ intent: "remove", gigId: fx.gigId ?? "x" }),
  },
  "routes/dashboard.admin.audit": {
    path: () => "/dashboard/admin/audit",
    GET: signedIn([]),
  },
  "routes/dashboard.reviews": {
    path: () => "/dashboard/reviews",
    GET: creatorOnly(),
    POST: creatorOnly(),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/review.$token": {
    path: (fx, a) =>
      `/review/${a === "tokenHolder" ? need(fx.reviewToken, "review link") : fx.bogusToken}`,
    GET: tokenOnly(),
    POST: tokenOnly(),
    form: () => ({ rating: "9" }),
  },
  "routes/review.thanks": { path: () => "/review/thanks", GET: everyone("ok") },

  // Applications, saved gigs, deals
  "routes/dashboard.applications._index": {
    path: () => "/dashboard/applications",
    GET: creatorOnly(),
  },
  "routes/dashboard.saved-gigs._index": {
    path: () => "/dashboard/saved-gigs",
    GET: creatorOnly(),
    // Removing a saved gig (the creator's own list only: nothing of anyone else's can be named).
    POST: creatorOnly(),
    form: () => ({ remove: "x" }),
  },
  "routes/dashboard.saved-gigs.compare": {
    path: () => "/dashboard/saved-gigs/compare",
    GET: creatorOnly(),
  },
  "routes/dashboard.deals._index": {
    path: () => "/dashboard/deals",
    GET: signedIn(["creator", "brand"]),
  },
  "routes/dashboard.deals.$dealId": {
    path: (fx) => `/dashboard/deals/${need(fx.dealId, "deal")}`,
    // Admins may read any deal (moderation and disputes) but not act in it.
    GET: signedIn("any", { otherCreator: 404, otherBrand: 404, agent: 404 }),
    POST: signedIn("any", { otherCreator: 404, otherBrand: 404, agent: 404, admin: 404 }),
    form: () => ({ intent: "nonsense" }),
  },
  "routes/dashboard.deals.$dealId_.messages": {
    path: (fx) => `/dashboard/deals/${need(fx.dealId, "deal")}/messages`,
    // Admins may read a deal's conversation but not write in it.
    GET: signedIn("any", { otherCreator: 404, otherBrand: 404, agent: 404 }),
    POST: signedIn("any", { otherCreator: 404, otherBrand: 404, agent: 404, admin: 403 }),
    form: () => ({ intent: "nonsense" }),
  },
};
