import { getUserById } from "../accounts/users.server";
import {
  AlreadyReviewedError,
  emailReviewLink,
  issueReviewLink,
  reviewableSubject,
} from "./review-links.server";

export type LinkActionResult =
  { ok: true; url: string; emailed: boolean } | { ok: false; status: number; message: string };

/** Shared by the booking and calendar pages: issue a link for a completed subject and optionally email it. */
export function issueLinkForSubject(
  creatorId: string,
  subjectType: string,
  subjectId: string,
  origin: string,
  email: boolean,
): LinkActionResult {
  if (subjectType !== "booking" && subjectType !== "shoot")
    return { ok: false, status: 400, message: "Unknown subject." };
  const subject = reviewableSubject(creatorId, subjectType, subjectId);
  if (!subject)
    return {
      ok: false,
      status: 409,
      message: "Reviews can be requested once the work is completed.",
    };
  if (email && !subject.clientEmail)
    return {
      ok: false,
      status: 400,
      message: "There is no client email for this; copy the link instead.",
    };
  try {
    const creatorName = getUserById(creatorId)?.displayName ?? "Your creator";
    const urlFor = (token: string) => `${origin}/review/${token}`;
    // The email is queued in the same transaction that issues the link.
    const token = issueReviewLink(creatorId, subject, new Date(), (t) => {
      if (email && subject.clientEmail)
        emailReviewLink(subject.clientEmail, creatorName, subject.label, urlFor(t));
    });
    return { ok: true, url: urlFor(token), emailed: email };
  } catch (error) {
    if (error instanceof AlreadyReviewedError)
      return { ok: false, status: 409, message: error.message };
    throw error;
  }
}
