import { getFormProps } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { Link } from "~/components/link";
import { ItemFields } from "~/components/portfolio/item-fields";
import { ItemMedia } from "~/components/portfolio/item-media";
import { linkPreview } from "~/models/portfolio/embeds";
import { imageUrl, keepUploadOnlyIfSaved } from "~/models/portfolio/images.server";
import { FeaturedLimitError, getItem, updateItem } from "~/models/portfolio/items.server";
import { parseItemForm, readItemFormData } from "~/models/portfolio/item-form.server";
import { requireCreatorProfile } from "~/models/portfolio/owner.server";
import { PortfolioItemSchema } from "~/models/portfolio/portfolio-schemas";
import { useLightForm } from "~/utils/light-form";

const constraint = getZodConstraint(PortfolioItemSchema);

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Edit ${data?.item.title ?? "item"} · Portfolio · Gigfolio` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user } = await requireCreatorProfile(request);
  const item = getItem(user.id, params.itemId ?? "");
  invariantResponse(item, "No such item in your portfolio.", { status: 404 });
  return {
    item: {
      id: item.id,
      kind: item.kind,
      title: item.title,
      url: item.url,
      brand: item.brand,
      itemDate: item.itemDate,
      featured: item.featured,
      description: item.description,
      image: imageUrl(item.imageId, "item-400"),
      preview: item.url ? linkPreview(item.url) : null,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await requireCreatorProfile(request);
  const id = params.itemId ?? "";
  invariantResponse(getItem(user.id, id), "No such item in your portfolio.", { status: 404 });
  const formData = await readItemFormData(request);
  if ("refusal" in formData) return data({ result: formData.refusal }, { status: formData.status });
  const parsed = await parseItemForm(user.id, formData, { needsSource: false });
  if ("refusal" in parsed) return data({ result: parsed.refusal }, { status: parsed.status });
  const { submission } = parsed;
  // A new upload replaces the image; "remove" clears it; otherwise it stays.
  const imageId = parsed.imageId ?? (formData.get("removeImage") === "on" ? null : undefined);
  try {
    const updated = keepUploadOnlyIfSaved(
      parsed.imageId,
      () => updateItem(user.id, id, { ...submission.value, imageId }),
      (result) => result !== null && result !== "needs-media",
    );
    invariantResponse(updated, "No such item in your portfolio.", { status: 404 });
    if (updated === "needs-media")
      return data(
        { result: submission.reply({ fieldErrors: { url: ["Add a link or keep an image"] } }) },
        { status: 400 },
      );
  } catch (error) {
    if (error instanceof FeaturedLimitError)
      return data(
        { result: submission.reply({ fieldErrors: { featured: [error.message] } }) },
        { status: 400 },
      );
    throw error;
  }
  return redirect("/dashboard/profile/items?updated=1");
}

export default function EditItem() {
  const { item } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useLightForm({
    id: `item-${item.id}`,
    lastResult: actionData?.result,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PortfolioItemSchema }),
    defaultValue: {
      kind: item.kind,
      title: item.title,
      url: item.url ?? "",
      brand: item.brand,
      itemDate: item.itemDate ?? "",
      description: item.description,
      featured: item.featured ? "on" : undefined,
    },
  });
  const imageErrors = (actionData?.result as { error?: Record<string, string[]> } | undefined)
    ?.error?.image;
  return (
    <div className="space-y-6">
      <p>
        <Link to="/dashboard/profile/items" className="text-sm underline">
          ← All portfolio items
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Edit “{item.title}”</h1>
      <section className="card" aria-labelledby="edit-item">
        <h2 id="edit-item" className="sr-only">
          Item details
        </h2>
        {item.image || item.preview ? (
          <div className="mb-4 w-full sm:w-60">
            <ItemMedia item={item} small />
          </div>
        ) : null}
        <Form
          method="post"
          encType="multipart/form-data"
          className="grid gap-4 sm:grid-cols-2"
          {...getFormProps(form)}
        >
          <ItemFields
            fields={fields}
            imageErrors={imageErrors}
            imageLabel={
              item.image
                ? "Replace the image (JPEG, PNG or WebP, up to 5 MB)"
                : "Or upload an image (JPEG, PNG or WebP, up to 5 MB)"
            }
          />
          {item.image ? (
            <label className="flex items-center gap-2 text-sm sm:col-span-2">
              <input type="checkbox" name="removeImage" />
              Remove the current image
            </label>
          ) : null}
          <ErrorList id={form.errorId} errors={form.errors} />
          <div className="flex gap-3 sm:col-span-2">
            <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
            <Link to="/dashboard/profile/items" className="btn-secondary">
              Cancel
            </Link>
          </div>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
