import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Fragment } from "react";
import { Link } from "~/components/link";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { getAvailability, saveAvailability } from "~/models/bookings/availability.server";
import { AvailabilitySchema, BlockDatesSchema } from "~/models/bookings/booking-schema";
import { formatLongDate, isValidDate, todayIn, WEEKDAYS } from "~/models/bookings/dates";
import { blockDates, listBlockedDates, unblockDate } from "~/models/calendar/calendar.server";
import { requireCreator } from "~/utils/require-creator.server";
import { useLightForm } from "~/utils/light-form";
import { timeZoneChoices } from "~/utils/time-zones.server";

export const meta: MetaFunction = () => [{ title: "Availability · Gigfolio" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCreator(request);
  const settings = getAvailability(user.id);
  return {
    settings,
    blocked: listBlockedDates(user.id, todayIn(settings.timeZone)),
    timeZones: timeZoneChoices(settings.timeZone),
  };
}

type ActionData = { intent: string; result: SubmissionResult<string[]> };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCreator(request);
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  if (intent === "settings") {
    const submission = parseWithZod(formData, { schema: AvailabilitySchema });
    if (submission.status !== "success")
      return data<ActionData>({ intent, result: submission.reply() }, { status: 400 });
    const { workingDays, ...rest } = submission.value;
    saveAvailability(user.id, {
      ...rest,
      workingDays: workingDays.reduce((mask, d) => mask | (1 << (d - 1)), 0),
    });
    return redirect("/dashboard/availability?done=settings");
  }
  if (intent === "block") {
    const submission = parseWithZod(formData, { schema: BlockDatesSchema });
    if (submission.status !== "success")
      return data<ActionData>({ intent, result: submission.reply() }, { status: 400 });
    const { from, to, reason } = submission.value;
    const added = blockDates(user.id, from, to, reason);
    return redirect(`/dashboard/availability?done=block&n=${added}`);
  }
  if (intent === "unblock") {
    const date = String(formData.get("date") ?? "");
    if (!isValidDate(date))
      return data(
        {
          intent,
          result: { status: "error", error: { "": ["Unknown date"] } } as SubmissionResult<
            string[]
          >,
        },
        { status: 400 },
      );
    unblockDate(user.id, date);
    return redirect("/dashboard/availability?done=unblock");
  }
  throw new Response("Unknown action.", { status: 400 });
}

const settingsConstraint = getZodConstraint(AvailabilitySchema);

/** The working week's number fields; their limits and messages are the schema's. */
const NUMBER_SETTINGS = [
  {
    name: "minNoticeDays",
    label: "Minimum notice (days)",
    hint: "1 = no requests for today; 2 = none for tomorrow either",
  },
  { name: "maxBookingsPerDay", label: "Bookings per day at most", hint: undefined },
  {
    name: "cancelNoticeHours",
    label: "Clients may cancel online until (hours before)",
    hint: "48 = up to two days before the booking starts; 0 = until it starts",
  },
] as const;

