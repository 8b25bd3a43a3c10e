import { Link } from "~/components/link";
import type { PublicPortfolio } from "~/models/portfolio/public-portfolio.server";
import { PLATFORM_LABELS } from "~/models/portfolio/portfolio-schemas";
import { formatCents, formatCount } from "./format";
import { ItemMedia } from "./item-media";

type P = Pick<
  PublicPortfolio,
  | "socials"
  | "items"
  | "packages"
  | "budgetMinCents"
  | "budgetMaxCents"
  | "currency"
  | "spacesThisMonth"
  | "totalFollowers"
>;

export function SocialList({ socials, totalFollowers }: Pick<P, "socials" | "totalFollowers">) {
  if (!socials.length) return null;
  return (
    <section aria-labelledby="social-title" className="mt-10">
      <h2 id="social-title" className="text-xl font-bold">
        Audience{" "}
        <span className="text-base font-normal text-slate-600">
          · {formatCount(totalFollowers)} total reach
        </span>
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {socials.map((s) => (
          <li key={s.id} className="card flex items-center justify-between gap-3 p-4">
            <div className="min-w-0">
              <p className="font-semibold">{PLATFORM_LABELS[s.platform]}</p>
              <a href={s.url} rel="noopener noreferrer me" className="link block truncate text-sm">
                {s.platform === "website" ? s.handle : `@${s.handle}`}
              </a>
            </div>
            {/* A website has visitors, not followers: no count unless one was given. */}
            {s.platform === "website" && s.followers === 0 ? null : (
              <div className="text-right">
                <p className="text-lg font-bold">{formatCount(s.followers)}</p>
                <p className="text-xs text-slate-600">
                  followers
                  {s.engagementRateBp != null
                    ? ` · ${(s.engagementRateBp / 100).toFixed(1)}% engagement`
                    : ""}
                </p>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ItemsGrid({ items }: Pick<P, "items">) {
  if (!items.length) return null;
  const ordered = [...items.filter((i) => i.featured), ...items.filter((i) => !i.featured)];
  return (
    <section aria-labelledby="work-title" className="mt-10">
      <h2 id="work-title" className="text-xl font-bold">
        Work
      </h2>
      <ul className="mt-3 grid gap-5 sm:grid-cols-2">
        {ordered.map((item) => (
          <li key={item.id} className={item.featured ? "sm:col-span-2" : ""}>
            <ItemMedia item={item} />
            <h3 className="mt-2 font-semibold">
              {item.title}
              {item.featured ? (
                <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
                  Featured
                </span>
              ) : null}
            </h3>
            {item.brand || item.itemDate ? (
              <p className="text-sm text-slate-600">
                {[item.brand, item.itemDate].filter(Boolean).join(" · ")}
              </p>
            ) : null}
            {item.description ? (
              <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{item.description}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RateCard({
  packages,
  budgetMinCents,
  budgetMaxCents,
  currency,
  spacesThisMonth,
  bookHref,
}: Omit<P, "socials" | "items" | "totalFollowers"> & { bookHref?: string }) {
  const hasBudget = budgetMinCents != null || budgetMaxCents != null;
  if (!packages.length && !hasBudget && spacesThisMonth == null) return null;
  return (
    <section aria-labelledby="rates-title" className="mt-10">
      <h2 id="rates-title" className="text-xl font-bold">
        Rates
      </h2>
      <dl className="mt-2 flex flex-wrap gap-x-8 gap-y-1 text-sm text-slate-700">
        {hasBudget ? (
          <div>
            <dt className="inline font-medium">Typical budget: </dt>
            <dd className="inline">
              {budgetMinCents != null ? formatCents(budgetMinCents, currency) : "any"} –{" "}
              {budgetMaxCents != null ? formatCents(budgetMaxCents, currency) : "open"}
            </dd>
          </div>
        ) : null}
        {spacesThisMonth != null ? (
          <div>
            <dt className="inline font-medium">Availability: </dt>
            <dd className="inline">
              {spacesThisMonth === 0
                ? "fully booked this month"
                : `${spacesThisMonth} ${spacesThisMonth === 1 ? "space" : "spaces"} left this month`}
            </dd>
          </div>
        ) : null}
      </dl>
      {packages.length ? (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {packages.map((p) => (
            <li key={p.id} className="card flex flex-col p-4">
              <h3 className="font-semibold">{p.name}</h3>
              <p className="mt-1 text-2xl font-bold">{formatCents(p.priceCents, p.currency)}</p>
              <p className="text-xs text-slate-600">
                Delivery in {p.deliveryDays} {p.deliveryDays === 1 ? "day" : "days"}
              </p>
              {p.includes ? (
                <ul className="mt-3 list-inside list-disc space-y-1 text-sm text-slate-800">
                  {p.includes
                    .split("\n")
                    .map((line) => line.trim())
                    .filter(Boolean)
                    .map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {bookHref ? (
        <p className="no-print mt-4">
          <Link to={bookHref} className="btn-primary">
            Request a booking
          </Link>
        </p>
      ) : null}
    </section>
  );
}
