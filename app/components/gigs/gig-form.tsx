import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form } from "@remix-run/react";
import { GIG_PLATFORMS } from "~/db/schema/gigs";
import { ErrorList, Field, SubmitButton, TextareaField } from "~/components/forms";
import { GigSchema, PLATFORM_LABELS } from "~/models/gigs/gig-schema";
import { CURRENCIES } from "~/models/gigs/money";
import { useLightForm } from "~/utils/light-form";

const constraint = getZodConstraint(GigSchema);

export type GigFormDefaults = {
  title: string;
  description: string;
  budgetMin: string;
  budgetMax: string;
  currency: string;
  remote: boolean;
  location: string;
  requirements: string;
  deliverables: string;
  deadline: string;
  creatorsWanted: string;
  categoryIds: string[];
  platforms: string[];
};

export function GigForm({
  lastResult,
  defaults,
  categories,
  submitLabel,
}: {
  lastResult: SubmissionResult<string[]> | undefined;
  defaults?: GigFormDefaults;
  categories: { id: number; name: string }[];
  submitLabel: string;
}) {
  const { remote, ...rest } = defaults ?? { currency: "USD", creatorsWanted: "1", remote: true };
  const [form, fields] = useLightForm({
    id: "gig",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: GigSchema }),
    // As Conform writes a checked checkbox's value ("on"); the server-side light form takes values
    // as the form sends them.
    defaultValue: { ...rest, remote: remote ? "on" : undefined },
  });
  const selectedCats = new Set(
    (fields.categoryIds.initialValue as string[] | undefined) ?? defaults?.categoryIds ?? [],
  );
  const selectedPlatforms = new Set(
    (fields.platforms.initialValue as string[] | undefined) ?? defaults?.platforms ?? [],
  );
  return (
    <Form method="post" className="card space-y-5" {...getFormProps(form)}>
      <Field
        label="Title"
        errors={fields.title.errors}
        {...getInputProps(fields.title, { type: "text" })}
      />
      <TextareaField
        label="Description"
        errors={fields.description.errors}
        {...getTextareaProps(fields.description)}
        rows={6}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Budget from"
          hint="In whole units, e.g. 500"
          errors={fields.budgetMin.errors}
          {...getInputProps(fields.budgetMin, { type: "text" })}
          inputMode="decimal"
        />
        <Field
          label="Budget up to"
          errors={fields.budgetMax.errors}
          {...getInputProps(fields.budgetMax, { type: "text" })}
          inputMode="decimal"
        />
        <div>
          <label htmlFor={fields.currency.id} className="label">
            Currency
          </label>
          <select {...getSelectProps(fields.currency)} className="input">
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Location"
          hint="City or region; leave empty if remote only"
          errors={fields.location.errors}
          {...getInputProps(fields.location, { type: "text" })}
        />
        <label className="flex items-center gap-2 self-center text-sm">
          <input {...getInputProps(fields.remote, { type: "checkbox" })} />
          Remote is fine
        </label>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Apply by (deadline)"
          errors={fields.deadline.errors}
          {...getInputProps(fields.deadline, { type: "date" })}
        />
        <Field
          label="Creators wanted"
          errors={fields.creatorsWanted.errors}
          {...getInputProps(fields.creatorsWanted, { type: "number" })}
        />
      </div>
      <TextareaField
        label="Deliverables"
        hint="One per line, e.g. “1 Instagram reel (30–60 s)”."
        errors={fields.deliverables.errors}
        {...getTextareaProps(fields.deliverables)}
        rows={4}
      />
      <TextareaField
        label="Requirements"
        hint="Audience, style, rights, anything creators must know."
        errors={fields.requirements.errors}
        {...getTextareaProps(fields.requirements)}
        rows={3}
      />
      <fieldset>
        <legend className="label">Categories (up to 5)</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {categories.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={fields.categoryIds.name}
                value={String(c.id)}
                defaultChecked={selectedCats.has(String(c.id))}
              />
              {c.name}
            </label>
          ))}
        </div>
        <ErrorList id={fields.categoryIds.errorId} errors={fields.categoryIds.errors} />
      </fieldset>
      <fieldset>
        <legend className="label">Platforms</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {GIG_PLATFORMS.map((p) => (
            <label key={p} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={fields.platforms.name}
                value={p}
                defaultChecked={selectedPlatforms.has(p)}
              />
              {PLATFORM_LABELS[p]}
            </label>
          ))}
        </div>
        <ErrorList id={fields.platforms.errorId} errors={fields.platforms.errors} />
      </fieldset>
      <ErrorList id={form.errorId} errors={form.errors} />
      <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
    </Form>
  );
}
