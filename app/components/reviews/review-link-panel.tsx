import { Form } from "@remix-run/react";
import { SubmitButton } from "~/components/forms";
import { formatDateTime } from "~/utils/format";

type Props = {
  subjectType: "booking" | "shoot";
  subjectId: string;
  live: { expiresAt: string | Date; clientEmail: string | null } | null | undefined;
  reviewed: boolean;
  freshUrl?: string | null;
  action?: string;
  /** What the work is (a shoot's title): named when a page has a panel per piece of work. */
  title?: string;
};

/**
 * Generate / regenerate a review link for completed work. The raw link is shown once, right after
 * it is made (only its hash is stored), and can be copied or emailed to the client.
 */
export function ReviewLinkPanel({
  subjectType,
  subjectId,
  live,
  reviewed,
  freshUrl,
  action,
  title,
}: Props) {
  // Ids per subject: a day of the calendar can show a panel for each completed shoot.
  const titleId = `review-link-title-${subjectId}`;
  const urlId = `review-url-${subjectId}`;
  // Buttons repeated from panel to panel say which work they are for, to screen readers too.
  const forWhat = title ? <span className="sr-only"> for {title}</span> : null;
  return (
    <section aria-labelledby={titleId} className="card space-y-3">
      <h2 id={titleId} className="font-semibold">
        {title ? `Review link: ${title}` : "Review link"}
      </h2>
      {reviewed ? (
        <p className="text-sm text-slate-700">
          The client has left a review for this. See it under Reviews.
        </p>
      ) : (
        <>
          {freshUrl ? (
            <div className="space-y-1">
              <label htmlFor={urlId} className="label">
                Copy this link and send it to your client (it works once and expires in 30 days; it
                will not be shown again)
              </label>
              <input
                id={urlId}
                readOnly
                value={freshUrl}
                className="input font-mono text-xs"
                onFocus={(e) => e.currentTarget.select()}
              />
            </div>
          ) : live ? (
            <p className="text-sm text-slate-700">
              A link was sent and is valid until {formatDateTime(live.expiresAt)}. Lost it? Make a
              new one (the old one stops working).
            </p>
          ) : (
            <p className="text-sm text-slate-700">
              Ask your client for a review: make a single-use link for them.
            </p>
          )}
          <Form method="post" action={action} className="flex flex-wrap gap-2">
            <input type="hidden" name="subjectType" value={subjectType} />
            <input type="hidden" name="subjectId" value={subjectId} />
            <SubmitButton
              name="intent"
              value="review-link"
              className="btn-primary"
              pendingText="Making a link…"
            >
              {live || freshUrl ? "Make a new review link" : "Make a review link"}
              {forWhat}
            </SubmitButton>
            {live?.clientEmail || subjectType === "booking" ? (
              <SubmitButton
                name="intent"
                value="review-email"
                className="btn-secondary"
                pendingText="Sending…"
              >
                Email a new link to the client
                {forWhat}
              </SubmitButton>
            ) : null}
          </Form>
        </>
      )}
    </section>
  );
}
