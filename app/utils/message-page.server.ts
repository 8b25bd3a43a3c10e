import { listMessages, messageCursor, type Thread } from "~/models/messages/messages.server";

/**
 * The page of a conversation a GET asks for: the latest messages, or with `?before=<message id>`
 * the ones before that message (a link the page itself prints, "Show older messages"). Anything
 * there that is not a message of this conversation is a 400, never a 500 and never another
 * conversation's messages; an empty `before` is the latest page.
 */
export function readMessagePage(request: Request, thread: Thread) {
  const before = new URL(request.url).searchParams.get("before");
  if (!before) return listMessages(thread);
  const cursor = messageCursor(thread, before);
  if (!cursor)
    throw new Response(
      "This link to older messages does not work. Open the conversation again from its page.",
      { status: 400 },
    );
  return listMessages(thread, cursor);
}
