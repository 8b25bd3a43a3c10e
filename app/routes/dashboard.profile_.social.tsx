import { getFormProps, getInputProps, getSelectProps } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { invariantResponse } from "@epic-web/invariant";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { SOCIAL_PLATFORMS } from "~/db/schema/portfolio-extras";
import { requireCreatorProfile } from "~/models/portfolio/owner.server";
import { PLATFORM_LABELS, SocialAccountSchema } from "~/models/portfolio/portfolio-schemas";
import {
  addSocialAccount,
  deleteSocialAccount,
  DuplicateAccountError,
  listSocialAccounts,
  updateSocialAccount,
} from "~/models/portfolio/socials.server";
import { EditorNav } from "~/components/portfolio/editor-nav";
import { formatCount } from "~/components/portfolio/format";
import { useLightForm } from "~/utils/light-form";

export const meta: MetaFunction = () => [{ title: "Social accounts · Portfolio · Gigfolio" }];

const constraint = getZodConstraint(SocialAccountSchema);

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, profile } = await requireCreatorProfile(request);
  return {
    slug: profile.slug,
    accounts: listSocialAccounts(user.id),
    totalFollowers: profile.totalFollowers,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireCreatorProfile(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const id = String(formData.get("id") ?? "");
  if (intent === "delete") {
    invariantResponse(deleteSocialAccount(user.id, id), "No such account.", { status: 404 });
    return redirect("/dashboard/profile/social?removed=1");
  }
  const submission = parseWithZod(formData, { schema: SocialAccountSchema });
  if (submission.status !== "success")
    return data({ id, result: submission.reply() }, { status: 400 });
  try {
    if (intent === "update") {
      invariantResponse(updateSocialAccount(user.id, id, submission.value), "No such account.", {
        status: 404,
      });
    } else {
      addSocialAccount(user.id, submission.value);
    }
  } catch (error) {
    if (error instanceof DuplicateAccountError)
      return data(
        { id, result: submission.reply({ fieldErrors: { handle: [error.message] } }) },
        { status: 400 },
      );
    throw error;
  }
  return redirect("/dashboard/profile/social?saved=1");
}

type Account = ReturnType<typeof useLoaderData<typeof loader>>["accounts"][number];

function AccountForm({ account }: { account?: Account }) {
  const actionData = useActionData<typeof action>();
  const formId = account ? `social-${account.id}` : "social-new";
  // One form per account: Conform's store in the browser, plain metadata on the server (decision 015).
  const [form, fields] = useLightForm({
    id: formId,
    lastResult: actionData && actionData.id === (account?.id ?? "") ? actionData.result : undefined,
    constraint,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: SocialAccountSchema }),
    defaultValue: account
      ? {
          platform: account.platform,
          handle: account.handle,
          url: account.url,
          followers: String(account.followers),
          engagementRate:
            account.engagementRateBp == null ? "" : String(account.engagementRateBp / 100),
        }
      : { platform: "instagram" },
  });
  return (
    <Form method="post" className="grid gap-3 sm:grid-cols-6" {...getFormProps(form)}>
      <input type="hidden" name="id" value={account?.id ?? ""} />
      <div className="sm:col-span-2">
        <label htmlFor={fields.platform.id} className="label">
          Platform
        </label>
        <select {...getSelectProps(fields.platform)} className="input">
          {SOCIAL_PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_LABELS[p]}
            </option>
          ))}
        </select>
        <ErrorList id={fields.platform.errorId} errors={fields.platform.errors} />
      </div>
      <Field
        className="sm:col-span-2"
        label="Handle"
        errors={fields.handle.errors}
        {...getInputProps(fields.handle, { type: "text" })}
        autoCapitalize="none"
      />
      <Field
        className="sm:col-span-2"
        label="Followers"
        errors={fields.followers.errors}
        {...getInputProps(fields.followers, { type: "text" })}
        inputMode="numeric"
      />
      <Field
        className="sm:col-span-4"
        label="Profile link"
        hint="The full address of your profile on that platform."
        errors={fields.url.errors}
        {...getInputProps(fields.url, { type: "url" })}
      />
      <Field
        className="sm:col-span-2"
        label="Engagement rate % (optional)"
        errors={fields.engagementRate.errors}
        {...getInputProps(fields.engagementRate, { type: "text" })}
        inputMode="decimal"
      />
      <ErrorList id={form.errorId} errors={form.errors} />
      <div className="flex gap-2 sm:col-span-6">
        <SubmitButton name="intent" value={account ? "update" : "add"} pendingText="Saving…">
          {account ? "Save" : "Add account"}
        </SubmitButton>
      </div>
    </Form>
  );
}

export default function SocialAccountsEditor() {
  const { slug, accounts, totalFollowers } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  // The action redirects back with ?saved=1 or ?removed=1.
  const notice = searchParams.get("removed")
    ? "Account removed."
    : searchParams.get("saved")
      ? "Account saved."
      : null;
  return (
    <div className="space-y-6">
      <EditorNav slug={slug} />
      <div>
        <h1 className="text-2xl font-bold">Social accounts</h1>
        <p className="mt-1 text-sm text-slate-600">
          Total reach: <strong>{formatCount(totalFollowers)}</strong> followers across{" "}
          {accounts.length} {accounts.length === 1 ? "account" : "accounts"}.
        </p>
      </div>
      {notice ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      {accounts.length === 0 ? (
        <p className="card text-slate-600">
          No accounts yet. Add your first one below; brands filter by platform and followers.
        </p>
      ) : null}
      <ul className="space-y-4">
        {accounts.map((a) => (
          <li key={a.id} className="card space-y-3">
            <h2 className="font-semibold">
              {PLATFORM_LABELS[a.platform]} · @{a.handle}
            </h2>
            <AccountForm account={a} />
            <Form method="post">
              <input type="hidden" name="id" value={a.id} />
              <button type="submit" name="intent" value="delete" className="btn-danger">
                Remove {PLATFORM_LABELS[a.platform]} account
              </button>
            </Form>
          </li>
        ))}
      </ul>
      <section aria-labelledby="add-social" className="card space-y-3">
        <h2 id="add-social" className="font-semibold">
          Add an account
        </h2>
        <AccountForm />
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
