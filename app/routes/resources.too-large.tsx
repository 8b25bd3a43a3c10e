import type { LoaderFunctionArgs } from "@remix-run/node";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatBytes } from "~/utils/origin-check.server";

/**
 * The page the server's body-size guard (server/request-guards.ts) answers with, in the site's
 * layout, once it has thrown away a body over a page's limit: the guard hands the request on as a
 * GET of this address (TOO_LARGE_PAGE_PATH), so nothing here reads, or could read, the body. The
 * limit is a number in the address; the wording is the page's own. Its title comes from the error
 * page's (DocumentMeta).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const limit = Number(new URL(request.url).searchParams.get("limit"));
  const accepted = Number.isSafeInteger(limit) && limit > 0 ? `the ${formatBytes(limit)}` : "what";
  throw new Response(
    `What you sent is bigger than ${accepted} this page accepts. Make it smaller (for pictures, a smaller or compressed file) and try again.`,
    { status: 413 },
  );
}

export default function TooLarge() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
