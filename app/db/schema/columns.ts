import { integer, text } from "drizzle-orm/sqlite-core";

/**
 * 96 random bits, URL-safe: public identifiers are unguessable. Web Crypto rather than node:crypto,
 * so that client code importing schema constants (enums) still builds for the browser.
 */
export function createId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
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
