import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SubmitButton } from "~/components/forms";
import { Link } from "~/components/link";
import { confirmEmail, pendingVerification } from "~/models/accounts/email-verification.server";
import { consume, getClientIp, isLimited } from "~/utils/rate-limit.server";

export const meta: MetaFunction = () => [
  { title: "Confirm your email · Gigfolio" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  if (url.searchParams.get("done") === "1") return { done: true as const };
  const token = url.searchParams.get("token") ?? "";
  // Opening the link only reads it (mail scanners open links too); the button's POST uses it.
  const pending = token.length > 0 && token.length <= 200 ? pendingVerification(token) : null;
  return { done: false as const, token, pending };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const token = String(formData.get("token") ?? "");
  // Only links that fail count against the address: people behind one network who confirm their
  // own links are never held up, while guessing is.
  const key = `verify:${getClientIp(request)}`;
  if (await isLimited("reset", key)) {
    return data({ error: "Too many attempts. Try again later." }, { status: 429 });
  }
  const result = token.length > 0 && token.length <= 200 ? confirmEmail(token) : null;
  if (result?.ok) return redirect("/verify-email?done=1");
  await consume("reset", key);
  if (result?.reason === "taken") {
    return data(
      { error: "Another account uses this address now, so it cannot become yours." },
      { status: 409 },
    );
  }
  return data(
    { error: "This link is invalid, used or expired. Ask for a new one in your settings." },
    { status: 410 },
  );
}

export default function VerifyEmailPage() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (loaderData.done) {
    return (
      <div className="mx-auto max-w-md px-4 py-12">
        <h1 className="text-2xl font-bold">Your email is confirmed</h1>
        <p className="mt-4 text-slate-700">Thank you. Gigfolio now writes to this address.</p>
        <Link to="/dashboard/settings" className="btn-primary mt-6">
          Go to your settings
        </Link>
      </div>
    );
  }
  if (!loaderData.pending && !actionData) {
    return (
      <div className="mx-auto max-w-md px-4 py-12">
        <h1 className="text-2xl font-bold">This link no longer works</h1>
        <p className="mt-4 text-slate-700">
          Links work once and expire after 24 hours; a newer link replaces an older one.
        </p>
        <Link to="/dashboard/settings" className="btn-primary mt-6">
          Ask for a new one in your settings
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Confirm your email</h1>
      <Form method="post" className="card mt-6 space-y-4">
        <input type="hidden" name="token" value={loaderData.token} />
        {loaderData.pending ? (
          <p>
            {loaderData.pending.isChange
              ? `Use ${loaderData.pending.email} as your Gigfolio email from now on.`
              : `Confirm that ${loaderData.pending.email} is your address.`}
          </p>
        ) : null}
        {actionData ? (
          <p role="alert" className="text-sm text-red-700">
            {actionData.error}
          </p>
        ) : null}
        <SubmitButton pendingText="Confirming…" className="btn-primary w-full">
          Confirm email
        </SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
