import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
  type SubmissionResult,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  ForgotPasswordSchema,
  LoginSchema,
  ResetPasswordSchema,
  SignupSchema,
} from "~/models/accounts/account-schemas";
import { BookingRequestSchema } from "~/models/bookings/booking-schema";
import { InquirySchema } from "~/models/inquiries/inquiry-schema";
import { serverFormMetadata, useLightForm } from "~/utils/light-form";

const constraint = getZodConstraint(InquirySchema);

/** The props the inquiry form spreads onto its elements, from whichever metadata it is given. */
type InquiryFields = { name: string; email: string; message: string; budget: string };

function propsFrom([form, fields]: ReturnType<typeof useForm<InquiryFields>>) {
  return {
    form: getFormProps(form),
    formErrors: form.errors,
    formErrorId: form.errorId,
    name: getInputProps(fields.name, { type: "text" }),
    nameErrors: fields.name.errors,
    email: getInputProps(fields.email, { type: "email" }),
    emailErrors: fields.email.errors,
    message: getTextareaProps(fields.message),
    messageErrors: fields.message.errors,
    budget: getInputProps(fields.budget, { type: "number" }),
    budgetErrors: fields.budget.errors,
  };
}

/** What Conform's own useForm gives on a first render, captured from a server render. */
function conformProps(lastResult?: SubmissionResult<string[]>) {
  let captured: ReturnType<typeof propsFrom> | undefined;
  function Probe() {
    captured = propsFrom(useForm<InquiryFields>({ id: "inquiry", lastResult, constraint }));
    return null;
  }
  renderToStaticMarkup(createElement(Probe));
  // onSubmit is a handler (never rendered into HTML); compare everything else.
  return JSON.parse(JSON.stringify(captured));
}

function lightProps(lastResult?: SubmissionResult<string[]>) {
  const metadata = serverFormMetadata({ id: "inquiry", lastResult, constraint });
  return JSON.parse(JSON.stringify(propsFrom(metadata as never)));
}

function reply(entries: Record<string, string>) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(entries)) formData.set(key, value);
  return parseWithZod(formData, { schema: InquirySchema }).reply();
}

describe("useLightForm (Conform's metadata without its store, on the server)", () => {
  it("gives the same element props as Conform for an empty form", () => {
    const light = lightProps();
    expect(light).toEqual(conformProps());
    // The constraints really are there (a test comparing two empty objects could not fail).
    expect(light.name).toMatchObject({ id: "inquiry-name", name: "name", required: true });
    expect(light.message).toMatchObject({ minLength: 10, maxLength: 5000 });
  });

  it("gives the same props, values and field errors as Conform after a rejected submission", () => {
    const result = reply({ name: "Ada", email: "not-an-email", message: "short", budget: "-5" });
    const light = lightProps(result);
    expect(light).toEqual(conformProps(result));
    expect(light.email).toMatchObject({ "aria-invalid": true, defaultValue: "not-an-email" });
    expect(light.emailErrors?.length).toBeGreaterThan(0);
    expect(light.name["aria-invalid"]).toBeUndefined();
  });

  it("gives the same form-level errors as Conform", () => {
    const result = reply({
      name: "Ada Lovelace",
      email: "ada@example.com",
      message: "x".repeat(20),
    });
    const rejected = { ...result, error: { "": ["Too many messages from your network."] } };
    const light = lightProps(rejected);
    expect(light).toEqual(conformProps(rejected));
    expect(light.formErrors).toEqual(["Too many messages from your network."]);
  });

  it("is Conform's own useForm when a document exists (in the browser)", () => {
    const g = globalThis as { document?: unknown };
    g.document = {};
    try {
      let form: unknown;
      function Probe() {
        [form] = useLightForm({ id: "inquiry", constraint });
        return null;
      }
      renderToStaticMarkup(createElement(Probe));
      // Conform's form metadata is a Proxy over its store; the server shim is a plain object.
      expect(typeof (form as { getFieldset?: unknown }).getFieldset).toBe("function");
    } finally {
      delete g.document;
    }
  });
});

