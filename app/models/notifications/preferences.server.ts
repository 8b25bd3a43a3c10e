import { immediateTransaction, lazyStatement } from "~/db/client.server";
import type { Role } from "~/db/schema/accounts";
import type { NotificationType } from "~/db/schema/notifications";
import { typesForRole } from "./notification-types";

export type Preference = { type: NotificationType; inApp: boolean; email: boolean };

const readStmt = lazyStatement(
  `select type, in_app as inApp, email from notification_preferences where user_id = ?`,
);

/** The user's choice for each type their role can receive; both channels where they chose nothing. */
export function getPreferences(userId: string, role: Role): Preference[] {
  const chosen = new Map(
    (readStmt().all(userId) as { type: NotificationType; inApp: number; email: number }[]).map(
      (row) => [row.type, row],
    ),
  );
  return typesForRole(role).map((type) => {
    const row = chosen.get(type);
    return { type, inApp: row ? row.inApp === 1 : true, email: row ? row.email === 1 : true };
  });
}

const upsertStmt = lazyStatement(
  `insert into notification_preferences (user_id, type, in_app, email)
   values (@userId, @type, @inApp, @email)
   on conflict (user_id, type) do update set in_app = excluded.in_app, email = excluded.email`,
);
const resetStmt = lazyStatement(
  `delete from notification_preferences where user_id = @userId and type = @type`,
);

/**
 * Saves the user's choices for every type of their role: the types named in `inApp` and `email`
 * are on in that channel, the others off. A choice equal to the default keeps no row.
 */
export function savePreferences(
  userId: string,
  role: Role,
  on: { inApp: readonly NotificationType[]; email: readonly NotificationType[] },
) {
  const inApp = new Set(on.inApp);
  const email = new Set(on.email);
  immediateTransaction(() => {
    for (const type of typesForRole(role)) {
      const choice = {
        userId,
        type,
        inApp: inApp.has(type) ? 1 : 0,
        email: email.has(type) ? 1 : 0,
      };
      if (choice.inApp === 1 && choice.email === 1) resetStmt().run({ userId, type });
      else upsertStmt().run(choice);
    }
  });
}
