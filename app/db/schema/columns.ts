import { randomBytes } from "node:crypto";
import { integer, text } from "drizzle-orm/sqlite-core";

/** 96 random bits, URL-safe: public identifiers are unguessable. */
export function createId(): string {
  return randomBytes(12).toString("base64url");
}

export const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => createId());

/** Instants are UTC milliseconds. */
export const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());

export const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());