describe("the account forms (log in, sign up, forgot and reset password) on the server", () => {
  type Form = {
    id: string;
    schema: Parameters<typeof getZodConstraint>[0];
    inputs: Record<string, "text" | "email" | "password">;
    bad: Record<string, string>;
    defaultValue?: Record<string, string>;
  };
  const forms: Form[] = [
    {
      id: "login",
      schema: LoginSchema,
      inputs: { email: "email", password: "password" },
      bad: { email: "nope", password: "" },
    },
    {
      id: "signup",
      schema: SignupSchema,
      inputs: { displayName: "text", email: "email", password: "password" },
      bad: { role: "brand", displayName: "", email: "x@", password: "short" },
      defaultValue: { role: "creator" },
    },
    {
      id: "forgot-password",
      schema: ForgotPasswordSchema,
      inputs: { email: "email" },
      bad: { email: "not-an-email" },
    },
    {
      id: "reset-password",
      schema: ResetPasswordSchema,
      inputs: { password: "password", confirmPassword: "password" },
      bad: { password: "long-enough-password", confirmPassword: "something-else" },
    },
  ];

  /** What each form spreads onto its elements and prints beside them. */
  function props(form: Form, [meta, fields]: ReturnType<typeof useForm<Record<string, string>>>) {
    const out: Record<string, unknown> = {
      form: getFormProps(meta),
      formErrors: meta.errors,
      formErrorId: meta.errorId,
      role: { name: fields.role?.name, initialValue: fields.role?.initialValue },
    };
    for (const [name, type] of Object.entries(form.inputs)) {
      out[name] = getInputProps(fields[name]!, { type });
      out[`${name}Errors`] = fields[name]!.errors;
    }
    return JSON.parse(JSON.stringify(out));
  }

  function both(form: Form, lastResult?: SubmissionResult<string[]>) {
    const options = {
      id: form.id,
      lastResult,
      constraint: getZodConstraint(form.schema),
      defaultValue: form.defaultValue,
    };
    let conform: unknown;
    function Probe() {
      conform = props(form, useForm<Record<string, string>>(options));
      return null;
    }
    renderToStaticMarkup(createElement(Probe));
    return { conform, light: props(form, serverFormMetadata(options) as never) };
  }

  for (const form of forms) {
    it(`${form.id}: the same props as Conform, empty and after a rejected submission`, () => {
      const empty = both(form);
      expect(empty.light).toEqual(empty.conform);
      const formData = new FormData();
      for (const [key, value] of Object.entries(form.bad)) formData.set(key, value);
      const result = parseWithZod(formData, { schema: form.schema }).reply();
      expect(Object.keys(result.error ?? {}).length).toBeGreaterThan(0);
      const rejected = both(form, result);
      expect(rejected.light).toEqual(rejected.conform);
      // The constraints and errors really are there.
      const first = Object.keys(form.inputs)[0]!;
      expect((rejected.light as Record<string, { required?: boolean }>)[first]!.required).toBe(
        true,
      );
    });
  }
});

describe("the booking request form on the server", () => {
  type Fields = Record<string, string>;
  const inputs = {
    date: "date",
    startTime: "time",
    durationMinutes: "number",
    budget: "number",
    name: "text",
    email: "email",
    phone: "tel",
  } as const;

  /** What BookingForm spreads onto its elements and prints beside them. */
  function props([form, fields]: ReturnType<typeof useForm<Fields>>) {
    const out: Record<string, unknown> = {
      form: getFormProps(form),
      formErrors: form.errors,
      dateValue: fields.date!.value,
      packageId: getSelectProps(fields.packageId!),
      packageIdErrors: fields.packageId!.errors,
      customRequest: getTextareaProps(fields.customRequest!),
      message: getTextareaProps(fields.message!),
      messageErrors: fields.message!.errors,
    };
    for (const [name, type] of Object.entries(inputs)) {
      out[name] = getInputProps(fields[name]!, { type });
      out[`${name}Errors`] = fields[name]!.errors;
    }
    return JSON.parse(JSON.stringify(out));
  }

  function both(lastResult?: SubmissionResult<string[]>) {
    const options = {
      id: "booking",
      lastResult,
      defaultValue: { date: "2027-01-15" },
      constraint: getZodConstraint(BookingRequestSchema),
    };
    let conform: unknown;
    function Probe() {
      conform = props(useForm<Fields>(options));
      return null;
    }
    renderToStaticMarkup(createElement(Probe));
    return { conform, light: props(serverFormMetadata(options) as never) };
  }

  it("gives the same props as Conform, empty and after a rejected request", () => {
    const empty = both();
    expect(empty.light).toEqual(empty.conform);
    expect(empty.light.dateValue).toBe("2027-01-15");
    const formData = new FormData();
    for (const [key, value] of Object.entries({
      date: "2027-02-30",
      startTime: "25:00",
      durationMinutes: "5",
      name: "Cleo",
      email: "cleo@",
      message: "Hi",
    }))
      formData.set(key, value);
    const result = parseWithZod(formData, { schema: BookingRequestSchema }).reply();
    const rejected = both(result);
    expect(rejected.light).toEqual(rejected.conform);
    expect(rejected.light.date).toMatchObject({ "aria-invalid": true, defaultValue: "2027-02-30" });
    expect(rejected.light.durationMinutesErrors).toEqual(["At least 15 minutes"]);
    expect(rejected.light.message).toMatchObject({ required: true, minLength: 10 });
  });
});
