import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, SubmitButton } from "~/components/forms";
import { EditorNav } from "~/components/portfolio/editor-nav";
import {
  ImageError,
  imageUrl,
  keepUploadOnlyIfSaved,
  processUpload,
} from "~/models/portfolio/images.server";
import { requireCreatorProfile } from "~/models/portfolio/owner.server";
import { setProfileImage } from "~/models/portfolio/public-portfolio.server";
import { fileFrom, readUploadForm, UploadTooLargeError } from "~/models/portfolio/upload.server";

export const meta: MetaFunction = () => [{ title: "Photos · Portfolio · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { profile } = await requireCreatorProfile(request);
  return {
    slug: profile.slug,
    avatar: imageUrl(profile.avatarImageId, "avatar-256"),
    banner: imageUrl(profile.bannerImageId, "banner-1200"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireCreatorProfile(request);
  const url = new URL(request.url);
  let formData: FormData;
  try {
    formData = await readUploadForm(request);
  } catch (error) {
    // The body was not read, so the field comes from the query string the form posts to.
    if (error instanceof UploadTooLargeError)
      return data(
        {
          which: url.searchParams.get("which") === "banner" ? "banner" : "avatar",
          error: error.message,
        },
        { status: 413 },
      );
    throw error;
  }
  const which = formData.get("which") === "banner" ? "banner" : "avatar";
  if (formData.get("intent") === "remove") {
    setProfileImage(user.id, which, null);
    return redirect(`/dashboard/profile/media?removed=${which}`);
  }
  try {
    const uploadId = await processUpload(user.id, fileFrom(formData, "image"), which);
    keepUploadOnlyIfSaved(uploadId, () => setProfileImage(user.id, which, uploadId), Boolean);
  } catch (error) {
    if (error instanceof ImageError) return data({ which, error: error.message }, { status: 400 });
    throw error;
  }
  return redirect(`/dashboard/profile/media?saved=${which}`);
}

function UploadForm({
  which,
  current,
  label,
  hint,
}: {
  which: "avatar" | "banner";
  current: string | null;
  label: string;
  hint: string;
}) {
  const actionData = useActionData<typeof action>();
  const error =
    actionData && "which" in actionData && actionData.which === which ? actionData.error : null;
  const inputId = `${which}-file`;
  return (
    <section aria-labelledby={`${which}-title`} className="card space-y-3">
      <h2 id={`${which}-title`} className="text-lg font-semibold">
        {label}
      </h2>
      {current ? (
        <img
          src={current}
          alt={`Your current ${which}`}
          className={
            which === "avatar"
              ? "h-32 w-32 rounded-full object-cover"
              : "aspect-[3/1] w-full rounded-lg object-cover"
          }
        />
      ) : (
        <p className="text-sm text-slate-600">No {which} yet.</p>
      )}
      <Form
        method="post"
        action={`?which=${which}`}
        encType="multipart/form-data"
        className="space-y-3"
      >
        <input type="hidden" name="which" value={which} />
        <div>
          <label htmlFor={inputId} className="label">
            Choose an image
          </label>
          <input
            id={inputId}
            name="image"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            required
            className="input"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${inputId}-hint${error ? ` ${inputId}-error` : ""}`}
          />
          <p id={`${inputId}-hint`} className="mt-1 text-xs text-slate-500">
            {hint} JPEG, PNG or WebP, up to 5 MB.
          </p>
          <ErrorList id={`${inputId}-error`} errors={error ? [error] : undefined} />
        </div>
        <SubmitButton name="intent" value="upload" pendingText="Uploading…">
          Upload {which}
        </SubmitButton>
      </Form>
      {current ? (
        <Form method="post">
          <input type="hidden" name="which" value={which} />
          <button type="submit" name="intent" value="remove" className="btn-danger">
            Remove {which}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

export default function MediaEditor() {
  const { slug, avatar, banner } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const saved = searchParams.get("saved");
  const removed = searchParams.get("removed");
  return (
    <div className="space-y-6">
      <EditorNav slug={slug} />
      <h1 className="text-2xl font-bold">Photos</h1>
      {saved ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Your {saved === "banner" ? "banner" : "avatar"} is updated.
        </p>
      ) : removed ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-800">
          Your {removed === "banner" ? "banner" : "avatar"} is removed.
        </p>
      ) : null}
      <UploadForm
        which="avatar"
        current={avatar}
        label="Avatar"
        hint="A square photo of you works best; it is cropped to a circle."
      />
      <UploadForm
        which="banner"
        current={banner}
        label="Banner"
        hint="A wide image (3:1) shown at the top of your page."
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
