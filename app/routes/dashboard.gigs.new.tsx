import { parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { GigForm } from "~/components/gigs/gig-form";
import { getBrandProfileForOwner } from "~/models/brands/brands.server";
import { makeGigSchema } from "~/models/gigs/gig-schema";
import { createGig } from "~/models/gigs/gigs.server";
import { listCategories } from "~/models/portfolio/profiles.server";
import { requireBrand } from "~/utils/require-brand.server";

export const meta: MetaFunction = () => [{ title: "Post a gig · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireBrand(request);
  if (!getBrandProfileForOwner(user.id)) throw redirect("/dashboard/brand-profile?needed=gig");
  return { categories: listCategories() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireBrand(request);
  if (!getBrandProfileForOwner(user.id)) throw redirect("/dashboard/brand-profile?needed=gig");
  const submission = parseWithZod(await request.formData(), { schema: makeGigSchema() });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const gig = createGig(user.id, submission.value);
  return redirect(`/dashboard/gigs/${gig.id}?created=1`);
}

export default function NewGig() {
  const { categories } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link to="/dashboard/gigs" className="link">
          ← My gigs
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Post a gig</h1>
      <p className="text-sm text-slate-600">It is saved as a draft; publish it when it is ready.</p>
      <GigForm lastResult={lastResult} categories={categories} submitLabel="Save draft" />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
