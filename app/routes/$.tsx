import { GeneralErrorBoundary } from "~/components/error-boundary";

/** Every unknown URL lands here and gets the app's 404 page with status 404. */
export async function loader() {
  throw new Response(
    "We could not find what you were looking for. The link may be old or mistyped.",
    { status: 404 },
  );
}

export async function action() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
