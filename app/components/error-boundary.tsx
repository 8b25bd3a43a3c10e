import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { Link } from "~/components/link";

const titles: Record<number, string> = {
  400: "That request did not look right",
  403: "You cannot open this page",
  404: "Page not found",
  405: "That is not allowed here",
  410: "This link is no longer valid",
  413: "That upload is too large",
  429: "Slow down a little",
};

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
