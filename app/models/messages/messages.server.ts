import { cachedStatement, immediateTransaction, lazyStatement } from "~/db/client.server";
import { createId } from "~/db/schema/columns";
import type { MessageSender } from "~/db/schema/messages";

/** A conversation is tied to one deal, booking or inquiry (decisions 033, 036). */
export type Thread =
  { kind: "deal"; id: string } | { kind: "booking"; id: string } | { kind: "inquiry"; id: string };

export type Participant = {
  role: MessageSender;
  /** Null for a booking's client or an inquiry's visitor, who have no account. */
  userId: string | null;
};

export type MessageRow = {
  id: string;
  sender: MessageSender;
  body: string;
  createdAt: number;
};

/** The most a conversation page shows, newest last; older ones are on pages of their own. */
export const THREAD_PAGE_LIMIT = 200;

const COLUMNS = { deal: "deal_id", booking: "booking_id", inquiry: "inquiry_id" } as const;
const column = (thread: Thread) => COLUMNS[thread.kind];

/**
 * A place in a conversation: a message's time and rowid, the order messages are shown in (two
 * written in the same millisecond keep the order they were written in). A page of older messages
 * starts before one; its address names the message by its id (`?before=<id>`), so the rowid never
 * leaves the server.
 */
export type MessageCursor = { createdAt: number; rowid: number };

/** A message id as `createId` makes them, or near enough to be worth a lookup. */
const MESSAGE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Where a message of this conversation stands; null for anything that is not one of its ids. */
export function messageCursor(thread: Thread, messageId: string): MessageCursor | null {
  if (!MESSAGE_ID.test(messageId)) return null;
  const row = cachedStatement(
    `select created_at as createdAt, rowid from messages where id = ? and ${column(thread)} = ?`,
  ).get(messageId, thread.id) as MessageCursor | undefined;
  return row ?? null;
}

/**
 * A page of a conversation, oldest first: the latest `THREAD_PAGE_LIMIT` messages, or with
 * `before` the ones just before that place (a keyset on time and rowid, never an offset, so a page
 * costs the same however far back it is). `more` says there are older ones still; the next page
 * starts before the first message shown.
 */
export function listMessages(thread: Thread, before?: MessageCursor) {
  const col = column(thread);
  const rows = (
    before
      ? cachedStatement(
          `select id, sender, body, created_at as createdAt from messages
            where ${col} = @id and created_at <= @createdAt
              and (created_at < @createdAt or rowid < @rowid)
            order by created_at desc, rowid desc limit ${THREAD_PAGE_LIMIT + 1}`,
        ).all({ id: thread.id, createdAt: before.createdAt, rowid: before.rowid })
      : cachedStatement(
          `select id, sender, body, created_at as createdAt from messages
            where ${col} = ? order by created_at desc, rowid desc limit ${THREAD_PAGE_LIMIT + 1}`,
        ).all(thread.id)
  ) as MessageRow[];
  const more = rows.length > THREAD_PAGE_LIMIT;
  return { messages: rows.slice(0, THREAD_PAGE_LIMIT).reverse(), more, older: Boolean(before) };
}

type ThreadState = { unread: number; lastReadAt: number | null };

/** A participant's unread count and when they last read the conversation. */
export function threadState(thread: Thread, role: MessageSender): ThreadState {
  const row = cachedStatement(
    `select unread, last_read_at as lastReadAt from message_threads
      where ${column(thread)} = ? and participant = ?`,
  ).get(thread.id, role) as ThreadState | undefined;
  return row ?? { unread: 0, lastReadAt: null };
}

function upsertState(
  thread: Thread,
  participant: Participant,
  change: "read" | "unread",
  now: number,
) {
  const col = column(thread);
  const read = change === "read";
  cachedStatement(
    `insert into message_threads (id, ${col}, participant, user_id, unread, last_message_at, last_read_at)
     values (@id, @threadId, @role, @userId, @unread, @now, @readAt)
     on conflict (${col}, participant) where ${col} is not null do update set
       unread = ${read ? "0" : "unread + 1"},
       last_message_at = @now
       ${read ? ", last_read_at = @now" : ""}`,
  ).run({
    id: createId(),
    threadId: thread.id,
    role: participant.role,
    userId: participant.userId,
    unread: read ? 0 : 1,
    now,
    readAt: read ? now : null,
  });
}

/**
 * Posts a message and returns the recipient's unread count after it: 1 means this is the first
 * message they have not read, which is when they are emailed (not for every message after it).
 * Writing counts as reading: the sender's unread count goes to 0.
 */
export function postMessage(input: {
  thread: Thread;
  from: Participant;
  to: Participant;
  body: string;
  now?: Date;
  /** Runs in the same transaction, with the recipient's unread count (for the email). */
  notify?: (recipientUnread: number) => void;
}) {
  const now = (input.now ?? new Date()).getTime();
  return immediateTransaction(() => {
    const id = createId();
    cachedStatement(
      `insert into messages (id, ${column(input.thread)}, sender, sender_user_id, body, created_at)
       values (?, ?, ?, ?, ?, ?)`,
    ).run(id, input.thread.id, input.from.role, input.from.userId, input.body, now);
    upsertState(input.thread, input.from, "read", now);
    upsertState(input.thread, input.to, "unread", now);
    const unread = threadState(input.thread, input.to.role).unread;
    input.notify?.(unread);
    return { id, recipientUnread: unread };
  });
}

/** Marks a conversation read for one participant (a POST: reading a page never writes). */
export function markThreadRead(thread: Thread, role: MessageSender, now = new Date()) {
  cachedStatement(
    `update message_threads set unread = 0, last_read_at = ?
      where ${column(thread)} = ? and participant = ? and unread > 0`,
  ).run(now.getTime(), thread.id, role);
}

const unreadTotalStmt = lazyStatement(
  `select coalesce(sum(unread), 0) as n from message_threads where user_id = ?`,
);

/** Unread messages over all of a user's conversations: the menu's badge. */
export function unreadMessageTotal(userId: string): number {
  return (unreadTotalStmt().get(userId) as { n: number }).n;
}
