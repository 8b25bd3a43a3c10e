import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { ComponentType } from "react";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import type { LoaderFunction } from "react-router-dom";
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
} from "react-router-dom/server";

type RouteModule = {
  loader?: (args: LoaderFunctionArgs) => unknown;
  action?: (args: ActionFunctionArgs) => unknown;
  default: ComponentType;
};

/** What the router accepts from a loader or an action (a Remix one returns the same kinds). */
type Returned = ReturnType<LoaderFunction>;

/**
 * Server-renders one route module for a request as the page would show it: its loader (and, for a
 * POST, its action) runs for the request and its component renders with the result, in a data
 * router (so useLoaderData, useActionData, Form and useNavigation work). Returns the HTML, the
 * status and the loader's headers; a redirect or a thrown response comes back as `response` instead.
 */
export async function renderRoute(module: RouteModule, path: string, request: Request) {
  const handler = createStaticHandler([
    {
      id: "page",
      path,
      loader: module.loader
        ? ({ request, params }) => module.loader!({ request, params, context: {} }) as Returned
        : undefined,
      action: module.action
        ? ({ request, params }) => module.action!({ request, params, context: {} }) as Returned
        : undefined,
      Component: module.default,
    },
  ]);
  const context = await handler.query(request);
  if (context instanceof Response) return { response: context, html: "", status: context.status };
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(createElement(StaticRouterProvider, { router, context }));
  // The headers the loader returned (a cookie it set, say).
  return { response: null, html, status: context.statusCode, headers: context.loaderHeaders.page };
}

/** The text of the markup, without tags (and with entities for quotes and ampersands read). */
export function textOf(html: string) {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}
