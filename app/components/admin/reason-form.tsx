import { Form } from "@remix-run/react";
import { ErrorList, SubmitButton, type ListOfErrors } from "~/components/forms";
import { REASON_MAX } from "~/models/admin/admin-schemas";

/**
 * A moderation action with its reason: suspending a user or removing a review needs one (the user
 * is told it, the audit log keeps it); undoing either takes an optional note.
 */
export function ReasonForm({
  id,
  intent,
  label,
  submitLabel,
  pendingText,
  required,
  hidden = {},
  errors,
  draft,
  danger = false,
}: {
  id: string;
  intent: string;
  label: string;
  submitLabel: string;
  pendingText: string;
  required: boolean;
  hidden?: Record<string, string>;
  errors?: ListOfErrors;
  /** What was typed before a refusal, shown again (JavaScript off). */
  draft?: string;
  danger?: boolean;
}) {
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.filter(Boolean).length);
  return (
    <Form method="post" className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id} className="label">
        {label}
        {required ? null : <span className="font-normal text-slate-500"> (optional)</span>}
      </label>
      <textarea
        id={id}
        name="reason"
        className="input"
        rows={2}
        defaultValue={draft}
        required={required}
        minLength={3}
        maxLength={REASON_MAX}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
      <ErrorList id={errorId} errors={errors} />
      <SubmitButton
        name="intent"
        value={intent}
        className={danger ? "btn-danger" : "btn-secondary"}
        pendingText={pendingText}
      >
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}
