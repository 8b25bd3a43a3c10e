import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { ErrorList, Field, SubmitButton, TextareaField } from "~/components/forms";
import { ApplySchema } from "~/models/gigs/gig-schema";
import { useLightForm } from "~/utils/light-form";

const constraint = getZodConstraint(ApplySchema);

export function ApplyForm({
  lastResult,
  currency,
  items,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  currency: string;
  items: { id: string; title: string }[];
}) {
  const [form, fields] = useLightForm({
    id: "apply",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ApplySchema }),
  });
  return (
    <Form
      method="post"
      className="card space-y-4"
      {...getFormProps(form)}
      aria-labelledby="apply-title"
    >
      <h2 id="apply-title" className="text-lg font-bold">
        Apply to this gig
      </h2>
      <TextareaField
        label="Message to the brand"
        hint="Why you, and how you would approach it."
        errors={fields.message.errors}
        {...getTextareaProps(fields.message)}
        rows={5}
      />
      <Field
        label={`Your price (${currency})`}
        errors={fields.proposed.errors}
        {...getInputProps(fields.proposed, { type: "text" })}
        inputMode="decimal"
      />
      {items.length ? (
        <fieldset>
          <legend className="label">Portfolio items to show (up to 6)</legend>
          <div className="space-y-1">
            {items.map((i) => (
              <label key={i.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={fields.portfolioItemIds.name} value={i.id} />
                {i.title}
              </label>
            ))}
          </div>
          <ErrorList id={fields.portfolioItemIds.errorId} errors={fields.portfolioItemIds.errors} />
        </fieldset>
      ) : (
        <p className="text-sm text-slate-500">
          Your portfolio page will be linked to your application.
        </p>
      )}
      <ErrorList id={form.errorId} errors={form.errors} />
      <SubmitButton name="intent" value="apply" pendingText="Sending…">
        Send application
      </SubmitButton>
    </Form>
  );
}
