import { getFormProps, getInputProps, getTextareaProps } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton, TextareaField } from "~/components/forms";
import { BrandProfileSchema } from "~/models/brands/brand-schema";
import {
  BrandSlugTakenError,
  getBrandProfileForOwner,
  saveBrandProfile,
} from "~/models/brands/brands.server";
import { requireBrand } from "~/utils/require-brand.server";
import { useLightForm } from "~/utils/light-form";

const constraint = getZodConstraint(BrandProfileSchema);

export const meta: MetaFunction = () => [{ title: "Brand profile · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireBrand(request);
  const p = getBrandProfileForOwner(user.id);
  return {
    profile: p
      ? {
          company: p.company,
          slug: p.slug,
          industry: p.industry,
          website: p.website ?? "",
          logoUrl: p.logoUrl ?? "",
          description: p.description,
        }
      : null,
    suggestion: user.displayName,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireBrand(request);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: BrandProfileSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    saveBrandProfile(user.id, submission.value);
  } catch (error) {
    if (error instanceof BrandSlugTakenError)
      return data(submission.reply({ fieldErrors: { slug: [error.message] } }), { status: 400 });
    throw error;
  }
  // Sent here from "Post a gig" without a profile: back to the gig form, now that it opens.
  if (formData.get("next") === "gig") return redirect("/dashboard/gigs/new");
  return redirect("/dashboard/brand-profile?saved=1");
}

export default function BrandProfileEditor() {
  const { profile, suggestion } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const [form, fields] = useLightForm({
    id: "brand-profile",
    lastResult,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BrandProfileSchema }),
    defaultValue: profile ?? { company: suggestion },
  });
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">
          {profile ? "Brand profile" : "Set up your brand profile"}
        </h1>
        {profile ? (
          <Link to={`/brands/${profile.slug}`} className="link">
            View public page
          </Link>
        ) : null}
      </div>
      {params.get("saved") === "1" ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Brand profile saved.
        </p>
      ) : null}
      {!profile ? (
        <p className="text-sm text-slate-600">
          Creators see this page when they look at your gigs. You need it before you post a gig.
        </p>
      ) : null}
      <Form method="post" className="card space-y-5" {...getFormProps(form)}>
        {params.get("needed") === "gig" ? <input type="hidden" name="next" value="gig" /> : null}
        <Field
          label="Company"
          errors={fields.company.errors}
          {...getInputProps(fields.company, { type: "text" })}
        />
        <Field
          label="Link name"
          hint="Your page will be at /brands/your-link-name."
          errors={fields.slug.errors}
          {...getInputProps(fields.slug, { type: "text" })}
          autoCapitalize="none"
        />
        <Field
          label="Industry"
          errors={fields.industry.errors}
          {...getInputProps(fields.industry, { type: "text" })}
        />
        <Field
          label="Website"
          hint="https://…"
          errors={fields.website.errors}
          {...getInputProps(fields.website, { type: "url" })}
        />
        <Field
          label="Logo URL"
          hint="An https:// link to your logo image."
          errors={fields.logoUrl.errors}
          {...getInputProps(fields.logoUrl, { type: "url" })}
        />
        <TextareaField
          label="About the brand"
          errors={fields.description.errors}
          {...getTextareaProps(fields.description)}
          rows={5}
        />
        <ErrorList id={form.errorId} errors={form.errors} />
        <SubmitButton pendingText="Saving…">Save brand profile</SubmitButton>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
