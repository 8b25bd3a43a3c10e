import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { ErrorList, Field, SubmitButton, TextareaField } from "~/components/forms";
import { HoneypotInput } from "~/components/honeypot";
import { InquirySchema } from "~/models/inquiries/inquiry-schema";
import { useLightForm } from "~/utils/light-form";

const constraint = getZodConstraint(InquirySchema);

export function InquiryForm({
  creatorName,
  currency,
  lastResult,
  sent,
}: {
  creatorName: string;
  /** The creator's currency: the budget is read and stored in it. */
  currency: string;
  lastResult?: SubmissionResult<string[]>;
  sent: boolean;
}) {
  const [form, fields] = useLightForm({
    id: "inquiry",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InquirySchema }),
  });
  return (
    <section id="contact" aria-labelledby="contact-title" className="card">
      <h2 id="contact-title" className="text-xl font-bold">
        Contact {creatorName}
      </h2>
      {sent ? (
        <p role="status" className="mt-3 rounded-md bg-green-50 p-3 text-sm text-green-800">
          Thank you! Your message was sent to {creatorName}. We emailed you a private link where you
          can read their answer and write back.
        </p>
      ) : null}
      <Form method="post" className="relative mt-4 space-y-4" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="inquiry" />
        <HoneypotInput />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Your name"
            errors={fields.name.errors}
            {...getInputProps(fields.name, { type: "text" })}
            autoComplete="name"
          />
          <Field
            label="Your email"
            errors={fields.email.errors}
            {...getInputProps(fields.email, { type: "email" })}
            autoComplete="email"
          />
        </div>
        <TextareaField
          label="Message"
          errors={fields.message.errors}
          {...getTextareaProps(fields.message)}
        />
        <Field
          label={`Budget (${currency}, optional)`}
          errors={fields.budget.errors}
          {...getInputProps(fields.budget, { type: "number" })}
          step="0.01"
          inputMode="decimal"
        />
        <ErrorList id={form.errorId} errors={form.errors} />
        <SubmitButton pendingText="Sending…">Send inquiry</SubmitButton>
      </Form>
    </section>
  );
}
