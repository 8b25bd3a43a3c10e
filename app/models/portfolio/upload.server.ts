import {
  unstable_parseMultipartFormData as parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { MAX_UPLOAD_BYTES } from "./images.server";

const BODY_LIMIT = MAX_UPLOAD_BYTES + 256 * 1024;

export const TOO_LARGE = "The image is larger than 5 MB; choose a smaller one";

/**
 * The route answers 413 with this message next to the file field. `fields`: the form's other
 * fields, when they were read (the image alone was too large), so the form comes back filled in.
 */
export class UploadTooLargeError extends Error {
  constructor(readonly fields?: FormData) {
    super(TOO_LARGE);
  }
}

/**
 * Keeps each part in memory up to MAX_UPLOAD_BYTES, and all of them up to BODY_LIMIT. A part over
 * either is read to its end and dropped (`dropped` says which kind): the parts after it are still
 * read, so the fields typed beside a too-large image are not lost.
 */
function boundedHandler(dropped: { file: boolean; field: boolean }): UploadHandler {
  let kept = 0;
  return async ({ filename, contentType, data }) => {
    const chunks: BlobPart[] = [];
    let size = 0;
    let over = false;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (over) continue;
      if (size > MAX_UPLOAD_BYTES || kept + size > BODY_LIMIT) {
        over = true;
        chunks.length = 0;
      } else chunks.push(chunk as Uint8Array<ArrayBuffer>); // views of ordinary (unshared) buffers
    }
    if (over) {
      dropped[typeof filename === "string" ? "file" : "field"] = true;
      return undefined;
    }
    kept += size;
    if (typeof filename === "string") return new File(chunks, filename, { type: contentType });
    return new Blob(chunks, { type: contentType }).text();
  };
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
 * Reads a form that may carry one image. An image over MAX_UPLOAD_BYTES is refused with
 * UploadTooLargeError carrying the other fields: its bytes stream past and are not kept, the
 * fields around it are read (the server's guard caps such bodies at 25 MB). The whole body is read
 * before the answer either way, so the browser finishes sending and shows it. A body that is not
 * multipart and over the limit by Content-Length is refused unparsed; urlencoded forms (no file)
 * are read normally.
 */
export async function readUploadForm(request: Request) {
  const type = request.headers.get("Content-Type") ?? "";
  const multipart = type.startsWith("multipart/form-data") && request.body !== null;
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > BODY_LIMIT && !multipart) {
    if (request.body && !request.bodyUsed) await discardRest(request.body.getReader());
    throw new UploadTooLargeError();
  }
  if (!multipart || !request.body) return request.formData();
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
  const dropped = { file: false, field: false };
  let form: FormData;
  try {
    form = await parseMultipartFormData(
      new Request(request.url, {
        method: request.method,
        headers: request.headers,
        body,
        duplex: "half",
      } as RequestInit),
      boundedHandler(dropped),
    );
  } finally {
    // Whatever the parser left: the rest of a malformed body, the epilogue.
    await discardRest(source);
  }
  // A field too large to keep is not something a person typed: nothing of the form comes back.
  if (dropped.field) throw new UploadTooLargeError();
  if (dropped.file) throw new UploadTooLargeError(form);
  return form;
}

export function fileFrom(formData: FormData, name: string): File | null {
  const v = formData.get(name);
  return v && typeof v !== "string" && v.size > 0 ? v : null;
}
