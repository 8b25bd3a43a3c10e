import type { SubmissionResult } from "@conform-to/react";
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
import { OfferForm } from "~/components/deals/offer-form";
import { ErrorList } from "~/components/forms";
import { GigTitle } from "~/components/gigs/gig-title";
import { StatusBadge, statusLabel } from "~/components/gigs/status-badge";
import { OfferSchema } from "~/models/deals/deal-schema";
import { listOffers, makeOffer, OfferError, respondToOffer } from "~/models/deals/offers.server";
import {
  acceptApplication,
  getApplicationForParty,
  getApplicationHistory,
  GigNotOpenError,
  listApplicationItems,
  withdrawApplication,
} from "~/models/gigs/applications.server";
import { getGigDetails } from "~/models/gigs/gigs.server";
import { centsToInput, fractionError } from "~/models/gigs/money";
import { getPortfolioItemsByIds } from "~/models/gigs/portfolio-items.server";
import { HIRING_GIG_STATUSES, IllegalTransitionError } from "~/models/gigs/state";
import { getProfileForOwner } from "~/models/portfolio/profiles.server";
import { getUserById } from "~/models/accounts/users.server";
import { getDealIdForApplication } from "~/models/deals/deals.server";
import { requireUser } from "~/utils/auth.server";
import { formatDateTime, formatMoney } from "~/utils/format";

