import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { Link } from "~/components/link";
import { useEffect, useState } from "react";
import { ErrorList, Field, SubmitButton, TextareaField } from "~/components/forms";
import { HoneypotInput } from "~/components/honeypot";
import { BookingRequestSchema } from "~/models/bookings/booking-schema";
import { formatMoney } from "~/utils/format";
import { useLightForm } from "~/utils/light-form";
import { MonthPicker } from "./month-picker";

const constraint = getZodConstraint(BookingRequestSchema);

type Props = {
  slug: string;
  /** The creator's currency: the budget is asked and stored in it. */
  currency: string;
  lastResult?: SubmissionResult<string[]>;
  packages: { id: string; name: string; priceCents: number; currency: string }[];
  nextDates: { date: string; label: string }[];
  available: Record<string, boolean>;
  defaultDate: string;
  minDate: string;
  maxDate: string;
};

export function BookingForm({
  slug,
  currency,
  lastResult,
  packages,
  nextDates,
  available,
  defaultDate,
  minDate,
  maxDate,
}: Props) {
  // Conform's store in the browser, plain metadata on the server (decision 015).
  const [form, fields] = useLightForm({
    id: "booking",
    lastResult,
    defaultValue: { date: defaultDate },
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BookingRequestSchema }),
  });
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const dateValue = typeof fields.date.value === "string" ? fields.date.value : "";
  return (
    <Form method="post" className="relative space-y-5" {...getFormProps(form)}>
      <HoneypotInput />
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">When</legend>
        {hydrated ? (
          <MonthPicker
            available={available}
            value={dateValue}
            onPick={(date) => form.update({ name: fields.date.name, value: date })}
          />
        ) : null}
        <Field
          label="Date"
          errors={fields.date.errors}
          {...getInputProps(fields.date, { type: "date" })}
          min={minDate}
          max={maxDate}
        />
        {nextDates.length ? (
          <div>
            <p className="text-sm text-slate-600" id="next-dates-title">
              Next available dates:
            </p>
            <ul aria-labelledby="next-dates-title" className="mt-1 flex flex-wrap gap-2">
              {nextDates.map((d) => (
                <li key={d.date}>
                  <Link
                    to={`/${slug}/book?date=${d.date}`}
                    replace
                    preventScrollReset
                    className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-900 hover:bg-brand-100"
                  >
                    {d.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-sm text-slate-600">
            There are no free dates in the coming year. Send an inquiry instead.
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label="Start time (optional)"
            errors={fields.startTime.errors}
            {...getInputProps(fields.startTime, { type: "time" })}
          />
          <Field
            label="Duration in minutes (optional)"
            errors={fields.durationMinutes.errors}
            {...getInputProps(fields.durationMinutes, { type: "number" })}
            step="15"
          />
        </div>
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">What</legend>
        {packages.length ? (
          <div>
            <label htmlFor={fields.packageId.id} className="label">
              Package
            </label>
            <select {...getSelectProps(fields.packageId)} className="input">
              <option value="">Custom request (describe below)</option>
              {packages.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} · {formatMoney(p.priceCents, p.currency)}
                </option>
              ))}
            </select>
            <ErrorList errors={fields.packageId.errors} />
          </div>
        ) : null}
        <TextareaField
          label={packages.length ? "Custom request (if no package fits)" : "What do you need?"}
          errors={fields.customRequest.errors}
          {...getTextareaProps(fields.customRequest)}
          rows={3}
        />
        <Field
          label={`Budget (${currency}, optional)`}
          errors={fields.budget.errors}
          {...getInputProps(fields.budget, { type: "number" })}
          step="0.01"
          inputMode="decimal"
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">You</legend>
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
        <Field
          label="Phone (optional)"
          errors={fields.phone.errors}
          {...getInputProps(fields.phone, { type: "tel" })}
          autoComplete="tel"
        />
        <TextareaField
          label="Message"
          errors={fields.message.errors}
          {...getTextareaProps(fields.message)}
        />
      </fieldset>
      <ErrorList id={form.errorId} errors={form.errors} />
      <SubmitButton pendingText="Sending…">Send booking request</SubmitButton>
    </Form>
  );
}
