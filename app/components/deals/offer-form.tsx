import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { ErrorList, Field, SubmitButton, TextareaField } from "~/components/forms";
import { OFFER_TTL_CHOICES, OfferSchema } from "~/models/deals/deal-schema";
import { useLightForm } from "~/utils/light-form";

const constraint = getZodConstraint(OfferSchema);

/** Makes a new offer, or counters the open one when `counterOfferId` is set. */
export function OfferForm({
  lastResult,
  currency,
  counterOfferId,
  defaults,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  currency: string;
  counterOfferId?: string;
  defaults?: { amount: string; deliverables: string; timelineDays: string };
}) {
  const [form, fields] = useLightForm({
    id: counterOfferId ? `counter-${counterOfferId}` : "offer",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OfferSchema }),
    defaultValue: { expiresInDays: "7", ...defaults },
  });
  const title = counterOfferId ? "Counter with new terms" : "Make an offer";
  return (
    <Form method="post" className="card space-y-4" {...getFormProps(form)} aria-label={title}>
      <h3 className="font-bold">{title}</h3>
      {counterOfferId ? <input type="hidden" name="offerId" value={counterOfferId} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label={`Amount (${currency})`}
          errors={fields.amount.errors}
          {...getInputProps(fields.amount, { type: "text" })}
          inputMode="decimal"
        />
        <Field
          label="Days to deliver"
          errors={fields.timelineDays.errors}
          {...getInputProps(fields.timelineDays, { type: "number" })}
        />
        <div>
          <label htmlFor={fields.expiresInDays.id} className="label">
            Offer open for
          </label>
          <select {...getSelectProps(fields.expiresInDays)} className="input">
            {OFFER_TTL_CHOICES.map((d) => (
              <option key={d} value={String(d)}>
                {d} {d === 1 ? "day" : "days"}
              </option>
            ))}
          </select>
          <ErrorList id={fields.expiresInDays.errorId} errors={fields.expiresInDays.errors} />
        </div>
      </div>
      <TextareaField
        label="Deliverables (one per line)"
        errors={fields.deliverables.errors}
        {...getTextareaProps(fields.deliverables)}
        rows={3}
      />
      <TextareaField
        label="Message"
        errors={fields.message.errors}
        {...getTextareaProps(fields.message)}
        rows={2}
      />
      <ErrorList id={form.errorId} errors={form.errors} />
      <SubmitButton
        name="intent"
        value={counterOfferId ? "counter" : "offer"}
        pendingText="Sending…"
      >
        {counterOfferId ? "Send counter-offer" : "Send offer"}
      </SubmitButton>
    </Form>
  );
}
