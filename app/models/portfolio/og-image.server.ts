import sharp, { type OverlayOptions } from "sharp";
import { formatCount } from "~/components/portfolio/format";
import { imageBytes } from "./images.server";
import type { PublicPortfolio } from "./public-portfolio.server";

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A 1200x630 PNG share card: name, headline, avatar and top stats, rendered from an SVG template. */
export async function renderOgImage(p: PublicPortfolio) {
  const stats = [
    p.totalFollowers > 0 ? `${formatCount(p.totalFollowers)} followers` : null,
    p.reviewCount > 0 ? `★ ${p.ratingAvg.toFixed(1)} (${p.reviewCount} reviews)` : null,
    p.location || null,
    p.categories
      .slice(0, 3)
      .map((c) => c.name)
      .join(" · ") || null,
  ].filter(Boolean) as string[];
  const initials = p.displayName
    .split(/\s+/)
    .map((w) => w[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4338ca"/><stop offset="1" stop-color="#7c3aed"/></linearGradient></defs>
  <rect width="1200" height="630" fill="url(#g)"/>
  <rect x="40" y="40" width="1120" height="550" rx="32" fill="#ffffff"/>
  <circle cx="220" cy="250" r="130" fill="#e0e7ff"/>
  <text x="220" y="285" font-family="DejaVu Sans, Arial, sans-serif" font-size="100" font-weight="700" fill="#4338ca" text-anchor="middle">${esc(initials)}</text>
  <text x="400" y="210" font-family="DejaVu Sans, Arial, sans-serif" font-size="64" font-weight="700" fill="#0f172a">${esc(clip(p.displayName, 24))}</text>
  <text x="400" y="275" font-family="DejaVu Sans, Arial, sans-serif" font-size="32" fill="#334155">${esc(clip(p.headline, 44))}</text>
  ${stats
    .slice(0, 3)
    .map(
      (s, i) =>
        `<text x="400" y="${350 + i * 48}" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" fill="#4338ca">${esc(clip(s, 50))}</text>`,
    )
    .join("")}
  <text x="100" y="540" font-family="DejaVu Sans, Arial, sans-serif" font-size="30" font-weight="700" fill="#0f172a">Gigfolio</text>
  <text x="1100" y="540" font-family="DejaVu Sans, Arial, sans-serif" font-size="28" fill="#64748b" text-anchor="end">/${esc(p.slug)}</text>
</svg>`;
  const layers: OverlayOptions[] = [];
  const avatar = p.avatarImageId ? await imageBytes(p.avatarImageId, "avatar-256") : null;
  if (avatar) {
    const mask = Buffer.from(
      `<svg width="256" height="256"><circle cx="128" cy="128" r="128" fill="#fff"/></svg>`,
    );
    const round = await sharp(avatar)
      .resize(256, 256)
      .composite([{ input: mask, blend: "dest-in" }])
      .png()
      .toBuffer();
    layers.push({ input: round, left: 220 - 128, top: 250 - 128 });
  }
  return sharp(Buffer.from(svg)).composite(layers).png({ compressionLevel: 8 }).toBuffer();
}
