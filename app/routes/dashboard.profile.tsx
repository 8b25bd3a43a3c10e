import { getFormProps, getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { z } from "zod";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton, TextareaField } from "~/components/forms";
import { EditorNav } from "~/components/portfolio/editor-nav";
import { ProfileSchema } from "~/models/portfolio/profile-schema";
import {
  getProfileForOwner,
  listCategories,
  listSkills,
  saveProfile,
  SlugTakenError,
} from "~/models/portfolio/profiles.server";
import { requireCreator } from "~/utils/require-creator.server";
import { useLightForm } from "~/utils/light-form";
import { timeZoneChoices } from "~/utils/time-zones.server";
import { getOrigin } from "~/utils/url.server";

export const meta: MetaFunction = () => [{ title: "Edit portfolio · Gigfolio" }];

const constraint = getZodConstraint(ProfileSchema);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const profile = getProfileForOwner(user.id);
  return {
    origin: getOrigin(request),
    categories: listCategories(),
    skills: listSkills(),
    timeZones: timeZoneChoices(profile?.timeZone),
    profile: profile
      ? {
          displayName: profile.displayName,
          slug: profile.slug,
          headline: profile.headline,
          bio: profile.bio,
          visibility: profile.visibility,
          categoryIds: profile.categoryIds.map(String),
          skillIds: profile.skillIds.map(String),
          location: profile.location,
          timeZone: profile.timeZone,
          languages: profile.languages,
        }
      : null,
    suggestion: { displayName: user.displayName },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCreator(request);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: ProfileSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    saveProfile(user.id, submission.value);
  } catch (error) {
    if (error instanceof SlugTakenError) {
      return data(submission.reply({ fieldErrors: { slug: [error.message] } }), { status: 400 });
    }
    throw error;
  }
  return redirect("/dashboard/profile?saved=1");
}

export default function ProfileEditor() {
  const { profile, categories, skills, timeZones, origin, suggestion } =
    useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  // Conform's store in the browser, plain metadata on the server (decision 015).
  const [form, fields] = useLightForm<z.infer<typeof ProfileSchema>>({
    id: "profile",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileSchema }),
    defaultValue: profile ?? {
      displayName: suggestion.displayName,
      visibility: "public",
      categoryIds: [],
      skillIds: [],
      timeZone: "UTC",
    },
  });
  const selected = new Set((fields.categoryIds.initialValue as string[] | undefined) ?? []);
  const selectedSkills = new Set((fields.skillIds.initialValue as string[] | undefined) ?? []);
  return (
    <div className="space-y-6">
      <EditorNav slug={profile?.slug ?? null} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{profile ? "Basics" : "Set up your portfolio"}</h1>
        {profile ? (
          <Link to={`/${profile.slug}`} className="link">
            View public page
          </Link>
        ) : null}
      </div>
      {searchParams.get("saved") === "1" && profile ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Saved. Your page is at{" "}
          <Link to={`/${profile.slug}`} className="link">
            {origin}/{profile.slug}
          </Link>
        </p>
      ) : null}
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        <Field
          label="Display name"
          errors={fields.displayName.errors}
          {...getInputProps(fields.displayName, { type: "text" })}
        />
        <Field
          label="Link name"
          hint={`Your page will be at ${origin}/your-link-name. Lowercase letters, digits and dashes.`}
          errors={fields.slug.errors}
          {...getInputProps(fields.slug, { type: "text" })}
          autoCapitalize="none"
          spellCheck={false}
        />
        <Field
          label="Headline"
          hint="One line about what you do."
          errors={fields.headline.errors}
          {...getInputProps(fields.headline, { type: "text" })}
        />
        <TextareaField
          label="Bio"
          hint="Line breaks are kept."
          errors={fields.bio.errors}
          {...getTextareaProps(fields.bio)}
          rows={6}
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
                  defaultChecked={selected.has(String(c.id))}
                />
                {c.name}
              </label>
            ))}
          </div>
          <ErrorList id={fields.categoryIds.errorId} errors={fields.categoryIds.errors} />
        </fieldset>
        <fieldset>
          <legend className="label">Skills (up to 10)</legend>
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {skills.map((s) => (
              <label key={s.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name={fields.skillIds.name}
                  value={String(s.id)}
                  defaultChecked={selectedSkills.has(String(s.id))}
                />
                {s.name}
              </label>
            ))}
          </div>
          <ErrorList id={fields.skillIds.errorId} errors={fields.skillIds.errors} />
        </fieldset>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            label="Location"
            hint="City and country, e.g. Stockholm, Sweden."
            errors={fields.location.errors}
            {...getInputProps(fields.location, { type: "text" })}
            autoComplete="address-level2"
          />
          <div>
            <label htmlFor={fields.timeZone.id} className="label">
              Time zone
            </label>
            <select {...getSelectProps(fields.timeZone)} className="input">
              {timeZones.map((tz) => (
                <option key={tz} value={tz}>
                  {tz.replace(/_/g, " ")}
                </option>
              ))}
            </select>
            <ErrorList id={fields.timeZone.errorId} errors={fields.timeZone.errors} />
          </div>
        </div>
        <Field
          label="Languages"
          hint="Comma-separated, e.g. English, Swedish."
          errors={fields.languages.errors}
          {...getInputProps(fields.languages, { type: "text" })}
        />
        <div>
          <label htmlFor={fields.visibility.id} className="label">
            Visibility
          </label>
          <select {...getSelectProps(fields.visibility)} className="input">
            <option value="public">Public — listed and searchable</option>
            <option value="unlisted">Unlisted — only people with the link</option>
            <option value="private">Private — only you</option>
          </select>
          <ErrorList id={fields.visibility.errorId} errors={fields.visibility.errors} />
        </div>
        <ErrorList id={form.errorId} errors={form.errors} />
        <SubmitButton pendingText="Saving…">Save portfolio</SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
