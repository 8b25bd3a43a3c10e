import { isRouteErrorResponse, Meta, useRouteError } from "@remix-run/react";
import { useContext } from "react";
// The router's state (its `errors` too), as Remix's own <Meta> reads it; react-router-dom is the
// router @remix-run/react is built on, so this is the same context object it provides.
import { UNSAFE_DataRouterStateContext as DataRouterStateContext } from "react-router-dom";
import { Link } from "~/components/link";

const titles: Record<number, string> = {
  400: "That request did not look right",
  403: "You cannot open this page",
  404: "Page not found",
  405: "That is not allowed here",
  410: "This link is no longer valid",
  413: "That is too large",
  429: "Slow down a little",
};

/** The status an error page answers with: a thrown response's, 500 for anything else. */
export function errorStatus(error: unknown): number {
  return isRouteErrorResponse(error) ? error.status : 500;
}

/** The document title of an error page, by its status: what the page is, not what it replaced. */
export function errorPageTitle(status: number): string {
  const what =
    status === 404
      ? "Page not found"
      : status === 401 || status === 403 || status === 405
        ? "Not allowed"
        : status === 410
          ? "Link no longer valid"
          : status === 413
            ? "Too large"
            : status === 429
              ? "Too many requests"
              : status === 400
                ? "Request not understood"
                : "Something went wrong";
  return `${what} · Gigfolio`;
}

/**
 * The document's <head> tags: the matched routes' `meta` (Remix's <Meta>) on a page, and on an
 * error page (any route's error boundary showing) a title that says it is one, whatever the
 * route's `meta` would have said. Rendered on the server, so it holds with JavaScript off too.
 */
export function DocumentMeta() {
  const errors = useContext(DataRouterStateContext)?.errors;
  const shown = errors ? Object.values(errors)[0] : undefined;
  if (!errors || shown === undefined) return <Meta />;
  return (
    <>
      <title>{errorPageTitle(errorStatus(shown))}</title>
      <meta name="robots" content="noindex" />
    </>
  );
}

/** The error boundary every route exports: a page that looks like the app, with a way back. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  let status = 500;
  let message = "Something went wrong on our side. Please try again in a moment.";
  if (isRouteErrorResponse(error)) {
    status = error.status;
    message =
      typeof error.data === "string" && error.data
        ? error.data
        : status === 404
          ? "We could not find what you were looking for. The link may be old or mistyped."
          : error.statusText || message;
  } else if (error instanceof Error && import.meta.env.DEV) {
    message = error.message;
  }
  return (
    <section className="mx-auto max-w-xl px-4 py-16 text-center" aria-labelledby="error-title">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Error {status}</p>
      <h1 id="error-title" className="mt-2 text-3xl font-bold">
        {titles[status] ?? "Something went wrong"}
      </h1>
      <p className="mt-4 text-slate-600">{message}</p>
      <div className="mt-8 flex justify-center gap-3">
        <Link to="/" className="btn-primary">
          Go to the home page
        </Link>
        <Link to="/creators" className="btn-secondary">
          Browse creators
        </Link>
      </div>
    </section>
  );
}
