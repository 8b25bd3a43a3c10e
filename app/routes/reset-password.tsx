import { getFormProps } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { NewPasswordFields } from "~/components/new-password-fields";
import { ResetPasswordSchema } from "~/models/accounts/account-schemas";
import { isResetTokenValid, resetPassword } from "~/models/accounts/password-reset.server";
import { consume, getClientIp } from "~/utils/rate-limit.server";
import { useLightForm } from "~/utils/light-form";

export const meta: MetaFunction = () => [
  { title: "Choose a new password · Gigfolio" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  // Reading the token does not consume it; only the POST does.
  return { token, valid: token.length > 0 && isResetTokenValid(token) };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: ResetPasswordSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password", "confirmPassword"] }), { status: 400 });
  }
  if (!(await consume("reset", `guess:${getClientIp(request)}`))) {
    return data(submission.reply({ formErrors: ["Too many attempts. Try again later."] }), {
      status: 429,
    });
  }
  const ok = await resetPassword(submission.value.token, submission.value.password);
  if (!ok) {
    return data(
      submission.reply({
        formErrors: ["This reset link is invalid, used or expired. Ask for a new one."],
        hideFields: ["password", "confirmPassword"],
      }),
      { status: 410 },
    );
  }
  return redirect("/login?reset=1");
}

const constraint = getZodConstraint(ResetPasswordSchema);

export default function ResetPasswordPage() {
  const { token, valid } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useLightForm({
    id: "reset-password",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetPasswordSchema }),
  });
  if (!valid && !lastResult) {
    return (
      <div className="mx-auto max-w-md px-4 py-12">
        <h1 className="text-2xl font-bold">This link no longer works</h1>
        <p className="mt-4 text-slate-700">Reset links work once and expire after an hour.</p>
        <Link to="/forgot-password" className="btn-primary mt-6">
          Send a new link
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      <Form method="post" className="card mt-6 space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="token" value={token} />
        <NewPasswordFields
          password={fields.password}
          confirm={fields.confirmPassword}
          hint="At least 10 characters."
        />
        <div role="alert">
          <ErrorList id={form.errorId} errors={form.errors} />
        </div>
        <SubmitButton pendingText="Saving…" className="btn-primary w-full">
          Set new password
        </SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
