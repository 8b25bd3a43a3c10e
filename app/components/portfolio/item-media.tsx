import type { LinkPreview } from "~/models/portfolio/embeds";

type Item = {
  title: string;
  url: string | null;
  image: string | null;
  preview: LinkPreview | null;
  kind: string;
};

const PROVIDER_LABELS: Record<LinkPreview["provider"], string> = {
  youtube: "YouTube",
  vimeo: "Vimeo",
  instagram: "Instagram",
  tiktok: "TikTok",
  spotify: "Spotify",
  soundcloud: "SoundCloud",
  other: "Link",
};

/** An item's picture: the uploaded image, a YouTube thumbnail, or a styled card. Never a third-party script. */
export function ItemMedia({ item, small = false }: { item: Item; small?: boolean }) {
  const box = `aspect-video w-full overflow-hidden rounded-md bg-slate-100 ${small ? "" : "sm:rounded-lg"}`;
  const picture = item.image ? (
    <img src={item.image} alt={item.title} loading="lazy" className={`${box} object-cover`} />
  ) : item.preview?.thumbnailUrl ? (
    <span className="relative block">
      <img
        src={item.preview.thumbnailUrl}
        alt={`Video thumbnail: ${item.title}`}
        loading="lazy"
        referrerPolicy="no-referrer"
        className={`${box} object-cover`}
      />
      <span aria-hidden="true" className="absolute inset-0 grid place-items-center">
        <span className="rounded-full bg-black/70 px-3 py-1 text-sm text-white">▶ Play</span>
      </span>
    </span>
  ) : (
    <span
      className={`${box} grid place-items-center bg-gradient-to-br from-brand-100 to-slate-200 p-3 text-center`}
    >
      <span className="text-sm font-semibold text-brand-900">
        {PROVIDER_LABELS[item.preview?.provider ?? "other"]}
        {item.preview?.host ? (
          <span className="block text-xs font-normal text-slate-700">{item.preview.host}</span>
        ) : null}
      </span>
    </span>
  );
  if (!item.url) return picture;
  return (
    <a href={item.url} rel="noopener noreferrer nofollow" target="_blank" className="block">
      {picture}
      <span className="sr-only">
        {" "}
        (opens {PROVIDER_LABELS[item.preview?.provider ?? "other"]} in a new tab)
      </span>
    </a>
  );
}
