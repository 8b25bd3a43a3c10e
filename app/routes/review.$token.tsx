import { parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ReviewForm } from "~/components/reviews/review-form";
import { inspectReviewLink } from "~/models/reviews/review-links.server";
import { ReviewSchema } from "~/models/reviews/review-schema";
import { OWN_WORK_MESSAGE, submitReview } from "~/models/reviews/reviews.server";
import { getUser } from "~/utils/auth.server";
import { isHoneypotFilled } from "~/utils/honeypot";
import { consume, getClientIp } from "~/utils/rate-limit.server";

export const meta: MetaFunction = () => [
  { title: "Leave a review · Gigfolio" },
  { name: "robots", content: "noindex" },
];

const GONE: Record<"used" | "expired" | "revoked", string> = {
  used: "This review link has already been used: the review was received. Thank you!",
  expired:
    "This review link has expired (links are valid for 30 days). Ask the creator for a new one.",
  revoked:
    "This review link was replaced by a newer one. Use the latest link the creator sent you.",
};

/** Valid link -> the form; used/expired/replaced -> 410 with an explanation; never issued -> 404. */
function requireValidLink(token: string) {
  const state = inspectReviewLink(token);
  if (!state)
    throw new Response("This review link does not exist. Check that you copied the whole link.", {
      status: 404,
    });
  if (state.state !== "valid") throw new Response(GONE[state.state], { status: 410 });
  return state;
}

/**
 * The creator who made the link cannot use it: signed in as themselves, it is refused (their own
 * email, signed in or not, is refused by submitReview).
 */
async function refuseTheCreator(request: Request, creatorId: string) {
  const viewer = await getUser(request);
  if (viewer?.id === creatorId) throw new Response(OWN_WORK_MESSAGE, { status: 403 });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { link, creatorName } = requireValidLink(params.token ?? "");
  await refuseTheCreator(request, link.creatorId);
  return { creatorName, subjectLabel: link.subjectLabel };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const { creatorSlug, link } = requireValidLink(token);
  await refuseTheCreator(request, link.creatorId);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: ReviewSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  // A bot gets the same answer as a person; the link stays usable for the real client.
  if (isHoneypotFilled(formData))
    return redirect(`/review/thanks${creatorSlug ? `?creator=${creatorSlug}` : ""}`);
  if (!(await consume("publicForm", getClientIp(request)))) {
    return data(
      submission.reply({
        formErrors: ["Too many attempts from your network. Try again in a minute."],
      }),
      { status: 429 },
    );
  }
  const result = submitReview(token, submission.value);
  if (!result.ok) {
    if (result.state === "own-email")
      return data(submission.reply({ fieldErrors: { email: [result.message] } }), {
        status: 400,
      });
    if (result.state === "unknown")
      throw new Response("This review link does not exist.", { status: 404 });
    throw new Response(GONE[result.state], { status: 410 });
  }
  return redirect(`/review/thanks${creatorSlug ? `?creator=${creatorSlug}` : ""}`);
}

export default function ReviewPage() {
  const { creatorName, subjectLabel } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold">Review {creatorName}</h1>
      <p className="mt-2 text-slate-700">
        You are reviewing: <strong>{subjectLabel}</strong>
      </p>
      <div className="card mt-6">
        <ReviewForm creatorName={creatorName} lastResult={lastResult} />
      </div>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
