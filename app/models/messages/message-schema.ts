import { z } from "zod";
import { MESSAGE_MAX } from "~/db/schema/messages";

/**
 * A message as the conversation form sends it; line endings stored as "\n" with or without JS.
 * Checked with refine rather than a piped z.string(): Conform's coercion reads an empty string in
 * any string schema as missing ("Required"), which must say the same as an empty box.
 */
export const MessageSchema = z.object({
  body: z
    .string()
    .optional()
    .transform((value) => (value ?? "").replace(/\r\n?/g, "\n").trim())
    .refine((value) => value.length > 0, "Write a message.")
    .refine((value) => value.length <= MESSAGE_MAX, `Keep it under ${MESSAGE_MAX} characters.`),
});

export { MESSAGE_MAX };
