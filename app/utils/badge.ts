/**
 * The dashboard's badges (new inquiries, bookings to answer) count at most this many rows: a count
 * walks its index entry by entry, and the badges sit on every dashboard page. At the cap a badge
 * reads "99+"; the inboxes show the exact total. See docs/decisions/026.
 */
export const BADGE_CAP = 100;

export function badgeLabel(count: number) {
  return count >= BADGE_CAP ? `${BADGE_CAP - 1}+` : String(count);
}
