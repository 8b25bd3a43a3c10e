import type { LoaderFunctionArgs } from "@remix-run/node";
import { getImageByHash } from "~/models/portfolio/images.server";

/** Image variants by content hash: the URL changes when the bytes do, so they cache forever. */
export async function loader({ params }: LoaderFunctionArgs) {
  const match = /^([0-9a-f]{64})\.(webp|png|jpg)$/.exec(params.file ?? "");
  const image = match ? getImageByHash(match[1]!) : null;
  if (!image)
    return new Response("Not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "Content-Type": image.mime,
      "Content-Length": String(image.bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
