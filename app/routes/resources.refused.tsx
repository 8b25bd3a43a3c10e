import type { LoaderFunctionArgs } from "@remix-run/node";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { refusalFor } from "~/utils/origin-check.server";

/**
 * The page the server's request guards (server/request-guards.ts) answer a refused request with,
 * in the site's layout: a form posted from another site (403) and a client cut off after too many
 * dead private links (429). The guard hands the request on as a GET of this address with the
 * reason (REFUSED_PAGE_PATH?reason=…), so nothing here reads, or could read, a body; the status
 * stays the guard's. Its title comes from the error page's, by status (DocumentMeta), like
 * resources.too-large's 413.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const refusal = refusalFor(new URL(request.url).searchParams.get("reason"));
  if (!refusal) throw new Response("", { status: 404 });
  const text = refusal.status === 403 ? `${refusal.title}. ${refusal.message}` : refusal.message;
  throw new Response(text, { status: refusal.status });
}

export default function Refused() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
