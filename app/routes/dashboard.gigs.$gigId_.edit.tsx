import { parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
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
import { makeGigSchema } from "~/models/gigs/gig-schema";
import {
  getGigDetails,
  getGigForBrand,
  GigNotEditableError,
  updateGig,
} from "~/models/gigs/gigs.server";
import { centsToInput } from "~/models/gigs/money";
import { EDITABLE_GIG_STATUSES } from "~/models/gigs/state";
import { listCategories } from "~/models/portfolio/profiles.server";
import { requireBrand } from "~/utils/require-brand.server";

export const meta: MetaFunction = () => [{ title: "Edit gig · Gigfolio" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireBrand(request);
  const gig = getGigForBrand(params.gigId ?? "", user.id);
  invariantResponse(gig, "Gig not found", { status: 404 });
  invariantResponse(
    EDITABLE_GIG_STATUSES.includes(gig.status),
    "This gig can no longer be edited.",
    { status: 409 },
  );
  const d = getGigDetails(gig.id);
  return {
    id: gig.id,
    categories: listCategories(),
    defaults: {
      title: gig.title,
      description: gig.description,
      budgetMin: centsToInput(gig.budgetMinCents),
      budgetMax: centsToInput(gig.budgetMaxCents),
      currency: gig.currency,
      remote: gig.remote,
      location: gig.location ?? "",
      requirements: gig.requirements,
      deliverables: d.deliverables.join("\n"),
      deadline: gig.deadline,
      creatorsWanted: String(gig.creatorsWanted),
      categoryIds: d.categories.map((c) => String(c.id)),
      platforms: d.platforms,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireBrand(request);
  const gig = getGigForBrand(params.gigId ?? "", user.id);
  invariantResponse(gig, "Gig not found", { status: 404 });
  const submission = parseWithZod(await request.formData(), { schema: makeGigSchema() });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    updateGig(gig.id, user.id, submission.value);
  } catch (error) {
    if (error instanceof GigNotEditableError)
      return data(submission.reply({ formErrors: [error.message] }), { status: 409 });
    throw error;
  }
  return redirect(`/dashboard/gigs/${gig.id}?saved=1`);
}

export default function EditGig() {
  const { id, categories, defaults } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link to={`/dashboard/gigs/${id}`} className="link">
          ← Back to the gig
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Edit gig</h1>
      <GigForm
        lastResult={lastResult}
        categories={categories}
        defaults={defaults}
        submitLabel="Save changes"
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
