import { Link } from "~/components/link";
import { formatCount } from "./format";

type HeaderProfile = {
  displayName: string;
  headline: string;
  location: string;
  languages: string;
  timeZone?: string;
  avatar: string | null;
  banner: string | null;
  bannerSmall: string | null;
  categories: { slug: string; name: string }[];
  skills: { slug: string; name: string }[];
  totalFollowers: number;
  ratingAvg: number;
  reviewCount: number;
};

export function Avatar({
  src,
  name,
  size = "lg",
}: {
  src: string | null;
  name: string;
  size?: "sm" | "lg";
}) {
  const cls = size === "lg" ? "h-28 w-28 text-4xl sm:h-36 sm:w-36" : "h-12 w-12 text-lg";
  if (src)
    return (
      <img
        src={src}
        alt={`${name}`}
        className={`${cls} rounded-full border-4 border-white bg-white object-cover shadow`}
      />
    );
  const initials = name
    .split(/\s+/)
    .map((w) => w[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <span
      aria-hidden="true"
      className={`${cls} grid place-items-center rounded-full border-4 border-white bg-brand-600 font-bold text-white shadow`}
    >
      {initials}
    </span>
  );
}

export function PortfolioHeader({ profile }: { profile: HeaderProfile }) {
  return (
    <header>
      {profile.banner ? (
        <picture>
          {profile.bannerSmall ? (
            <source media="(max-width: 640px)" srcSet={profile.bannerSmall} />
          ) : null}
          <img
            src={profile.banner}
            alt=""
            className="-mx-4 mt-0 aspect-[3/1] w-[calc(100%+2rem)] object-cover sm:mx-0 sm:mt-4 sm:w-full sm:rounded-xl"
          />
        </picture>
      ) : (
        <div
          aria-hidden="true"
          className="-mx-4 h-24 bg-gradient-to-r from-brand-600 to-brand-400 sm:mx-0 sm:mt-4 sm:rounded-xl"
        />
      )}
      <div className="-mt-14 flex flex-col gap-4 px-2 sm:-mt-16 sm:flex-row sm:items-end">
        <Avatar src={profile.avatar} name={profile.displayName} />
        <div className="pb-1">
          <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">
            {profile.displayName}
          </h1>
          {profile.headline ? (
            <p className="mt-1 text-lg text-slate-700">{profile.headline}</p>
          ) : null}
        </div>
      </div>
      <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 px-2 text-sm text-slate-700">
        {profile.location ? (
          <div>
            <dt className="sr-only">Location</dt>
            <dd>📍 {profile.location}</dd>
          </div>
        ) : null}
        {profile.timeZone && profile.timeZone !== "UTC" ? (
          <div>
            <dt className="inline font-medium">Time zone </dt>
            <dd className="inline">{profile.timeZone.replace(/_/g, " ")}</dd>
          </div>
        ) : null}
        {profile.languages ? (
          <div>
            <dt className="inline font-medium">Speaks </dt>
            <dd className="inline">{profile.languages}</dd>
          </div>
        ) : null}
        {profile.totalFollowers > 0 ? (
          <div>
            <dt className="sr-only">Total reach</dt>
            <dd>
              <strong>{formatCount(profile.totalFollowers)}</strong> followers
            </dd>
          </div>
        ) : null}
        {profile.reviewCount > 0 ? (
          <div>
            <dt className="sr-only">Rating</dt>
            <dd>
              <a href="#reviews" className="link">
                ★ {profile.ratingAvg.toFixed(1)} ({profile.reviewCount})
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {profile.categories.length || profile.skills.length ? (
        <ul aria-label="Categories and skills" className="mt-4 flex flex-wrap gap-2 px-2">
          {profile.categories.map((c) => (
            <li key={c.slug}>
              <Link
                to={`/creators?category=${c.slug}`}
                className="rounded-full bg-brand-100 px-3 py-1 text-sm text-brand-900"
              >
                {c.name}
              </Link>
            </li>
          ))}
          {profile.skills.map((s) => (
            <li key={s.slug} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800">
              {s.name}
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
