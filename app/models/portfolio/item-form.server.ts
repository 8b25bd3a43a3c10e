import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod";
import { ImageError, processUpload } from "./images.server";
import { PortfolioItemSchema } from "./portfolio-schemas";
import { fileFrom, readUploadForm, UploadTooLargeError } from "./upload.server";

/** What a route answers instead: the form's reply (messages next to the fields) and its status. */
export type ItemFormRefusal = { refusal: SubmissionResult<string[]>; status: 400 | 413 };

/**
 * The item form's fields, or a 413 with the message next to the image field and the fields typed
 * beside the image filled in again (with their own messages, if any).
 */
export async function readItemFormData(request: Request): Promise<FormData | ItemFormRefusal> {
  try {
    return await readUploadForm(request);
  } catch (error) {
    if (!(error instanceof UploadTooLargeError)) throw error;
    const imageError = { image: [error.message] };
    if (!error.fields) return { refusal: { status: "error", error: imageError }, status: 413 };
    const submission = parseWithZod(error.fields, { schema: PortfolioItemSchema });
    return { refusal: submission.reply({ fieldErrors: imageError }), status: 413 };
  }
}

/**
 * Validates the item fields, then stores the uploaded image if one came (`imageId`, undefined when
 * none did). `needsSource`: the item has nothing else to show, so a link or an image is required
 * (checked before anything is stored).
 */
export async function parseItemForm(
  ownerId: string,
  formData: FormData,
  { needsSource }: { needsSource: boolean },
) {
  const submission = parseWithZod(formData, { schema: PortfolioItemSchema });
  if (submission.status !== "success")
    return { refusal: submission.reply(), status: 400 } satisfies ItemFormRefusal;
  const file = fileFrom(formData, "image");
  if (needsSource && !file && !submission.value.url)
    return {
      refusal: submission.reply({ fieldErrors: { url: ["Add a link or upload an image"] } }),
      status: 400,
    } satisfies ItemFormRefusal;
  try {
    const imageId = file ? await processUpload(ownerId, file, "item") : undefined;
    return { submission, imageId };
  } catch (error) {
    if (error instanceof ImageError)
      return {
        refusal: submission.reply({ fieldErrors: { image: [error.message] } }),
        status: 400,
      } satisfies ItemFormRefusal;
    throw error;
  }
}
