import { Form, useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { ErrorList, SubmitButton, type ListOfErrors } from "~/components/forms";
import { Link } from "~/components/link";
import { MESSAGE_MAX } from "~/models/messages/message-schema";
import { formatDateTime } from "~/utils/format";

type Message = { id: string; sender: string; body: string; createdAt: number };

/**
 * A conversation: the messages, oldest first, with the ones this reader had not read marked, and
 * the form to write one. Reading never writes on its own (a GET): with JavaScript a POST marks the
 * conversation read once it is shown; without it, a button does.
 *
 * A page shows at most 200 messages. "Show older messages" is a plain link to the 200 before the
 * first one shown (`?before=<its id>`); an older page links back to the latest, and neither marks
 * anything read nor offers the box to write in (both belong with the latest messages).
 */
export function Conversation({
  messages,
  more,
  older = false,
  me,
  names,
  unread,
  timeZone,
  canWrite,
  closedText,
  errors,
  draft,
  markable,
}: {
  messages: Message[];
  /** There are messages before the first one shown. */
  more: boolean;
  /** This is a page of older messages (`?before=`), not the latest. */
  older?: boolean;
  me: string | null;
  names: Record<string, string>;
  unread: number;
  timeZone: string;
  canWrite: boolean;
  closedText?: string;
  errors?: ListOfErrors;
  /** What was typed before a refusal, shown again in the box. */
  draft?: string;
  /** The reader takes part in the conversation (an admin reading a deal does not). */
  markable: boolean;
}) {
  const fetcher = useFetcher();
  const marked = useRef(false);
  // Unread messages are the latest ones: an older page neither marks nor offers to mark them.
  const marks = markable && !older;
  useEffect(() => {
    if (!marks || unread === 0 || marked.current) return;
    marked.current = true;
    fetcher.submit({ intent: "read", via: "script" }, { method: "post" });
  }, [marks, unread, fetcher]);
  // More unread than shown (over 200): the first message shown is new already.
  const firstNew = unread > 0 && !older ? Math.max(0, messages.length - unread) : -1;
  const invalid = Boolean(errors?.filter(Boolean).length);
  const toLatest = (
    <Link to="." className="link">
      Show the latest messages
    </Link>
  );
  return (
    <div className="space-y-4">
      {more || older ? (
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
          <span>{older ? "These are older messages." : "These are the latest messages."}</span>
          {more && messages[0] ? (
            <Link to={`?before=${encodeURIComponent(messages[0].id)}`} className="link">
              Show older messages
            </Link>
          ) : null}
          {older ? toLatest : null}
        </p>
      ) : null}
      {messages.length === 0 ? (
        <div className="card text-center text-slate-600">No messages yet.</div>
      ) : (
        <ol className="space-y-3" aria-label="Messages">
          {messages.map((m, index) => {
            const mine = m.sender === me;
            return (
              <li
                key={m.id}
                id={index === messages.length - 1 && !older ? "latest" : undefined}
                className={`card space-y-1 ${mine ? "ml-8 bg-brand-50" : "mr-8"}`}
              >
                {index === firstNew ? (
                  <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
                    New
                  </p>
                ) : null}
                <p className="text-sm">
                  <strong>{mine ? "You" : (names[m.sender] ?? m.sender)}</strong>{" "}
                  <span className="text-slate-500">{formatDateTime(m.createdAt, timeZone)}</span>
                </p>
                <p className="whitespace-pre-line break-words">{m.body}</p>
              </li>
            );
          })}
        </ol>
      )}
      {unread > 0 && marks ? (
        <Form method="post">
          <SubmitButton name="intent" value="read" className="btn-secondary" pendingText="Saving…">
            Mark as read
          </SubmitButton>
        </Form>
      ) : null}
      {older ? (
        // Newer messages and the box to write in are on the latest page.
        <p className="text-sm">{toLatest}</p>
      ) : canWrite ? (
        // Keyed by the count, so the box starts empty once a message was sent (with JavaScript on).
        <Form method="post" className="space-y-2" id="write" key={messages.length}>
          <label htmlFor="message-body" className="label">
            Write a message
          </label>
          <textarea
            id="message-body"
            name="body"
            rows={4}
            defaultValue={draft}
            required
            maxLength={MESSAGE_MAX}
            className="input"
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "message-body-error" : undefined}
          />
          <ErrorList id="message-body-error" errors={errors} />
          <SubmitButton name="intent" value="send" pendingText="Sending…">
            Send message
          </SubmitButton>
        </Form>
      ) : closedText ? (
        <p className="text-slate-600">{closedText}</p>
      ) : null}
    </div>
  );
}
