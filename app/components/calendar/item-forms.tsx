import {
  getFormProps,
  getInputProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { Field, SubmitButton, TextareaField } from "~/components/forms";
import { ShootSchema, UploadSchema } from "~/models/calendar/calendar-schema";
import { useLightForm } from "~/utils/light-form";

/** Whole units only in a currency without minor units (the yen); cents otherwise. */
const amountStep = (currency: string) =>
  new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
    .maximumFractionDigits === 0
    ? "1"
    : "0.01";

export function ShootForm({
  date,
  currency,
  lastResult,
}: {
  date: string;
  /** The creator's currency: the amount is read and stored in it. */
  currency: string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useLightForm({
    id: "shoot",
    lastResult,
    defaultValue: { date },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ShootSchema }),
    shouldValidate: "onBlur",
    // An error shown goes as soon as the field is right, not on blur: a blur that removes it moves
    // the button under the pointer, and the click is lost.
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" className="space-y-3" {...getFormProps(form)}>
      <input type="hidden" name="date" value={date} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Title"
          errors={fields.title.errors}
          {...getInputProps(fields.title, { type: "text" })}
        />
        <Field
          label="Time (optional)"
          errors={fields.startTime.errors}
          {...getInputProps(fields.startTime, { type: "time" })}
        />
        <Field
          label="Location"
          errors={fields.location.errors}
          {...getInputProps(fields.location, { type: "text" })}
        />
        <Field
          label={`Amount (${currency}, optional)`}
          errors={fields.amount.errors}
          {...getInputProps(fields.amount, { type: "number" })}
          step={amountStep(currency)}
        />
        <Field
          label="Brand"
          errors={fields.brand.errors}
          {...getInputProps(fields.brand, { type: "text" })}
        />
        <Field
          label="Campaign"
          errors={fields.campaign.errors}
          {...getInputProps(fields.campaign, { type: "text" })}
        />
      </div>
      <TextareaField
        label="Notes"
        errors={fields.notes.errors}
        {...getTextareaProps(fields.notes)}
        rows={2}
      />
      <SubmitButton name="intent" value="shoot" pendingText="Adding…">
        Add shoot
      </SubmitButton>
    </Form>
  );
}

export function UploadForm({
  date,
  lastResult,
}: {
  date: string;
  lastResult?: SubmissionResult<string[]>;
}) {
  const [form, fields] = useLightForm({
    id: "upload",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: UploadSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" className="space-y-3" {...getFormProps(form)}>
      <input type="hidden" name="date" value={date} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Title"
          errors={fields.title.errors}
          {...getInputProps(fields.title, { type: "text" })}
        />
        <Field
          label="Time (optional)"
          errors={fields.startTime.errors}
          {...getInputProps(fields.startTime, { type: "time" })}
        />
        <Field
          label="Platform"
          placeholder="Instagram, YouTube, TikTok…"
          errors={fields.platform.errors}
          {...getInputProps(fields.platform, { type: "text" })}
        />
        <Field
          label="Content type"
          placeholder="Reel, story, video…"
          errors={fields.contentType.errors}
          {...getInputProps(fields.contentType, { type: "text" })}
        />
        <Field
          label="Brand"
          errors={fields.brand.errors}
          {...getInputProps(fields.brand, { type: "text" })}
        />
        <Field
          label="Campaign"
          errors={fields.campaign.errors}
          {...getInputProps(fields.campaign, { type: "text" })}
        />
      </div>
      <TextareaField
        label="Notes"
        errors={fields.notes.errors}
        {...getTextareaProps(fields.notes)}
        rows={2}
      />
      <SubmitButton name="intent" value="upload" pendingText="Adding…">
        Add upload
      </SubmitButton>
    </Form>
  );
}