export const meta: MetaFunction = () => [{ title: "Application · Gigfolio" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const found = getApplicationForParty(params.applicationId ?? "", user);
  invariantResponse(found, "Application not found", { status: 404 });
  const { application: app, gig, side } = found;
  const creator = getProfileForOwner(app.creatorId);
  const creatorUser = getUserById(app.creatorId);
  const offers = listOffers(app.id).map((o) => ({
    ...o,
    expiresAt: o.expiresAt.getTime(),
    createdAt: o.createdAt.getTime(),
    mine: o.fromUserId === user.id,
    fromBrand: o.fromUserId === gig.brandId,
  }));
  return {
    side,
    app: {
      id: app.id,
      status: app.status,
      message: app.message,
      proposedCents: app.proposedCents,
      currency: app.currency,
      rejectionMessage: app.rejectionMessage,
      createdAt: app.createdAt.getTime(),
    },
    gig: {
      id: gig.id,
      title: gig.title,
      status: gig.status,
      // Offers are made and accepted only while the brand is still hiring for the gig.
      hiring: HIRING_GIG_STATUSES.includes(gig.status),
    },
    gigDeliverables: getGigDetails(gig.id).deliverables,
    creator: {
      name: creator?.displayName ?? creatorUser?.displayName ?? "Creator",
      slug: creator?.visibility !== "private" ? (creator?.slug ?? null) : null,
      headline: creator?.headline ?? "",
    },
    items: getPortfolioItemsByIds(listApplicationItems(app.id)),
    offers,
    history: getApplicationHistory(app.id),
    dealId: getDealIdForApplication(app.id),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const id = params.applicationId ?? "";
  const found = getApplicationForParty(id, user);
  invariantResponse(found && found.side !== "admin", "Application not found", { status: 404 });
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const back = redirect(`/dashboard/applications/${id}`);
  const fail = (message: string, status = 409) =>
    data({ status: "error" as const, error: { "": [message] }, form: intent }, { status });
  try {
    if (intent === "offer" || intent === "counter") {
      const submission = parseWithZod(formData, { schema: OfferSchema });
      if (submission.status !== "success")
        // Which of the page's offer forms was sent. Not under `intent`: that is Conform's own field
        // of a submission's reply, and a string there hides every error the reply carries.
        return data({ ...submission.reply(), form: intent }, { status: 400 });
      const fraction = fractionError(submission.value.amount, found.application.currency, "Amount");
      if (fraction)
        return data(
          { ...submission.reply({ fieldErrors: { amount: [fraction] } }), form: intent },
          { status: 400 },
        );
      if (intent === "offer") {
        makeOffer(id, user, submission.value);
        return redirect(`/dashboard/applications/${id}?offer=sent`);
      }
      const r = respondToOffer(String(formData.get("offerId") ?? ""), user, {
        kind: "counter",
        input: submission.value,
      });
      invariantResponse(r, "Offer not found", { status: 404 });
      if ("expired" in r) return fail("This offer has expired. Make a new offer instead.");
      return redirect(`/dashboard/applications/${id}?offer=countered`);
    }
    if (intent === "accept-offer" || intent === "reject-offer" || intent === "withdraw-offer") {
      const kind =
        intent === "accept-offer" ? "accept" : intent === "reject-offer" ? "reject" : "withdraw";
      const r = respondToOffer(String(formData.get("offerId") ?? ""), user, { kind });
      invariantResponse(r, "Offer not found", { status: 404 });
      if ("expired" in r) return fail("This offer has expired and can no longer be accepted.");
      if ("deal" in r && r.deal) return redirect(`/dashboard/deals/${r.deal.id}?started=1`);
      return back;
    }
    if (intent === "withdraw") {
      invariantResponse(found.side === "creator", "Not allowed", { status: 403 });
      withdrawApplication(id, user.id);
      return back;
    }
    if (intent === "accept") {
      invariantResponse(found.side === "brand", "Not allowed", { status: 403 });
      const deal = acceptApplication(id, user.id);
      invariantResponse(deal, "Application not found", { status: 404 });
      return redirect(`/dashboard/deals/${deal.id}?started=1`);
    }
    return fail("Unknown action", 400);
  } catch (error) {
    if (
      error instanceof OfferError ||
      error instanceof IllegalTransitionError ||
      error instanceof GigNotOpenError
    )
      return fail(error.message);
    throw error;
  }
}

export default function ApplicationPage() {
  const { side, app, gig, gigDeliverables, creator, items, offers, history, dealId } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const undecided = app.status === "pending" || app.status === "shortlisted";
  const open = undecided && gig.hiring;
  const pending = offers.find((o) => o.status === "pending");
  const last = offers[offers.length - 1];
  const formError =
    actionData && actionData.status === "error" && !("initialValue" in actionData)
      ? actionData.error?.[""]
      : undefined;
  const reply =
    actionData && "initialValue" in actionData
      ? (actionData as unknown as SubmissionResult<string[]>)
      : undefined;
  const offerResult = actionData?.form === "offer" ? reply : undefined;
  const counterResult = actionData?.form === "counter" ? reply : undefined;
  const defaults = last
    ? {
        amount: centsToInput(last.amountCents),
        deliverables: last.deliverables,
        timelineDays: String(last.timelineDays),
      }
    : {
        amount: centsToInput(app.proposedCents),
        deliverables: gigDeliverables.join("\n"),
        timelineDays: "14",
      };
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link
          to={side === "brand" ? `/dashboard/gigs/${gig.id}#applicants` : "/dashboard/applications"}
          className="link"
        >
          ← {side === "brand" ? "Applicants" : "My applications"}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          {side === "brand" ? `${creator.name} → ` : "Your application: "}
          <GigTitle gig={gig} linked={side === "brand"} />
        </h1>
        <StatusBadge status={app.status} />
      </div>
      {params.get("applied") ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Application sent. The brand has been notified.
        </p>
      ) : null}
      {params.get("offer") ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Offer sent.
        </p>
      ) : null}
      {formError ? <ErrorList errors={formError} /> : null}
      {undecided && !gig.hiring ? (
        <p className="card text-sm text-slate-700" data-testid="not-hiring">
          This gig is {statusLabel(gig.status).toLowerCase()}: the brand is no longer hiring for it,
          so offers can no longer be made or accepted.
        </p>
      ) : null}
      {dealId ? (
        <p className="card">
          This application became a deal.{" "}
          <Link to={`/dashboard/deals/${dealId}`} className="link">
            Open the deal
          </Link>
        </p>
      ) : null}
      <section className="card space-y-2">
        <p className="text-sm text-slate-600">
          {creator.slug ? (
            <Link to={`/${creator.slug}`} className="link">
              {creator.name}
            </Link>
          ) : (
            creator.name
          )}
          {creator.headline ? ` — ${creator.headline}` : ""} · proposed{" "}
          {formatMoney(app.proposedCents, app.currency)} · {formatDateTime(app.createdAt)}
        </p>
        <p className="whitespace-pre-line">{app.message}</p>
        {items.length ? (
          <ul className="list-disc pl-6 text-sm">
            {items.map((i) => (
              <li key={i.id}>
                {i.url ? (
                  <a href={i.url} className="link" rel="noopener noreferrer">
                    {i.title}
                  </a>
                ) : (
                  i.title
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {app.rejectionMessage ? (
          <p className="text-sm text-red-800">Message from the brand: {app.rejectionMessage}</p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {side === "creator" && app.status === "pending" ? (
            <Form method="post">
              <button type="submit" name="intent" value="withdraw" className="btn-secondary">
                Withdraw application
              </button>
            </Form>
          ) : null}
          {side === "brand" && open ? (
            <Form method="post">
              <button type="submit" name="intent" value="accept" className="btn-primary">
                Accept at {formatMoney(app.proposedCents, app.currency)}
              </button>
            </Form>
          ) : null}
        </div>
      </section>
      <section aria-labelledby="neg-title" className="space-y-3">
        <h2 id="neg-title" className="text-xl font-bold">
          Negotiation
        </h2>
        {offers.length === 0 ? (
          <p className="text-sm text-slate-600">No offers yet. Either side can propose terms.</p>
        ) : null}
        <ol className="space-y-3">
          {offers.map((o) => (
            <li
              key={o.id}
              className="card space-y-1"
              data-testid="offer"
              data-offer-status={o.status}
            >
              <p className="font-semibold">
                {o.fromBrand ? "Brand" : "Creator"} offered {formatMoney(o.amountCents, o.currency)}{" "}
                · {o.timelineDays} days <StatusBadge status={o.status} />
              </p>
              <p className="whitespace-pre-line text-sm">{o.deliverables}</p>
              {o.message ? (
                <p className="whitespace-pre-line text-sm text-slate-700">“{o.message}”</p>
              ) : null}
              <p className="text-xs text-slate-500">
                Sent {formatDateTime(o.createdAt)}
                {o.status === "pending" ? ` · expires ${formatDateTime(o.expiresAt)}` : ""}
              </p>
              {o.status === "pending" && side !== "admin" ? (
                o.mine ? (
                  <Form method="post">
                    <input type="hidden" name="offerId" value={o.id} />
                    <button
                      type="submit"
                      name="intent"
                      value="withdraw-offer"
                      className="btn-secondary"
                    >
                      Withdraw offer
                    </button>
                  </Form>
                ) : (
                  <Form method="post" className="flex flex-wrap gap-2">
                    <input type="hidden" name="offerId" value={o.id} />
                    {gig.hiring ? (
                      <button
                        type="submit"
                        name="intent"
                        value="accept-offer"
                        className="btn-primary"
                      >
                        Accept offer
                      </button>
                    ) : null}
                    <button
                      type="submit"
                      name="intent"
                      value="reject-offer"
                      className="btn-secondary"
                    >
                      Reject offer
                    </button>
                  </Form>
                )
              ) : null}
            </li>
          ))}
        </ol>
        {open && side !== "admin" ? (
          pending ? (
            !pending.mine ? (
              <OfferForm
                key={pending.id}
                lastResult={counterResult}
                currency={app.currency}
                counterOfferId={pending.id}
                defaults={defaults}
              />
            ) : null
          ) : (
            <OfferForm lastResult={offerResult} currency={app.currency} defaults={defaults} />
          )
        ) : null}
      </section>
      <section aria-labelledby="hist-title">
        <h2 id="hist-title" className="text-lg font-bold">
          History
        </h2>
        <ul className="mt-2 space-y-1 text-sm text-slate-600">
          {history.map((h, i) => (
            <li key={i}>
              {formatDateTime(h.createdAt)} —{" "}
              {h.fromStatus ? `${statusLabel(h.fromStatus)} → ` : ""}
              {statusLabel(h.toStatus)}
              {h.actor ? ` by ${h.actor}` : ""}
              {h.note ? ` (“${h.note}”)` : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
