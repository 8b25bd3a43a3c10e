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
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { Link } from "~/components/link";
import { EditorNav } from "~/components/portfolio/editor-nav";
import { ItemFields, KIND_LABELS } from "~/components/portfolio/item-fields";
import { ItemMedia } from "~/components/portfolio/item-media";
import { linkPreview } from "~/models/portfolio/embeds";
import { imageUrl, keepUploadOnlyIfSaved } from "~/models/portfolio/images.server";
import {
  addItem,
  deleteItem,
  FeaturedLimitError,
  listItems,
  moveItem,
  setFeatured,
} from "~/models/portfolio/items.server";
import { parseItemForm, readItemFormData } from "~/models/portfolio/item-form.server";
import { requireCreatorProfile } from "~/models/portfolio/owner.server";
import { MAX_FEATURED, PortfolioItemSchema } from "~/models/portfolio/portfolio-schemas";
import { useLightForm } from "~/utils/light-form";

const constraint = getZodConstraint(PortfolioItemSchema);

export const meta: MetaFunction = () => [{ title: "Portfolio items · Portfolio · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, profile } = await requireCreatorProfile(request);
  const items = listItems(user.id).map((i) => ({
    id: i.id,
    kind: i.kind,
    title: i.title,
    url: i.url,
    brand: i.brand,
    itemDate: i.itemDate,
    featured: i.featured,
    description: i.description,
    image: imageUrl(i.imageId, "item-400"),
    preview: i.url ? linkPreview(i.url) : null,
  }));
  return { slug: profile.slug, items };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireCreatorProfile(request);
  const formData = await readItemFormData(request);
  if ("refusal" in formData)
    return data({ listError: null, result: formData.refusal }, { status: formData.status });
  const intent = String(formData.get("intent") ?? "add");
  const id = String(formData.get("id") ?? "");
  if (intent === "up" || intent === "down") {
    invariantResponse(moveItem(user.id, id, intent), "No such item.", { status: 404 });
    return redirect("/dashboard/profile/items");
  }
  if (intent === "delete") {
    invariantResponse(deleteItem(user.id, id), "No such item.", { status: 404 });
    return redirect("/dashboard/profile/items?removed=1");
  }
  if (intent === "feature" || intent === "unfeature") {
    try {
      invariantResponse(setFeatured(user.id, id, intent === "feature"), "No such item.", {
        status: 404,
      });
    } catch (error) {
      if (error instanceof FeaturedLimitError)
        return data({ listError: error.message, result: undefined }, { status: 400 });
      throw error;
    }
    return redirect("/dashboard/profile/items");
  }
  const parsed = await parseItemForm(user.id, formData, { needsSource: true });
  if ("refusal" in parsed)
    return data({ listError: null, result: parsed.refusal }, { status: parsed.status });
  const { submission, imageId } = parsed;
  try {
    const created = keepUploadOnlyIfSaved(
      imageId,
      () => addItem(user.id, { ...submission.value, imageId: imageId ?? null }),
      (result) => result !== null && result !== "limit",
    );
    if (created === "limit")
      return data(
        {
          listError: null,
          result: submission.reply({
            formErrors: ["You have reached the 50-item limit; remove one first"],
          }),
        },
        { status: 400 },
      );
  } catch (error) {
    if (error instanceof FeaturedLimitError)
      return data(
        {
          listError: null,
          result: submission.reply({ fieldErrors: { featured: [error.message] } }),
        },
        { status: 400 },
      );
    throw error;
  }
  return redirect("/dashboard/profile/items?saved=1");
}

/** What the page says after a redirect back from adding (?saved=1), editing or removing an item. */
const NOTICES = { saved: "Item added.", updated: "Item saved.", removed: "Item removed." };

export default function ItemsEditor() {
  const { slug, items } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const result = actionData && "result" in actionData ? actionData.result : undefined;
  const [form, fields] = useLightForm({
    id: "item-new",
    lastResult: result,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PortfolioItemSchema }),
    defaultValue: { kind: "image" },
  });
  const featuredCount = items.filter((i) => i.featured).length;
  const notice = Object.entries(NOTICES).find(([param]) => searchParams.get(param) === "1")?.[1];
  const imageErrors = (result as { error?: Record<string, string[]> } | undefined)?.error?.image;
  const listError = actionData && "listError" in actionData ? actionData.listError : null;
  return (
    <div className="space-y-6">
      <EditorNav slug={slug} />
      <div>
        <h1 className="text-2xl font-bold">Portfolio items</h1>
        <p className="mt-1 text-sm text-slate-600">
          Show your best work. Feature up to {MAX_FEATURED} ({featuredCount} featured now); featured
          items come first on your page.
        </p>
      </div>
      {notice ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      {listError ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {listError}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="card text-slate-600">
          No items yet. Add a photo you took, a video link or a campaign you worked on.
        </p>
      ) : (
        <ol className="space-y-3">
          {items.map((item, index) => (
            <li key={item.id} className="card flex flex-col gap-3 sm:flex-row sm:items-center">
              <div className="w-full sm:w-40">
                <ItemMedia item={item} small />
              </div>
              <div className="flex-1">
                <p className="font-semibold">
                  {item.title}{" "}
                  {item.featured ? (
                    <span className="ml-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs text-amber-900">
                      Featured
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-600">
                  {KIND_LABELS[item.kind]}
                  {item.brand ? ` · ${item.brand}` : ""}
                  {item.itemDate ? ` · ${item.itemDate}` : ""}
                </p>
              </div>
              <Form method="post" className="flex flex-wrap gap-2">
                <Link to={`/dashboard/profile/items/${item.id}`} className="btn-secondary">
                  Edit<span className="sr-only"> {item.title}</span>
                </Link>
                <input type="hidden" name="id" value={item.id} />
                <button
                  type="submit"
                  name="intent"
                  value="up"
                  className="btn-secondary"
                  disabled={index === 0}
                  aria-label={`Move ${item.title} up`}
                >
                  ↑ Up
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="down"
                  className="btn-secondary"
                  disabled={index === items.length - 1}
                  aria-label={`Move ${item.title} down`}
                >
                  ↓ Down
                </button>
                <button
                  type="submit"
                  name="intent"
                  value={item.featured ? "unfeature" : "feature"}
                  className="btn-secondary"
                >
                  {item.featured ? "Unfeature" : "Feature"}
                  <span className="sr-only"> {item.title}</span>
                </button>
                <button type="submit" name="intent" value="delete" className="btn-danger">
                  Remove<span className="sr-only"> {item.title}</span>
                </button>
              </Form>
            </li>
          ))}
        </ol>
      )}
      <section aria-labelledby="add-item" className="card">
        <h2 id="add-item" className="text-lg font-semibold">
          Add an item
        </h2>
        <Form
          method="post"
          encType="multipart/form-data"
          className="mt-4 grid gap-4 sm:grid-cols-2"
          {...getFormProps(form)}
        >
          <ItemFields
            fields={fields}
            imageErrors={imageErrors}
            imageLabel="Or upload an image (JPEG, PNG or WebP, up to 5 MB)"
          />
          <ErrorList id={form.errorId} errors={form.errors} />
          <div className="sm:col-span-2">
            <SubmitButton pendingText="Adding…">Add item</SubmitButton>
          </div>
        </Form>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
