/** The id of an inbox's count, which names its list (`aria-labelledby`). */
export const INBOX_COUNT_ID = "inbox-count";

/**
 * An inbox's exact total above its list: the dashboard's badges stop counting at 99+
 * (docs/decisions/026), so this is where the real number shows.
 */
export function InboxCount({ total, one, many }: { total: number; one: string; many: string }) {
  return (
    <p id={INBOX_COUNT_ID} className="text-sm text-slate-600">
      {total} {total === 1 ? one : many}
    </p>
  );
}
