import { getFormProps, getInputProps } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { AuthorizationError } from "remix-auth";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { LoginSchema } from "~/models/accounts/account-schemas";
import {
  authenticator,
  INVALID_LOGIN,
  RateLimitedError,
  SuspendedAccountError,
  requireAnonymous,
  startSession,
} from "~/utils/auth.server";
import { safeRedirect } from "~/utils/url.server";
import { useLightForm } from "~/utils/light-form";

export const meta: MetaFunction = () => [{ title: "Log in · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const formData = await request.clone().formData();
  const submission = parseWithZod(formData, { schema: LoginSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  try {
    const user = await authenticator.authenticate("form", request, { throwOnError: true });
    return startSession(request, user.id, safeRedirect(submission.value.redirectTo, "/dashboard"));
  } catch (error) {
    if (error instanceof Response) throw error;
    const cause = error instanceof AuthorizationError ? error.cause : error;
    if (cause instanceof RateLimitedError || error instanceof RateLimitedError) {
      return data(
        submission.reply({
          formErrors: [new RateLimitedError().message],
          hideFields: ["password"],
        }),
        { status: 429 },
      );
    }
    if (cause instanceof SuspendedAccountError || error instanceof SuspendedAccountError) {
      return data(
        submission.reply({
          formErrors: [new SuspendedAccountError().message],
          hideFields: ["password"],
        }),
        { status: 403 },
      );
    }
    if (error instanceof AuthorizationError) {
      return data(submission.reply({ formErrors: [INVALID_LOGIN], hideFields: ["password"] }), {
        status: 400,
      });
    }
    throw error;
  }
}

const constraint = getZodConstraint(LoginSchema);

export default function LoginPage() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useLightForm({
    id: "login",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
  });
  const reset = searchParams.get("reset") === "1";
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Log in</h1>
      <p className="mt-2 text-sm text-slate-600">
        New here?{" "}
        <Link to="/signup" className="link">
          Create an account
        </Link>
      </p>
      {reset ? (
        <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-sm text-green-800">
          Your password was changed. Log in with the new one.
        </p>
      ) : null}
      {searchParams.get("deleted") === "1" ? (
        <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-sm text-green-800">
          Your account was deleted. Thank you for using Gigfolio.
        </p>
      ) : null}
      <Form method="post" className="card mt-6 space-y-4" {...getFormProps(form)}>
        <Field
          label="Email"
          errors={fields.email.errors}
          {...getInputProps(fields.email, { type: "email" })}
          autoComplete="email"
        />
        <Field
          label="Password"
          errors={fields.password.errors}
          {...getInputProps(fields.password, { type: "password" })}
          autoComplete="current-password"
        />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <div role="alert">
          <ErrorList id={form.errorId} errors={form.errors} />
        </div>
        <SubmitButton pendingText="Logging in…" className="btn-primary w-full">
          Log in
        </SubmitButton>
        <p className="text-sm">
          <Link to="/forgot-password" className="link">
            Forgot your password?
          </Link>
        </p>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
