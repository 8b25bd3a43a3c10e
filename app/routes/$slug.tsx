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
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InquiryForm } from "~/components/portfolio/inquiry-form";
import { createInquiry } from "~/models/inquiries/inquiries.server";
import { InquirySchema } from "~/models/inquiries/inquiry-schema";
import { getUserById } from "~/models/accounts/users.server";
import { FavouriteButton } from "~/components/portfolio/favourite-button";
import { PortfolioHeader } from "~/components/portfolio/portfolio-header";
import { ItemsGrid, RateCard, SocialList } from "~/components/portfolio/portfolio-sections";
import { ReviewsSlot } from "~/components/portfolio/reviews-slot";
import { ReviewsContent } from "~/components/reviews/reviews-section";
import { publicReviewsFor } from "~/models/reviews/reviews.server";
import { SimilarCreators } from "~/components/portfolio/similar-creators";
import { recordProfileView } from "~/models/analytics/record-view.server";
import { favouriteListNames, favouriteListsFor } from "~/models/discovery/favourites.server";
import { profileJsonLd } from "~/models/portfolio/json-ld";
import { resolveSlugRedirect } from "~/models/portfolio/profiles.server";
import {
  getPublicPortfolio,
  listSimilarCreators,
} from "~/models/portfolio/public-portfolio.server";
import { getUser } from "~/utils/auth.server";
import { useNonce } from "~/utils/nonce";
import { isHoneypotFilled } from "~/utils/honeypot";
import { consume, getClientIp } from "~/utils/rate-limit.server";
import { isStoredCreatorQuery } from "~/utils/page-cache.server";
import { getOrigin } from "~/utils/url.server";

/** Private pages are 404 to everyone but their owner; an old slug answers 301 to the current one. */
async function loadVisibleProfile(request: Request, slug: string) {
  const profile = getPublicPortfolio(slug);
  if (!profile) {
    const current = resolveSlugRedirect(slug);
    if (current) {
      const url = new URL(request.url);
      const rest = url.pathname.replace(/^\/[^/]+/, "");
      throw redirect(`/${current}${rest}${url.search}`, 301);
    }
  }
  invariantResponse(profile, "No creator has this link.", { status: 404 });
  const viewer = await getUser(request);
  if (profile.visibility === "private") {
    invariantResponse(viewer?.id === profile.userId, "No creator has this link.", { status: 404 });
  }
  return { profile, viewer };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { profile, viewer } = await loadVisibleProfile(request, params.slug ?? "");
  const url = new URL(request.url);
  const isOwner = viewer?.id === profile.userId;
  // What nobody logged in sees of a page that is not private (and its pages of reviews) may be served
  // again from the page cache until the creator's page_version moves (decision 021).
  if (
    context.pageCache &&
    !viewer &&
    isStoredCreatorQuery(url.search) &&
    profile.visibility !== "private"
  ) {
    context.pageCache.store = {
      kind: "creator",
      creatorId: profile.userId,
      version: profile.pageVersion,
    };
  }
  // Counted in memory and flushed by a background job on the primary: this GET writes nothing.
  if (!url.searchParams.has("preview")) recordProfileView(request, profile.userId, viewer?.id);
  const origin = getOrigin(request);
  const canonical = `${origin}/${profile.slug}`;
  return {
    profile: {
      slug: profile.slug,
      displayName: profile.displayName,
      headline: profile.headline,
      bio: profile.bio,
      visibility: profile.visibility,
      categories: profile.categories,
      skills: profile.skills,
      location: profile.location,
      languages: profile.languages,
      timeZone: profile.timeZone,
      avatar: profile.avatar,
      banner: profile.banner,
      bannerSmall: profile.bannerSmall,
      socials: profile.socials,
      items: profile.items,
      packages: profile.packages,
      budgetMinCents: profile.budgetMinCents,
      budgetMaxCents: profile.budgetMaxCents,
      currency: profile.currency,
      spacesThisMonth: profile.spacesThisMonth,
      totalFollowers: profile.totalFollowers,
      ratingAvg: profile.ratingAvg,
      reviewCount: profile.reviewCount,
    },
    isOwner,
    viewer: viewer ? { id: viewer.id } : null,
    savedIn: viewer && !isOwner ? favouriteListsFor(viewer.id, profile.userId) : [],
    myLists: viewer && !isOwner ? favouriteListNames(viewer.id) : [],
    similar: profile.visibility === "public" ? listSimilarCreators(profile.userId) : [],
    canonical,
    ogImage: `${origin}/${profile.slug}/og.png`,
    jsonLd: profileJsonLd(profile, canonical, profile.avatar ? `${origin}${profile.avatar}` : null),
    reviews: publicReviewsFor(profile.userId, url),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: "Creator not found · Gigfolio" }];
  const { profile, canonical, ogImage } = data;
  const title = `${profile.displayName}${profile.headline ? ` — ${profile.headline}` : ""} · Gigfolio`;
  const description =
    profile.bio.slice(0, 160) || profile.headline || `${profile.displayName} on Gigfolio`;
  return [
    { title },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: canonical },
    { property: "og:type", content: "profile" },
    { property: "og:site_name", content: "Gigfolio" },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: canonical },
    { property: "og:image", content: ogImage },
    { property: "og:image:width", content: "1200" },
    { property: "og:image:height", content: "630" },
    { property: "og:image:alt", content: `${profile.displayName} on Gigfolio` },
    { name: "twitter:card", content: "summary_large_image" },
    { name: "twitter:title", content: title },
    { name: "twitter:description", content: description },
    { name: "twitter:image", content: ogImage },
    ...(profile.visibility !== "public" ? [{ name: "robots", content: "noindex, nofollow" }] : []),
  ];
};

