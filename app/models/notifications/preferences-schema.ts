import { z } from "zod";
import type { NotificationType } from "~/db/schema/notifications";

/**
 * The settings form: the types ticked for the app and for email (checkboxes, so repeated names).
 * Only the types the user's role can receive are accepted.
 */
export function parsePreferencesForm(formData: FormData, allowed: readonly NotificationType[]) {
  const types = z.array(
    z.string().refine((value) => (allowed as readonly string[]).includes(value), {
      message: "That notification type is not one you can choose.",
    }),
  );
  return z
    .object({ inApp: types, email: types })
    .transform((value) => value as { inApp: NotificationType[]; email: NotificationType[] })
    .safeParse({ inApp: formData.getAll("inApp"), email: formData.getAll("email") });
}
