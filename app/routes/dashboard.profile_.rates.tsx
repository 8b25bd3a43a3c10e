import { getFormProps, getInputProps, getSelectProps, getTextareaProps } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton, TextareaField } from "~/components/forms";
import { EditorNav } from "~/components/portfolio/editor-nav";
import { formatCents } from "~/components/portfolio/format";
import { requireCreatorProfile } from "~/models/portfolio/owner.server";
import {
  addPackage,
  deletePackage,
  listPackages,
  MAX_PACKAGES,
  saveRates,
  updatePackage,
} from "~/models/portfolio/packages.server";
import { CURRENCIES, PackageSchema, RatesSchema } from "~/models/portfolio/portfolio-schemas";
import { useLightForm } from "~/utils/light-form";

export const meta: MetaFunction = () => [{ title: "Rates · Portfolio · Gigfolio" }];

// Computed once, not per render (decision 015).
const packageConstraint = getZodConstraint(PackageSchema);
const ratesConstraint = getZodConstraint(RatesSchema);

const major = (cents: number | null) =>
  cents == null ? "" : (cents / 100).toFixed(cents % 100 === 0 ? 0 : 2);

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, profile } = await requireCreatorProfile(request);
  return {
    slug: profile.slug,
    rates: {
      currency: profile.currency,
      budgetMin: major(profile.budgetMinCents),
      budgetMax: major(profile.budgetMaxCents),
      spacesThisMonth: profile.spacesThisMonth == null ? "" : String(profile.spacesThisMonth),
    },
    packages: listPackages(user.id),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireCreatorProfile(request);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const id = String(formData.get("id") ?? "");
  if (intent === "rates") {
    const submission = parseWithZod(formData, { schema: RatesSchema });
    if (submission.status !== "success")
      return data({ form: "rates", result: submission.reply() }, { status: 400 });
    saveRates(user.id, submission.value);
    return redirect("/dashboard/profile/rates?saved=rates");
  }
  if (intent === "delete") {
    invariantResponse(deletePackage(user.id, id), "No such package.", { status: 404 });
    return redirect("/dashboard/profile/rates?removed=1");
  }
  const submission = parseWithZod(formData, { schema: PackageSchema });
  const formKey = intent === "update" ? `package-${id}` : "package-new";
  if (submission.status !== "success")
    return data({ form: formKey, result: submission.reply() }, { status: 400 });
  if (intent === "update") {
    invariantResponse(updatePackage(user.id, id, submission.value), "No such package.", {
      status: 404,
    });
  } else {
    const created = addPackage(user.id, submission.value);
    if (created === "limit")
      return data(
        {
          form: formKey,
          result: submission.reply({ formErrors: [`At most ${MAX_PACKAGES} packages`] }),
        },
        { status: 400 },
      );
  }
  return redirect("/dashboard/profile/rates?saved=package");
}

type Pkg = ReturnType<typeof useLoaderData<typeof loader>>["packages"][number];

function PackageForm({ pkg, currency }: { pkg?: Pkg; currency: string }) {
  const actionData = useActionData<typeof action>();
  const id = pkg ? `package-${pkg.id}` : "package-new";
  const [form, fields] = useLightForm({
    id,
    lastResult: actionData?.form === id ? actionData.result : undefined,
    constraint: packageConstraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PackageSchema }),
    defaultValue: pkg
      ? {
          name: pkg.name,
          price: major(pkg.priceCents),
          includes: pkg.includes,
          deliveryDays: String(pkg.deliveryDays),
        }
      : undefined,
  });
  return (
    <Form method="post" className="grid gap-3 sm:grid-cols-4" {...getFormProps(form)}>
      <input type="hidden" name="id" value={pkg?.id ?? ""} />
      <Field
        className="sm:col-span-2"
        label="Package name"
        errors={fields.name.errors}
        {...getInputProps(fields.name, { type: "text" })}
      />
      <Field
        label={`Price (${currency})`}
        errors={fields.price.errors}
        {...getInputProps(fields.price, { type: "text" })}
        inputMode="decimal"
      />
      <Field
        label="Delivery (days)"
        errors={fields.deliveryDays.errors}
        {...getInputProps(fields.deliveryDays, { type: "number" })}
        min={1}
        max={365}
      />
      <TextareaField
        className="sm:col-span-4"
        label="What is included"
        hint="One deliverable per line."
        errors={fields.includes.errors}
        {...getTextareaProps(fields.includes)}
        rows={3}
      />
      <ErrorList id={form.errorId} errors={form.errors} />
      <div className="sm:col-span-4">
        <SubmitButton name="intent" value={pkg ? "update" : "add"}>
          {pkg ? "Save package" : "Add package"}
        </SubmitButton>
      </div>
    </Form>
  );
}

export default function RatesEditor() {
  const { slug, rates, packages } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useLightForm({
    id: "rates",
    lastResult: actionData?.form === "rates" ? actionData.result : undefined,
    constraint: ratesConstraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RatesSchema }),
    defaultValue: rates,
  });
  return (
    <div className="space-y-6">
      <EditorNav slug={slug} />
      <h1 className="text-2xl font-bold">Rates</h1>
      {searchParams.get("saved") || searchParams.get("removed") ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          {searchParams.get("removed") ? "Package removed." : "Saved."}
        </p>
      ) : null}
      <section aria-labelledby="budget-title" className="card">
        <h2 id="budget-title" className="text-lg font-semibold">
          Budget range and availability
        </h2>
        <Form method="post" className="mt-4 grid gap-4 sm:grid-cols-4" {...getFormProps(form)}>
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
            <ErrorList id={fields.currency.errorId} errors={fields.currency.errors} />
          </div>
          <Field
            label="Minimum budget"
            errors={fields.budgetMin.errors}
            {...getInputProps(fields.budgetMin, { type: "text" })}
            inputMode="decimal"
          />
          <Field
            label="Maximum budget"
            errors={fields.budgetMax.errors}
            {...getInputProps(fields.budgetMax, { type: "text" })}
            inputMode="decimal"
          />
          <Field
            label="Spaces this month"
            errors={fields.spacesThisMonth.errors}
            {...getInputProps(fields.spacesThisMonth, { type: "number" })}
            min={0}
          />
          <div className="sm:col-span-4">
            <SubmitButton name="intent" value="rates">
              Save budget
            </SubmitButton>
          </div>
        </Form>
      </section>
      <section aria-labelledby="packages-title" className="space-y-4">
        <h2 id="packages-title" className="text-lg font-semibold">
          Packages
        </h2>
        {packages.length === 0 ? (
          <p className="card text-slate-600">
            No packages yet. A clear rate card gets more inquiries.
          </p>
        ) : null}
        {packages.map((p) => (
          <div key={p.id} className="card space-y-3">
            <h3 className="font-semibold">
              {p.name} · {formatCents(p.priceCents, p.currency)}
            </h3>
            <PackageForm pkg={p} currency={rates.currency} />
            <Form method="post">
              <input type="hidden" name="id" value={p.id} />
              <button type="submit" name="intent" value="delete" className="btn-danger">
                Remove {p.name}
              </button>
            </Form>
          </div>
        ))}
        <div className="card space-y-3">
          <h3 className="font-semibold">Add a package</h3>
          <PackageForm currency={rates.currency} />
        </div>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