export async function action({ request, params }: ActionFunctionArgs) {
  const { profile } = await loadVisibleProfile(request, params.slug ?? "");
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: InquirySchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const done = redirect(`/${profile.slug}?inquiry=sent#contact`);
  // Bots get the same answer as people, and nothing is stored.
  if (isHoneypotFilled(formData)) return done;
  if (!(await consume("publicForm", getClientIp(request)))) {
    return data(
      submission.reply({
        formErrors: ["Too many messages from your network. Try again in a minute."],
      }),
      { status: 429 },
    );
  }
  const creator = getUserById(profile.userId);
  invariantResponse(creator, "No creator has this link.", { status: 404 });
  createInquiry(creator, submission.value, profile.currency, getOrigin(request));
  return done;
}

export default function PortfolioPage() {
  const { profile, isOwner, viewer, savedIn, myLists, similar, jsonLd, reviews } =
    useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const bookHref = `/${profile.slug}/book`;
  const nonce = useNonce();
  return (
    <article className="mx-auto max-w-4xl px-4 pb-12">
      <script
        type="application/ld+json"
        nonce={nonce}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: jsonLd }}
      />
      {isOwner ? (
        <p
          role="status"
          className="no-print mt-4 rounded-md bg-brand-50 p-3 text-sm text-brand-900"
        >
          {profile.visibility === "private"
            ? "Preview: your page is private, so only you can see it."
            : profile.visibility === "unlisted"
              ? "Preview: your page is unlisted; people with the link can see it, search engines and discovery cannot."
              : "This is your public page."}{" "}
          <Link to="/dashboard/profile" className="link">
            Edit it
          </Link>
        </p>
      ) : null}
      <PortfolioHeader profile={profile} />
      <div className="no-print mt-6 flex flex-wrap gap-3">
        <Link to={bookHref} className="btn-primary">
          Request a booking
        </Link>
        <a href="#contact" className="btn-secondary">
          Send an inquiry
        </a>
        <Link to={`/${profile.slug}/media-kit`} className="btn-secondary">
          Media kit
        </Link>
        {!isOwner ? (
          <FavouriteButton
            slug={profile.slug}
            loggedIn={!!viewer}
            savedIn={savedIn}
            lists={myLists}
          />
        ) : null}
      </div>
      {profile.bio ? (
        <section aria-labelledby="about-title" className="mt-10">
          <h2 id="about-title" className="text-xl font-bold">
            About
          </h2>
          <div className="mt-2 whitespace-pre-line text-slate-800">{profile.bio}</div>
        </section>
      ) : null}
      <SocialList socials={profile.socials} totalFollowers={profile.totalFollowers} />
      <ItemsGrid items={profile.items} />
      <RateCard
        packages={profile.packages}
        budgetMinCents={profile.budgetMinCents}
        budgetMaxCents={profile.budgetMaxCents}
        currency={profile.currency}
        spacesThisMonth={profile.spacesThisMonth}
        bookHref={bookHref}
      />
      <ReviewsSlot ratingAvg={profile.ratingAvg} reviewCount={profile.reviewCount}>
        <ReviewsContent
          creatorName={profile.displayName}
          summary={reviews.summary}
          reviews={reviews.rows}
          page={reviews.page}
          pageCount={reviews.pageCount}
          pageHref={(p) => `/${profile.slug}?reviews=${p}#reviews`}
        />
      </ReviewsSlot>
      <div className="mt-10">
        <InquiryForm
          creatorName={profile.displayName}
          currency={profile.currency}
          lastResult={lastResult}
          sent={searchParams.get("inquiry") === "sent"}
        />
      </div>
      <SimilarCreators creators={similar} />
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