function SettingsForm({
  settings,
  timeZones,
  lastResult,
}: {
  settings: ReturnType<typeof getAvailability>;
  timeZones: readonly string[];
  lastResult?: SubmissionResult<string[]>;
}) {
  // Conform's store in the browser, plain metadata on the server (decision 015).
  const [form, fields] = useLightForm({
    id: "settings",
    lastResult,
    // The limits (min, max, required) come from the schema, as the server checks them.
    constraint: settingsConstraint,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AvailabilitySchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    // The saved settings, as the form sends them; after a refused post, what was sent instead.
    defaultValue: {
      timeZone: settings.timeZone,
      workingDays: WEEKDAYS.flatMap((_, i) =>
        (settings.workingDays & (1 << i)) !== 0 ? [String(i + 1)] : [],
      ),
      minNoticeDays: String(settings.minNoticeDays),
      maxBookingsPerDay: String(settings.maxBookingsPerDay),
      cancelNoticeHours: String(settings.cancelNoticeHours),
    },
  });
  const chosenDays = new Set([fields.workingDays.initialValue ?? []].flat());
  // The days' error ("Pick at least one working day") is tied to the group and to each box.
  const daysInvalid = fields.workingDays.errors?.length ? true : undefined;
  return (
    <Form method="post" className="card space-y-4" {...getFormProps(form)}>
      <h2 className="text-lg font-semibold">Working week</h2>
      <div>
        <label htmlFor="timeZone" className="label">
          Time zone
        </label>
        <select
          id="timeZone"
          name="timeZone"
          defaultValue={String(fields.timeZone.initialValue ?? settings.timeZone)}
          className="input"
        >
          {timeZones.map((tz) => (
            <option key={tz} value={tz}>
              {tz}
            </option>
          ))}
        </select>
        <ErrorList errors={fields.timeZone.errors} />
      </div>
      <fieldset aria-describedby={daysInvalid ? fields.workingDays.errorId : undefined}>
        <legend className="label">Days you take bookings</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {WEEKDAYS.map((day, i) => (
            <label key={day} className="flex items-center gap-1 text-sm">
              <input
                type="checkbox"
                name="workingDays"
                value={i + 1}
                defaultChecked={chosenDays.has(String(i + 1))}
                aria-invalid={daysInvalid}
              />
              {day}
            </label>
          ))}
        </div>
        <ErrorList id={fields.workingDays.errorId} errors={fields.workingDays.errors} />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {NUMBER_SETTINGS.map(({ name, label, hint }) => (
          // Conform's own key on the field (reset after a form reset) stays on it.
          <Fragment key={name}>
            <Field
              label={label}
              hint={hint}
              errors={fields[name].errors}
              {...getInputProps(fields[name], { type: "number" })}
            />
          </Fragment>
        ))}
      </div>
      <SubmitButton name="intent" value="settings">
        Save availability
      </SubmitButton>
    </Form>
  );
}

function BlockForm({ lastResult }: { lastResult?: SubmissionResult<string[]> }) {
  const [form, fields] = useLightForm({
    id: "block",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: BlockDatesSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <Form method="post" className="space-y-3" {...getFormProps(form)}>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="From"
          errors={fields.from.errors}
          {...getInputProps(fields.from, { type: "date" })}
        />
        <Field
          label="To (optional, for a range)"
          errors={fields.to.errors}
          {...getInputProps(fields.to, { type: "date" })}
        />
        <Field
          label="Private reason (optional)"
          errors={fields.reason.errors}
          {...getInputProps(fields.reason, { type: "text" })}
          maxLength={200}
        />
      </div>
      <SubmitButton name="intent" value="block" className="btn-secondary" pendingText="Blocking…">
        Block dates
      </SubmitButton>
    </Form>
  );
}

const DONE: Record<string, (n: number) => string> = {
  settings: () => "Availability saved.",
  block: (n) =>
    n === 0
      ? "No dates added: they were blocked already."
      : `${n} ${n === 1 ? "date" : "dates"} blocked.`,
  unblock: () => "Date unblocked.",
};

export default function AvailabilityPage() {
  const { settings, blocked, timeZones } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const done = params.get("done");
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Availability</h1>
        <Link to="/dashboard/calendar" className="btn-secondary px-3 py-1 text-sm">
          Calendar
        </Link>
      </div>
      {/* The last success stays in the address; after a refused post it would sit beside the error. */}
      {done && DONE[done] && !actionData ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {DONE[done](Number(params.get("n") ?? 1))}
        </p>
      ) : null}
      <SettingsForm
        settings={settings}
        timeZones={timeZones}
        lastResult={actionData?.intent === "settings" ? actionData.result : undefined}
      />
      <section className="card space-y-4" aria-labelledby="blocked-title">
        <h2 id="blocked-title" className="text-lg font-semibold">
          Blocked dates
        </h2>
        <p className="text-sm text-slate-600">
          Visitors cannot request blocked dates. The reason is never shown to them.
        </p>
        <BlockForm lastResult={actionData?.intent === "block" ? actionData.result : undefined} />
        {blocked.length === 0 ? (
          <p className="text-sm text-slate-600">No upcoming blocked dates.</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Upcoming blocked dates">
            {blocked.map((b) => (
              <li key={b.date} className="flex items-center justify-between py-2">
                <span>
                  {formatLongDate(b.date)}
                  {b.reason ? <span className="text-sm text-slate-500"> · {b.reason}</span> : null}
                </span>
                <Form method="post">
                  <input type="hidden" name="date" value={b.date} />
                  <SubmitButton
                    name="intent"
                    value="unblock"
                    className="btn-secondary px-3 py-1 text-sm"
                    pendingText="…"
                  >
                    Unblock
                  </SubmitButton>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
