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
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { SignupSchema } from "~/models/accounts/account-schemas";
import { sendVerificationEmail } from "~/models/accounts/email-verification.server";
import { createUser, EmailTakenError, getUserByEmail } from "~/models/accounts/users.server";
import { requireAnonymous, startSession } from "~/utils/auth.server";
import { getOrigin, safeRedirect } from "~/utils/url.server";
import { useLightForm } from "~/utils/light-form";

export const meta: MetaFunction = () => [{ title: "Sign up · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAnonymous(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  await requireAnonymous(request);
  const formData = await request.formData();
  const submission = await parseWithZod(formData, {
    async: true,
    schema: SignupSchema.superRefine((value, ctx) => {
      if (getUserByEmail(value.email)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ["email"],
          message: "An account with this email already exists. Log in instead?",
        });
      }
    }),
  });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password, displayName, role, redirectTo } = submission.value;
  try {
    const user = await createUser({ email, password, displayName, role });
    sendVerificationEmail(user, getOrigin(request));
    const fallback = role === "creator" ? "/dashboard/profile?welcome=1" : "/dashboard";
    return startSession(request, user.id, safeRedirect(redirectTo, fallback));
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return data(
        submission.reply({ fieldErrors: { email: [error.message] }, hideFields: ["password"] }),
        { status: 400 },
      );
    }
    throw error;
  }
}

const constraint = getZodConstraint(SignupSchema);

export default function SignupPage() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useLightForm({
    id: "signup",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SignupSchema }),
    defaultValue: { role: searchParams.get("role") === "brand" ? "brand" : "creator" },
  });
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">Create your Gigfolio account</h1>
      <p className="mt-2 text-sm text-slate-600">
        Already have one?{" "}
        <Link to="/login" className="link">
          Log in
        </Link>
      </p>
      <Form method="post" className="card mt-6 space-y-4" {...getFormProps(form)}>
        <fieldset>
          <legend className="label">I am a…</legend>
          <div className="flex gap-4">
            {(["creator", "brand"] as const).map((role) => (
              <label key={role} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name={fields.role.name}
                  value={role}
                  defaultChecked={fields.role.initialValue === role}
                />
                {role === "creator" ? "Creator" : "Brand or client"}
              </label>
            ))}
          </div>
          <ErrorList id={fields.role.errorId} errors={fields.role.errors} />
        </fieldset>
        <Field
          label="Display name"
          errors={fields.displayName.errors}
          {...getInputProps(fields.displayName, { type: "text" })}
          autoComplete="name"
        />
        <Field
          label="Email"
          errors={fields.email.errors}
          {...getInputProps(fields.email, { type: "email" })}
          autoComplete="email"
        />
        <Field
          label="Password"
          hint="At least 10 characters."
          errors={fields.password.errors}
          {...getInputProps(fields.password, { type: "password" })}
          autoComplete="new-password"
        />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <ErrorList id={form.errorId} errors={form.errors} />
        <SubmitButton pendingText="Creating account…" className="btn-primary w-full">
          Create account
        </SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
