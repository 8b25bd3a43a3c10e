import { parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { BookingForm } from "~/components/bookings/booking-form";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { getUserById } from "~/models/accounts/users.server";
import { BOOKING_HORIZON_DAYS } from "~/models/bookings/availability-rules";
import { bookingPicker } from "~/models/bookings/availability.server";
import { BookingRequestSchema } from "~/models/bookings/booking-schema";
import { DateUnavailableError, requestBooking } from "~/models/bookings/bookings.server";
import { fractionError } from "~/models/gigs/money";
import { addDays, formatLongDate, isValidDate } from "~/models/bookings/dates";
import { bookablePackages, findPackage } from "~/models/bookings/packages.server";
import {
  getCreatorCurrency,
  getProfileBySlug,
  pageUnderSlug,
  resolveSlugRedirect,
} from "~/models/portfolio/profiles.server";
import { getUser } from "~/utils/auth.server";
import { isHoneypotFilled } from "~/utils/honeypot";
import { consume, getClientIp } from "~/utils/rate-limit.server";
import { getOrigin } from "~/utils/url.server";

/**
 * Private pages are 404 to everyone but their owner, like the portfolio page. An old slug (the creator
 * renamed theirs) answers 301 to the same page under the current one; a form posted to it, from a page
 * left open across the rename, is followed to that creator rather than lost in a redirect.
 */
async function loadVisibleProfile(request: Request, slug: string, oldSlug: "redirect" | "follow") {
  let profile = getProfileBySlug(slug);
  if (!profile) {
    const current = resolveSlugRedirect(slug);
    if (current && oldSlug === "redirect") throw redirect(pageUnderSlug(request.url, current), 301);
    if (current) profile = getProfileBySlug(current);
  }
  invariantResponse(profile, "No creator has this link.", { status: 404 });
  if (profile.visibility === "private") {
    const viewer = await getUser(request);
    invariantResponse(viewer?.id === profile.userId, "No creator has this link.", { status: 404 });
  }
  return profile;
}

const PICKER_DAYS = 120;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const profile = await loadVisibleProfile(request, params.slug ?? "", "redirect");
  const url = new URL(request.url);
  const { settings, today, nextDates, available } = bookingPicker(profile.userId, PICKER_DAYS, 8);
  const picked = url.searchParams.get("date") ?? "";
  return {
    profile: { slug: profile.slug, displayName: profile.displayName },
    currency: getCreatorCurrency(profile.userId),
    packages: bookablePackages(profile.userId),
    nextDates: nextDates.map((date) => ({ date, label: formatLongDate(date) })),
    available,
    defaultDate: isValidDate(picked) ? picked : "",
    minDate: today,
    maxDate: addDays(today, BOOKING_HORIZON_DAYS),
    timeZone: settings.timeZone,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Book ${data.profile.displayName} · Gigfolio` : "Creator not found · Gigfolio" },
  { name: "robots", content: "noindex" },
];

export async function action({ request, params }: ActionFunctionArgs) {
  const profile = await loadVisibleProfile(request, params.slug ?? "", "follow");
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: BookingRequestSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const done = redirect(`/${profile.slug}/book?sent=1`);
  if (isHoneypotFilled(formData)) return done;
  if (!(await consume("publicForm", getClientIp(request)))) {
    return data(
      submission.reply({
        formErrors: ["Too many requests from your network. Try again in a minute."],
      }),
      { status: 429 },
    );
  }
  const { budget } = submission.value;
  const currency = getCreatorCurrency(profile.userId);
  const fraction =
    budget === undefined ? null : fractionError(Math.round(budget * 100), currency, "Budget");
  if (fraction) {
    return data(submission.reply({ fieldErrors: { budget: [fraction] } }), { status: 400 });
  }
  const creator = getUserById(profile.userId);
  invariantResponse(creator, "No creator has this link.", { status: 404 });
  let packageName: string | null = null;
  if (submission.value.packageId) {
    const pkg = findPackage(profile.userId, submission.value.packageId);
    if (!pkg)
      return data(
        submission.reply({ fieldErrors: { packageId: ["Choose one of the packages offered"] } }),
        { status: 400 },
      );
    packageName = pkg.name;
  }
  try {
    requestBooking(creator, { ...submission.value, packageName, currency }, getOrigin(request));
  } catch (error) {
    if (error instanceof DateUnavailableError) {
      return data(submission.reply({ fieldErrors: { date: [error.message] } }), { status: 400 });
    }
    throw error;
  }
  return done;
}

export default function BookPage() {
  const loaderData = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { profile } = loaderData;
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <Link to={`/${profile.slug}`} className="link text-sm">
        ← Back to {profile.displayName}
      </Link>
      <h1 className="mt-2 text-3xl font-bold">Request a booking with {profile.displayName}</h1>
      <p className="mt-1 text-sm text-slate-600">
        Dates are in the creator’s time zone ({loaderData.timeZone}). You will get an email with a
        private link to follow or cancel your request.
      </p>
      {searchParams.get("sent") ? (
        <p role="status" className="mt-6 rounded-md bg-green-50 p-4 text-green-900">
          Your booking request was sent to {profile.displayName}. Check your email for the link to
          follow it.
        </p>
      ) : (
        <div className="card mt-6">
          <BookingForm
            key={loaderData.defaultDate}
            slug={profile.slug}
            lastResult={lastResult}
            {...loaderData}
          />
        </div>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
