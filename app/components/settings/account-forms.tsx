import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { NewPasswordFields } from "~/components/new-password-fields";
import {
  ChangeEmailSchema,
  ChangePasswordSchema,
  DeleteAccountSchema,
  DisplayNameSchema,
} from "~/models/accounts/account-schemas";
import { useLightForm } from "~/utils/light-form";

type Reply = SubmissionResult<string[]> | undefined;

const nameConstraint = getZodConstraint(DisplayNameSchema);
const passwordConstraint = getZodConstraint(ChangePasswordSchema);
const emailConstraint = getZodConstraint(ChangeEmailSchema);

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-md bg-green-50 p-2 text-sm text-green-800">
      {children}
    </p>
  );
}

export function NameForm({
  displayName,
  lastResult,
  saved,
}: {
  displayName: string;
  lastResult: Reply;
  saved: boolean;
}) {
  const [form, fields] = useLightForm({
    id: "settings-name",
    lastResult,
    constraint: nameConstraint,
    defaultValue: { displayName },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DisplayNameSchema }),
  });
  return (
    <Form method="post" className="space-y-3" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="name" />
      {saved && !lastResult ? <Notice>Name saved.</Notice> : null}
      <Field
        label="Name"
        hint="Shown to the people you work with: in messages, deals and emails. Your public page has its own name."
        errors={fields.displayName.errors}
        {...getInputProps(fields.displayName, { type: "text" })}
        autoComplete="name"
      />
      <SubmitButton className="btn-secondary" pendingText="Saving…">
        Save name
      </SubmitButton>
    </Form>
  );
}

export function PasswordForm({
  lastResult,
  saved,
  revoked,
}: {
  lastResult: Reply;
  saved: boolean;
  revoked: number;
}) {
  const [form, fields] = useLightForm({
    id: "settings-password",
    lastResult,
    constraint: passwordConstraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
  });
  return (
    <Form method="post" className="space-y-3" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="password" />
      {saved && !lastResult ? (
        <Notice>
          Password changed.
          {revoked > 0
            ? ` ${revoked} other ${revoked === 1 ? "device was" : "devices were"} logged out.`
            : ""}
        </Notice>
      ) : null}
      <Field
        label="Current password"
        errors={fields.currentPassword.errors}
        {...getInputProps(fields.currentPassword, { type: "password" })}
        autoComplete="current-password"
      />
      <NewPasswordFields
        password={fields.newPassword}
        confirm={fields.confirmPassword}
        hint="At least 10 characters. Your other devices are logged out."
      />
      <div role="alert">
        <ErrorList id={form.errorId} errors={form.errors} />
      </div>
      <SubmitButton className="btn-secondary" pendingText="Saving…">
        Change password
      </SubmitButton>
    </Form>
  );
}

export function EmailForm({
  lastResult,
  pendingEmail,
}: {
  lastResult: Reply;
  pendingEmail: string | null;
}) {
  const [form, fields] = useLightForm({
    id: "settings-email",
    lastResult,
    constraint: emailConstraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangeEmailSchema }),
  });
  return (
    <Form method="post" className="space-y-3" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="email" />
      {pendingEmail && !lastResult ? (
        <Notice>
          We sent a link to {pendingEmail}. Your email changes once you open it (within 24 hours).
        </Notice>
      ) : null}
      <Field
        label="New email"
        errors={fields.email.errors}
        {...getInputProps(fields.email, { type: "email" })}
        autoComplete="email"
      />
      <Field
        label="Current password"
        errors={fields.currentPassword.errors}
        {...getInputProps(fields.currentPassword, { type: "password" })}
        autoComplete="current-password"
      />
      <div role="alert">
        <ErrorList id={form.errorId} errors={form.errors} />
      </div>
      <SubmitButton className="btn-secondary" pendingText="Sending…">
        Send a confirmation link
      </SubmitButton>
    </Form>
  );
}

const deleteConstraint = getZodConstraint(DeleteAccountSchema);

/** Deleting the account: only when nothing is left open (`openWork`), with the password. */
export function DeleteAccountForm({
  lastResult,
  openWork,
}: {
  lastResult: Reply;
  openWork: string[];
}) {
  const [form, fields] = useLightForm({
    id: "settings-delete",
    lastResult,
    constraint: deleteConstraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DeleteAccountSchema }),
  });
  if (openWork.length > 0) {
    return (
      <div className="space-y-2 text-sm">
        <p>Before your account can be deleted, finish what others are waiting on:</p>
        <ul className="list-disc space-y-1 pl-5">
          {openWork.map((line) => (
            <li key={line}>{line}.</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <Form method="post" className="space-y-3" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="delete" />
      <p className="text-sm text-slate-600">
        Your public page, its items, rates and views, your images and saved lists are deleted, and
        you can no longer log in. Finished bookings, deals and reviews stay in the other side’s
        records under “Deleted account”. Download your data first if you want to keep it.
      </p>
      <Field
        label="Current password"
        errors={fields.currentPassword.errors}
        {...getInputProps(fields.currentPassword, { type: "password" })}
        autoComplete="current-password"
      />
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            {...getInputProps(fields.confirm, { type: "checkbox" })}
            aria-describedby={fields.confirm.errors ? fields.confirm.errorId : undefined}
          />
          <span>I understand that this cannot be undone.</span>
        </label>
        <ErrorList id={fields.confirm.errorId} errors={fields.confirm.errors} />
      </div>
      <div role="alert">
        <ErrorList id={form.errorId} errors={form.errors} />
      </div>
      <SubmitButton className="btn-danger" pendingText="Deleting…">
        Delete my account
      </SubmitButton>
    </Form>
  );
}
