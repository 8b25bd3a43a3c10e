import { eq, sql } from "drizzle-orm";
import { db, lazyPrepared } from "~/db/client.server";
import { users, type Role } from "~/db/schema";
import { hashPassword, verifyPassword, getDummyHash } from "./password.server";

export type PublicUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: "active" | "suspended";
};

const publicColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  status: users.status,
};

export class EmailTakenError extends Error {
  constructor() {
    super("An account with this email already exists");
  }
}

export async function createUser(input: {
  email: string;
  password: string;
  displayName: string;
  role: Role;
}): Promise<PublicUser> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = db
      .insert(users)
      .values({ email, passwordHash, displayName: input.displayName.trim(), role: input.role })
      .returning(publicColumns)
      .all();
    return row!;
  } catch (error) {
    if (error instanceof Error && /UNIQUE constraint failed: users\.email/.test(error.message)) {
      throw new EmailTakenError();
    }
    throw error;
  }
}

const userByIdQuery = lazyPrepared(() =>
  db
    .select(publicColumns)
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
);

export function getUserById(id: string): PublicUser | undefined {
  return userByIdQuery().get({ id });
}

export function getUserByEmail(email: string): PublicUser | undefined {
  return db
    .select(publicColumns)
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
}

/** Returns the user when email and password match an active account; never says which part was wrong. */
export async function verifyLogin(email: string, password: string): Promise<PublicUser | null> {
  const result = await checkLogin(email, password);
  return "user" in result ? result.user : null;
}

/**
 * Like verifyLogin, but tells a suspended account (right email and password) from a wrong login:
 * its owner knows the password, so saying "suspended" reveals nothing they could not learn.
 */
export async function checkLogin(
  email: string,
  password: string,
): Promise<{ user: PublicUser } | { failure: "invalid" | "suspended" }> {
  const row = db
    .select({ ...publicColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
  if (!row) {
    await verifyPassword(await getDummyHash(), password);
    return { failure: "invalid" };
  }
  const ok = await verifyPassword(row.passwordHash, password);
  if (!ok) return { failure: "invalid" };
  if (row.status !== "active") return { failure: "suspended" };
  const { passwordHash: _omit, ...user } = row;
  return { user };
}

export async function setPassword(userId: string, password: string) {
  const passwordHash = await hashPassword(password);
  db.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, userId)).run();
}
