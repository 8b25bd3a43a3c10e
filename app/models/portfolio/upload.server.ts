import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
} from "@remix-run/node";
import { MAX_UPLOAD_BYTES } from "./images.server";

const BODY_LIMIT = MAX_UPLOAD_BYTES + 256 * 1024;

export const TOO_LARGE = "The image is larger than 5 MB; choose a smaller one";

/** The route answers 413 with this message next to the file field. */
export class UploadTooLargeError extends Error {
  constructor() {
    super(TOO_LARGE);
  }
}

/**
 * Reads a form that may carry one image. Bodies over the limit are refused with 413 before they
 * are buffered; urlencoded forms (no file) are read normally.
 */
export async function readUploadForm(request: Request) {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > BODY_LIMIT) throw new UploadTooLargeError();
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) return request.formData();
  try {
    return await parseMultipartFormData(
      request,
      createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new UploadTooLargeError();
    throw error;
  }
}

export function fileFrom(formData: FormData, name: string): File | null {
  const v = formData.get(name);
  return v && typeof v !== "string" && v.size > 0 ? v : null;
}
