import { parseWithZod } from "@conform-to/zod";
import { data, redirect } from "@remix-run/node";
import { consume } from "~/utils/rate-limit.server";
import { MessageSchema } from "~/models/messages/message-schema";

/** `body` is what was typed, sent back with a refusal so the box keeps it (JavaScript off). */
export type MessageActionData = { errors?: string[]; read?: boolean; body?: string };

/**
 * The shape every conversation's action shares: "read" marks it read (answered with data when the
 * page's script sent it, so it stays on the page; else a redirect back), "send" validates the message, spends one of the sender's 30 a minute,
 * posts it and redirects to the latest message. Permission is the route's job, before this.
 */
export async function handleMessageAction(
  formData: FormData,
  options: {
    /** Who is sending, for the rate limit: an account id, or the booking's id for its client. */
    senderKey: string;
    /** Null when the conversation is closed (a declined or cancelled booking). */
    send: ((body: string) => void) | null;
    /** What a closed conversation says to a message; a booking's words unless given. */
    closedError?: string;
    markRead: () => void;
    backTo: string;
  },
) {
  const intent = formData.get("intent");
  const typed = formData.get("body");
  const body = typeof typed === "string" ? typed.slice(0, 20_000) : undefined;
  if (intent === "read") {
    options.markRead();
    // The page's own script marks it read in the background (and stays); the button (JavaScript
    // off) is sent back to the conversation, so a reload does not post again.
    if (formData.get("via") === "script") return data<MessageActionData>({ read: true });
    return redirect(options.backTo);
  }
  if (intent !== "send")
    return data<MessageActionData>(
      { errors: ["That request was not understood."] },
      { status: 400 },
    );
  if (!options.send)
    return data<MessageActionData>(
      {
        errors: [
          options.closedError ??
            "This conversation is closed: the booking was declined or cancelled.",
        ],
        body,
      },
      { status: 409 },
    );
  const submission = parseWithZod(formData, { schema: MessageSchema });
  if (submission.status !== "success")
    return data<MessageActionData>(
      { errors: submission.error?.body ?? ["Write a message."], body },
      { status: 400 },
    );
  if (!(await consume("message", options.senderKey)))
    return data<MessageActionData>(
      {
        errors: ["You have sent many messages in a minute; wait a moment and send it again."],
        body,
      },
      { status: 429 },
    );
  options.send(submission.value.body);
  return redirect(`${options.backTo}#latest`);
}
