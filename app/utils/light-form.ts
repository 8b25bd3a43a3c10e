import { useForm, type SubmissionResult } from "@conform-to/react";

// The same type parameters as Conform's useForm, so that a form's schema, its values as sent
// (strings) and its errors are inferred the same way.
type Options<
  Schema extends Record<string, unknown>,
  FormValue = Schema,
  FormError = string[],
> = Parameters<typeof useForm<Schema, FormValue, FormError>>[0];
type Result<
  Schema extends Record<string, unknown>,
  FormValue = Schema,
  FormError = string[],
> = ReturnType<typeof useForm<Schema, FormValue, FormError>>;

/**
 * Conform's `useForm`, made cheap where it is not needed: on the server. Conform's form state is a
 * store with subscriptions and proxies, which costs a busy page (the portfolio's inquiry form) about
 * as much as the rest of the page's markup; none of it matters for one server render. On the server
 * this returns plain metadata with what Conform's helpers (`getFormProps`, `getInputProps`,
 * `getTextareaProps`) read for a form's first render: ids, the schema's constraints, the last
 * submission's values and errors. In the browser it is `useForm` itself, so validation, pending
 * states and hydration behave as before; `tests/unit/light-form.test.ts` checks that both give the
 * same props. For flat forms: fields of plain values, and lists of them the page renders itself
 * (checkbox groups); not nested objects or Conform-managed lists. See docs/decisions/015.
 */
export function useLightForm<
  Schema extends Record<string, unknown>,
  FormValue = Schema,
  FormError = string[],
>(options: Options<Schema, FormValue, FormError>): Result<Schema, FormValue, FormError> {
  // The condition is fixed for the lifetime of the process (server) or page (browser), so each
  // environment always calls the same hooks.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  if (typeof document !== "undefined") return useForm(options);
  return serverFormMetadata(options as Options<Schema>) as unknown as Result<
    Schema,
    FormValue,
    FormError
  >;
}

type Values = Record<string, unknown>;

/** Conform leaves empty default values out (no value attribute): an empty string is no value. */
function withoutEmpty(values: Values): Values {
  const kept: Values = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== "" && value !== null && value !== undefined) kept[name] = value;
  }
  return kept;
}

export function serverFormMetadata<Schema extends Record<string, unknown>>(
  options: Pick<Options<Schema>, "id" | "lastResult" | "defaultValue" | "constraint">,
) {
  const formId = options.id ?? "form";
  const result = options.lastResult as SubmissionResult<string[]> | null | undefined;
  const values: Values = result?.initialValue
    ? (result.initialValue as Values)
    : withoutEmpty((options.defaultValue ?? {}) as Values);
  const errors: Record<string, string[] | null> = result?.error ?? {};
  const constraint: Record<string, object> = options.constraint ?? {};
  const meta = (name: string) => {
    const id = name ? `${formId}-${name}` : formId;
    const fieldErrors = errors[name] ?? undefined;
    const initialValue = values[name] as string | string[] | undefined;
    return {
      id,
      name,
      formId,
      errorId: `${id}-error`,
      descriptionId: `${id}-description`,
      initialValue,
      value: initialValue,
      defaultValue: Array.isArray(initialValue) ? initialValue[0] : initialValue,
      errors: fieldErrors,
      valid: !fieldErrors,
      dirty: false,
      key: undefined,
      ...constraint[name],
    };
  };
  const fields = new Proxy({} as Record<string, ReturnType<typeof meta>>, {
    get: (cache, name) => (typeof name === "string" ? (cache[name] ??= meta(name)) : undefined),
  });
  const form = { ...meta(""), noValidate: true, onSubmit: () => {} };
  return [form, fields] as const;
}
