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
import { REVIEW_MIN_BODY, ReviewSchema } from "~/models/reviews/review-schema";
import { useLightForm } from "~/utils/light-form";

// Computed once, not per render (decision 015).
const constraint = getZodConstraint(ReviewSchema);

const LABELS = ["", "1 – Poor", "2 – Fair", "3 – Good", "4 – Very good", "5 – Excellent"];

export function ReviewForm({
  creatorName,
  lastResult,
}: {
  creatorName: string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useLightForm({
    id: "review",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ReviewSchema }),
  });
  const ratingErrorId = fields.rating.errors?.length ? `${fields.rating.id}-error` : undefined;
  return (
    <Form method="post" className="relative space-y-5" {...getFormProps(form)}>
      <HoneypotInput />
      <fieldset aria-describedby={ratingErrorId} aria-invalid={ratingErrorId ? true : undefined}>
        <legend className="label">Your rating of {creatorName}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {[5, 4, 3, 2, 1].map((n) => (
            <label
              key={n}
              className="flex items-center gap-2 rounded-md border border-slate-200 px-3 py-2"
            >
              <input
                type="radio"
                name={fields.rating.name}
                value={String(n)}
                defaultChecked={fields.rating.initialValue === String(n)}
              />
              <span aria-hidden="true">{"★".repeat(n)}</span>
              <span className="text-sm">{LABELS[n]}</span>
            </label>
          ))}
        </div>
        <ErrorList id={ratingErrorId} errors={fields.rating.errors} />
      </fieldset>
      <TextareaField
        label="Your review"
        hint={`At least ${REVIEW_MIN_BODY} characters. It will be shown publicly with your first name.`}
        errors={fields.body.errors}
        {...getTextareaProps(fields.body)}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Your name"
          errors={fields.name.errors}
          {...getInputProps(fields.name, { type: "text" })}
          autoComplete="name"
        />
        <Field
          label="Your email (not published)"
          errors={fields.email.errors}
          {...getInputProps(fields.email, { type: "email" })}
          autoComplete="email"
        />
      </div>
      <Field
        label="Phone (optional, not published)"
        errors={fields.phone.errors}
        {...getInputProps(fields.phone, { type: "tel" })}
        autoComplete="tel"
      />
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name={fields.consent.name}
            value="on"
            defaultChecked={fields.consent.initialValue === "on"}
            className="mt-1"
            aria-describedby={
              fields.consent.errors?.length ? `${fields.consent.id}-error` : undefined
            }
          />
          <span>
            I agree that my review, rating and name are published on {creatorName}’s Gigfolio page.
          </span>
        </label>
        <ErrorList id={`${fields.consent.id}-error`} errors={fields.consent.errors} />
      </div>
      <ErrorList id={form.errorId} errors={form.errors} />
      <SubmitButton pendingText="Sending…">Publish my review</SubmitButton>
    </Form>
  );
}
