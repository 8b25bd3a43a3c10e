/**
 * The dashboard's badges (new inquiries, bookings to answer) count at most this many rows: a count
 * walks its index entry by entry, and the badges sit on every dashboard page. At the cap a badge
 * reads "99+", as mail and chat apps write it; the inbox itself shows the exact total.
 */
export const BADGE_CAP = 100;

export function badgeLabel(count: number) {
  return count >= BADGE_CAP ? `${BADGE_CAP - 1}+` : String(count);
}
