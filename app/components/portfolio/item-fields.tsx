import {
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type FieldMetadata,
} from "@conform-to/react";
import { ErrorList, Field, type ListOfErrors, TextareaField } from "~/components/forms";
import { ITEM_KINDS } from "~/db/schema/portfolio-extras";

export const KIND_LABELS = {
  image: "Image",
  video: "Video",
  audio: "Audio",
  link: "Link",
} as const;

type ItemFieldNames = "kind" | "title" | "url" | "brand" | "itemDate" | "description" | "featured";

/** The fields of a portfolio item, shared by the add form and the edit page. */
export function ItemFields({
  fields,
  imageErrors,
  imageLabel,
}: {
  fields: Record<ItemFieldNames, FieldMetadata<unknown>>;
  imageErrors?: ListOfErrors;
  imageLabel: string;
}) {
  return (
    <>
      <div>
        <label htmlFor={fields.kind.id} className="label">
          Kind
        </label>
        <select {...getSelectProps(fields.kind)} className="input">
          {ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="Title"
        errors={fields.title.errors}
        {...getInputProps(fields.title, { type: "text" })}
      />
      <Field
        className="sm:col-span-2"
        label="Link (YouTube, Vimeo, Instagram, TikTok, SoundCloud, any web page)"
        errors={fields.url.errors}
        {...getInputProps(fields.url, { type: "url" })}
      />
      <div className="sm:col-span-2">
        <label htmlFor="item-image" className="label">
          {imageLabel}
        </label>
        <input
          id="item-image"
          name="image"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          className="input"
          aria-invalid={imageErrors?.length ? true : undefined}
          aria-describedby={imageErrors?.length ? "item-image-error" : undefined}
        />
        <ErrorList id="item-image-error" errors={imageErrors} />
      </div>
      <Field
        label="Brand worked with"
        errors={fields.brand.errors}
        {...getInputProps(fields.brand, { type: "text" })}
      />
      <Field
        label="Date"
        errors={fields.itemDate.errors}
        {...getInputProps(fields.itemDate, { type: "date" })}
      />
      <TextareaField
        className="sm:col-span-2"
        label="Description"
        errors={fields.description.errors}
        {...getTextareaProps(fields.description)}
        rows={3}
      />
      <div className="sm:col-span-2">
        <label className="flex items-center gap-2 text-sm">
          <input {...getInputProps(fields.featured, { type: "checkbox" })} />
          Feature this item
        </label>
        <ErrorList id={fields.featured.errorId} errors={fields.featured.errors} />
      </div>
    </>
  );
}
