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
 * Reads what is left of a body and throws it away, a chunk at a time (nothing is kept). A browser
 * looks at the answer only once it has sent the whole body: answered before the body is read, a
 * refused upload would leave the page on "Uploading…" for good (the server stops reading a body
 * nobody reads, so the browser can never finish sending; see server/request-guards.ts).
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>) {
  try {
    for (;;) if ((await reader.read()).done) return;
  } catch {
    // The visitor went away: there is nobody left to answer.
  }
}

/**
 * Reads a form that may carry one image. Bodies over the limit are refused with UploadTooLargeError
 * without being kept: from Content-Length before any of it is parsed, or once the image part passes
 * MAX_UPLOAD_BYTES. Either way the rest of the body is read and discarded first, so the browser
 * finishes sending and shows the answer. Urlencoded forms (no file) are read normally.
 */
export async function readUploadForm(request: Request) {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > BODY_LIMIT) {
    if (request.body && !request.bodyUsed) await discardRest(request.body.getReader());
    throw new UploadTooLargeError();
  }
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data") || !request.body) return request.formData();
  // The parser keeps the body locked when it stops half-way (an image over the limit, a malformed
  // part): it reads through this stream, so what it leaves can still be read here and discarded.
  const source = request.body.getReader();
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { done, value } = await source.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
    },
    { highWaterMark: 0 },
  );
  try {
    return await parseMultipartFormData(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body,
        duplex: "half",
      } as RequestInit),
      createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }),
    );
  } catch (error) {
    throw error instanceof MaxPartSizeExceededError ? new UploadTooLargeError() : error;
  } finally {
    // Whatever the parser left: the rest of an image over the limit, of a malformed body, the epilogue.
    await discardRest(source);
  }
}

export function fileFrom(formData: FormData, name: string): File | null {
  const v = formData.get(name);
  return v && typeof v !== "string" && v.size > 0 ? v : null;
}
