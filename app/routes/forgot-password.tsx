import { getFormProps, getInputProps } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { data, redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { ForgotPasswordSchema } from "~/models/accounts/account-schemas";
import { requestPasswordReset } from "~/models/accounts/password-reset.server";
import { consume, getClientIp } from "~/utils/rate-limit.server";
import { getOrigin } from "~/utils/url.server";
import { useLightForm } from "~/utils/light-form";

export const meta: MetaFunction = () => [{ title: "Forgot password · Gigfolio" }];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: ForgotPasswordSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  if (!(await consume("reset", getClientIp(request)))) {
    return data(
      submission.reply({ formErrors: ["Too many requests. Try again in a few minutes."] }),
      { status: 429 },
    );
  }
  requestPasswordReset(submission.value.email, getOrigin(request));
  // Same answer whether or not the account exists.
  return redirect("/forgot-password?sent=1");
}

const constraint = getZodConstraint(ForgotPasswordSchema);

export default function ForgotPasswordPage() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useLightForm({
    id: "forgot-password",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotPasswordSchema }),
  });
  if (searchParams.get("sent") === "1") {
    return (
      <div className="mx-auto max-w-md px-4 py-12">
        <h1 className="text-2xl font-bold">Check your email</h1>
        <p role="status" className="mt-4 text-slate-700">
          If an account exists for that address, we sent a link to reset its password. The link
          works once, for one hour.
        </p>
        <Link to="/login" className="link mt-6 inline-block">
          Back to log in
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="mt-2 text-sm text-slate-600">
        Enter your email and we will send you a link to choose a new one.
      </p>
      <Form method="post" className="card mt-6 space-y-4" {...getFormProps(form)}>
        <Field
          label="Email"
          errors={fields.email.errors}
          {...getInputProps(fields.email, { type: "email" })}
          autoComplete="email"
        />
        <ErrorList id={form.errorId} errors={form.errors} />
        <SubmitButton pendingText="Sending…" className="btn-primary w-full">
          Send reset link
        </SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
