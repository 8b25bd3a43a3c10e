import { parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ApplyForm } from "~/components/gigs/apply-form";
import { budgetText, whereText } from "~/components/gigs/gig-summary";
import { ReputationSummary } from "~/components/gigs/reputation";
import { StatusBadge } from "~/components/gigs/status-badge";
import { getBrandProfileForOwner, getBrandReputation } from "~/models/brands/brands.server";
import {
  AlreadyAppliedError,
  applyToGig,
  getMyApplication,
  GigNotOpenError,
  isGigOpen,
} from "~/models/gigs/applications.server";
import { ApplySchema, PLATFORM_LABELS, SaveNoteSchema } from "~/models/gigs/gig-schema";
import { countApplicants, getGigDetails, getVisibleGig } from "~/models/gigs/gigs.server";
import { listCreatorPortfolioItems } from "~/models/gigs/portfolio-items.server";
import { fractionError } from "~/models/gigs/money";
import { getSavedGig, saveGig, unsaveGig } from "~/models/gigs/saved.server";
import { getUserById } from "~/models/accounts/users.server";
import { getUser, requireUser } from "~/utils/auth.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getUser(request);
  const found = getVisibleGig(params.gigId ?? "", viewer);
  invariantResponse(found, "This gig does not exist or is not public.", { status: 404 });
  const { gig, isOwner, brandSuspended } = found;
  const brandProfile = getBrandProfileForOwner(gig.brandId);
  const brandUser = getUserById(gig.brandId);
  const isCreator = viewer?.role === "creator";
  const mine = isCreator ? getMyApplication(gig.id, viewer.id) : null;
  return {
    gig: { ...gig, publishedAt: gig.publishedAt?.getTime() ?? null },
    details: getGigDetails(gig.id),
    brand: {
      name: brandProfile?.company ?? brandUser?.displayName ?? "A brand",
      // A suspended brand's page is a 404 for all but admins: no link to it.
      slug: brandSuspended && viewer?.role !== "admin" ? null : (brandProfile?.slug ?? null),
      industry: brandProfile?.industry ?? "",
    },
    reputation: getBrandReputation(gig.brandId),
    applicants: countApplicants(gig.id),
    isOwner,
    brandSuspended,
    viewerRole: viewer?.role ?? null,
    open: isGigOpen(gig),
    mine: mine ? { id: mine.id, status: mine.status } : null,
    saved: isCreator ? getSavedGig(viewer.id, gig.id) : null,
    items:
      isCreator && !mine
        ? listCreatorPortfolioItems(viewer.id).map((i) => ({ id: i.id, title: i.title }))
        : [],
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data
    ? [
        { title: `${data.gig.title} · Gigs · Gigfolio` },
        { name: "description", content: data.gig.description.slice(0, 160) },
        ...(data.gig.status !== "published" ? [{ name: "robots", content: "noindex" }] : []),
      ]
    : [{ title: "Gig not found · Gigfolio" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request, { role: "creator" });
  const found = getVisibleGig(params.gigId ?? "", user);
  invariantResponse(found, "This gig does not exist or is not public.", { status: 404 });
  const gigId = found.gig.id;
  invariantResponse(user.role === "creator", "Only creators can apply to or save gigs.", {
    status: 403,
  });
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "save") {
    const submission = parseWithZod(formData, { schema: SaveNoteSchema });
    if (submission.status !== "success") return data(submission.reply(), { status: 400 });
    saveGig(user.id, gigId, submission.value.note);
    return redirect(`/gigs/${gigId}?saved=1`);
  }
  if (intent === "unsave") {
    unsaveGig(user.id, gigId);
    return redirect(`/gigs/${gigId}`);
  }
  if (intent !== "apply")
    return data({ status: "error" as const, error: { "": ["Unknown action"] } }, { status: 400 });
  const submission = parseWithZod(formData, { schema: ApplySchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const fraction = fractionError(submission.value.proposed, found.gig.currency, "Your price");
  if (fraction)
    return data(submission.reply({ fieldErrors: { proposed: [fraction] } }), { status: 400 });
  try {
    const app = applyToGig(user.id, gigId, submission.value);
    return redirect(`/dashboard/applications/${app.id}?applied=1`);
  } catch (error) {
    if (error instanceof AlreadyAppliedError || error instanceof GigNotOpenError) {
      return data(submission.reply({ formErrors: [error.message] }), { status: 400 });
    }
    throw error;
  }
}

export default function GigPage() {
  const {
    gig,
    details,
    brand,
    reputation,
    applicants,
    isOwner,
    brandSuspended,
    viewerRole,
    open,
    mine,
    saved,
    items,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const applyResult =
    actionData &&
    "initialValue" in actionData &&
    actionData.initialValue &&
    "message" in (actionData.initialValue as object)
      ? actionData
      : undefined;
  return (
    <article className="mx-auto max-w-4xl space-y-6 px-4 py-10">
      <p className="text-sm">
        <Link to="/gigs" className="link">
          ← All gigs
        </Link>
      </p>
      {isOwner ? (
        <p className="rounded-md bg-brand-50 p-3 text-sm text-brand-900">
          This is your gig ({gig.status.replace("_", " ")}).{" "}
          <Link to={`/dashboard/gigs/${gig.id}`} className="link">
            Manage it and see applicants
          </Link>
        </p>
      ) : null}
      {brandSuspended && !isOwner ? (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {viewerRole === "admin"
            ? "This brand is suspended: only admins and the creators who applied see this gig."
            : "This brand's account is suspended. You still see this gig because you applied to it."}
        </p>
      ) : null}
      <header>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-extrabold">{gig.title}</h1>
          {gig.status !== "published" ? <StatusBadge status={gig.status} /> : null}
        </div>
        <p className="mt-2 text-slate-700">
          {brand.slug ? (
            <Link to={`/brands/${brand.slug}`} className="link font-semibold">
              {brand.name}
            </Link>
          ) : (
            <span className="font-semibold">{brand.name}</span>
          )}
          {brand.industry ? ` · ${brand.industry}` : ""}
        </p>
        <ReputationSummary reputation={reputation} compact />
      </header>
      <dl className="card grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">Budget</dt>
          <dd className="font-semibold">{budgetText(gig)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Where</dt>
          <dd>{whereText(gig)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Apply by</dt>
          <dd>{gig.deadline}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Creators wanted</dt>
          <dd>{gig.creatorsWanted}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Applicants</dt>
          <dd data-testid="applicant-count">{applicants}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Platforms</dt>
          <dd>{details.platforms.map((p) => PLATFORM_LABELS[p]).join(", ") || "Any"}</dd>
        </div>
        {details.categories.length ? (
          <div>
            <dt className="text-slate-500">Categories</dt>
            <dd>{details.categories.map((c) => c.name).join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      <section>
        <h2 className="text-xl font-bold">About the gig</h2>
        <p className="mt-2 whitespace-pre-line">{gig.description}</p>
      </section>
      <section>
        <h2 className="text-xl font-bold">Deliverables</h2>
        <ol className="mt-2 list-decimal pl-6">
          {details.deliverables.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ol>
      </section>
      {gig.requirements ? (
        <section>
          <h2 className="text-xl font-bold">Requirements</h2>
          <p className="mt-2 whitespace-pre-line">{gig.requirements}</p>
        </section>
      ) : null}
      {viewerRole === "creator" ? (
        <>
          <section className="card space-y-3" aria-labelledby="save-title">
            <h2 id="save-title" className="font-bold">
              {saved ? "Saved to your list" : "Save for later"}
            </h2>
            {params.get("saved") === "1" ? (
              <p role="status" className="text-sm text-green-800">
                Saved.{" "}
                <Link to="/dashboard/saved-gigs" className="link">
                  See saved gigs
                </Link>
              </p>
            ) : null}
            <Form method="post" className="space-y-2">
              <label htmlFor="note" className="label">
                Private note (only you see it)
              </label>
              <textarea
                id="note"
                name="note"
                defaultValue={saved?.note ?? ""}
                className="input"
                rows={2}
                maxLength={2000}
              />
              <div className="flex gap-3">
                <button type="submit" name="intent" value="save" className="btn-secondary">
                  {saved ? "Update note" : "Save gig"}
                </button>
                {saved ? (
                  <button type="submit" name="intent" value="unsave" className="btn-secondary">
                    Remove from saved
                  </button>
                ) : null}
              </div>
            </Form>
          </section>
          {mine ? (
            <p className="card">
              You applied to this gig — status: <StatusBadge status={mine.status} />.{" "}
              <Link to={`/dashboard/applications/${mine.id}`} className="link">
                Open your application
              </Link>
            </p>
          ) : open ? (
            <ApplyForm lastResult={applyResult} currency={gig.currency} items={items} />
          ) : (
            <NotOpen status={gig.status} />
          )}
        </>
      ) : !open && !isOwner ? (
        <NotOpen status={gig.status} />
      ) : !viewerRole && open ? (
        <p className="card">
          <Link to={`/login?redirectTo=/gigs/${gig.id}`} className="link">
            Log in
          </Link>{" "}
          or{" "}
          <Link to="/signup" className="link">
            sign up as a creator
          </Link>{" "}
          to apply.
        </p>
      ) : null}
    </article>
  );
}

/** Why a gig takes no applications; a paused one may take them again. */
function NotOpen({ status }: { status: string }) {
  return (
    <p className="card text-slate-600">
      {status === "paused"
        ? "This gig is paused: it is not taking applications right now."
        : "This gig is not taking applications."}
    </p>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
