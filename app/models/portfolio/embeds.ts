/** What to show for an external portfolio link: a thumbnail we can load as a plain image, or a card. No third-party scripts. */
export type LinkPreview = {
  provider: "youtube" | "vimeo" | "instagram" | "tiktok" | "spotify" | "soundcloud" | "other";
  host: string;
  thumbnailUrl: string | null;
};

export function youtubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(www\.|m\.)/, "");
  if (host === "youtu.be") return url.pathname.slice(1).split("/")[0] || null;
  if (host === "youtube.com" || host === "youtube-nocookie.com") {
    if (url.pathname === "/watch") return url.searchParams.get("v");
    const m = url.pathname.match(/^\/(?:embed|shorts|live)\/([\w-]{6,})/);
    return m?.[1] ?? null;
  }
  return null;
}

export function linkPreview(raw: string): LinkPreview {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { provider: "other", host: "", thumbnailUrl: null };
  }
  const host = url.hostname.replace(/^(www\.|m\.)/, "");
  const yt = youtubeId(url);
  if (yt && /^[\w-]{6,20}$/.test(yt))
    return {
      provider: "youtube",
      host,
      thumbnailUrl: `https://img.youtube.com/vi/${yt}/hqdefault.jpg`,
    };
  if (host.endsWith("vimeo.com")) return { provider: "vimeo", host, thumbnailUrl: null };
  if (host.endsWith("instagram.com")) return { provider: "instagram", host, thumbnailUrl: null };
  if (host.endsWith("tiktok.com")) return { provider: "tiktok", host, thumbnailUrl: null };
  if (host.endsWith("spotify.com")) return { provider: "spotify", host, thumbnailUrl: null };
  if (host.endsWith("soundcloud.com")) return { provider: "soundcloud", host, thumbnailUrl: null };
  return { provider: "other", host, thumbnailUrl: null };
}
