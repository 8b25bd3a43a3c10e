import { cachedStatement, lazyStatement } from "~/db/client.server";
import type { InquiryStatus } from "~/db/schema/inquiries";
import { createId } from "~/db/schema/columns";
import { generateToken, hashToken } from "~/utils/tokens.server";

/** How long a visitor's link works, from the email that carried it (as a booking's manage link). */
export const VISITOR_LINK_TTL_MS = 400 * 24 * 60 * 60 * 1000;

const insertStmt = lazyStatement(
  `insert into inquiry_links (id, inquiry_id, token_hash, expires_at, created_at)
   values (@id, @inquiryId, @hash, @expiresAt, @createdAt)`,
);

/**
 * A new private link for an inquiry's visitor: 256 random bits, of which only the hash is kept
 * (decision 036). Every email to the visitor carries a fresh one, since a stored hash cannot be
 * put in an email; the earlier ones keep working until they expire. Call inside the transaction
 * of the email that carries it. Returns the token, for the email only.
 */
export function mintVisitorLink(inquiryId: string, now = new Date()): string {
  const { token, hash } = generateToken();
  insertStmt().run({
    id: createId(),
    inquiryId,
    hash,
    expiresAt: now.getTime() + VISITOR_LINK_TTL_MS,
    createdAt: now.getTime(),
  });
  return token;
}

export type VisitorInquiry = {
  id: string;
  creatorId: string;
  name: string;
  email: string;
  message: string;
  budgetCents: number | null;
  currency: string;
  status: InquiryStatus;
  createdAt: number;
};

/** The inquiry behind a visitor's link; null for an unknown or expired link. */
export function getInquiryByToken(token: string, now = new Date()): VisitorInquiry | null {
  if (!token) return null;
  const row = cachedStatement(
    `select i.id, i.creator_id as creatorId, i.name, i.email, i.message,
            i.budget_cents as budgetCents, i.currency, i.status, i.created_at as createdAt,
            l.expires_at as expiresAt
       from inquiry_links l join inquiries i on i.id = l.inquiry_id
      where l.token_hash = ?`,
  ).get(hashToken(token)) as (VisitorInquiry & { expiresAt: number }) | undefined;
  if (!row) return null;
  const { expiresAt, ...inquiry } = row;
  return expiresAt < now.getTime() ? null : inquiry;
}

/** The visitor's path, for emails; `origin` without a trailing slash. */
export const visitorUrl = (origin: string, token: string) =>
  `${origin.replace(/\/$/, "")}/inquiry/${token}`;
