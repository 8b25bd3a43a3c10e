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
import {
  AvailabilitySchema,
  BlockDatesSchema,
  BookingRequestSchema,
  DeclineSchema,
  ProposeSchema,
} from "~/models/bookings/booking-schema";
import { InquirySchema } from "~/models/inquiries/inquiry-schema";
import { ReviewSchema } from "~/models/reviews/review-schema";
import { ShootSchema, UploadSchema } from "~/models/calendar/calendar-schema";
import {
  PackageSchema,
  PortfolioItemSchema,
  RatesSchema,
  SocialAccountSchema,
} from "~/models/portfolio/portfolio-schemas";
import { ProfileSchema } from "~/models/portfolio/profile-schema";
import { BrandProfileSchema } from "~/models/brands/brand-schema";
import { OfferSchema } from "~/models/deals/deal-schema";
import { ApplySchema, GigSchema } from "~/models/gigs/gig-schema";
import { serverFormMetadata, useLightForm } from "~/utils/light-form";

const constraint = getZodConstraint(InquirySchema);

type Metadata = ReturnType<typeof useForm<Record<string, string | string[]>>>;

/**
 * What `props` reads from Conform's own useForm (captured from a server render) and from the server
 * metadata, for the same form and last result.
 */
function fromBoth(
  form: {
    id: string;
    schema: Parameters<typeof getZodConstraint>[0];
    defaultValue?: Record<string, string | string[]>;
  },
  lastResult: SubmissionResult<string[]> | undefined,
  props: (metadata: Metadata) => unknown,
) {
  const options = {
    id: form.id,
    lastResult,
    constraint: getZodConstraint(form.schema),
    defaultValue: form.defaultValue,
  };
  let conform: unknown;
  function Probe() {
    conform = props(useForm<Record<string, string | string[]>>(options));
    return null;
  }
  renderToStaticMarkup(createElement(Probe));
  return { conform, light: props(serverFormMetadata(options) as never) };
}

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
  function props(form: Form, [meta, fields]: Metadata) {
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

  const both = (form: Form, lastResult?: SubmissionResult<string[]>) =>
    fromBoth(form, lastResult, (metadata) => props(form, metadata));

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

describe("the dashboard's and the review page's flat forms on the server", () => {
  type Editor = {
    id: string;
    schema: Parameters<typeof getZodConstraint>[0];
    inputs: Record<
      string,
      "text" | "url" | "number" | "date" | "time" | "email" | "tel" | "checkbox"
    >;
    textareas?: string[];
    selects?: string[];
    /** Checkbox groups: the editor writes their inputs itself from the field's name and values. */
    lists?: string[];
    defaultValue?: Record<string, string | string[]>;
    bad: [string, string][];
  };
  const editors: Editor[] = [
    {
      id: "profile",
      schema: ProfileSchema,
      inputs: {
        displayName: "text",
        slug: "text",
        headline: "text",
        location: "text",
        languages: "text",
      },
      textareas: ["bio"],
      selects: ["timeZone", "visibility"],
      lists: ["categoryIds", "skillIds"],
      defaultValue: {
        displayName: "Maya Lee",
        slug: "maya",
        headline: "Food stylist",
        bio: "Line one.\nLine two.",
        visibility: "unlisted",
        categoryIds: ["2", "5"],
        skillIds: ["1"],
        location: "Stockholm, Sweden",
        timeZone: "Europe/Stockholm",
        languages: "English, Swedish",
      },
      bad: [
        ["displayName", ""],
        ["slug", "Not A Slug!"],
        ["visibility", "public"],
        ...["1", "2", "3", "4", "5", "6"].map((id): [string, string] => ["categoryIds", id]),
        ["timeZone", "Europe/Stockholm"],
      ],
    },
    {
      id: "social-new",
      schema: SocialAccountSchema,
      inputs: { handle: "text", followers: "text", url: "url", engagementRate: "text" },
      selects: ["platform"],
      defaultValue: { platform: "instagram" },
      bad: [
        ["platform", "tiktok"],
        ["handle", ""],
        ["followers", "lots"],
        ["url", "https://example.com/not-tiktok"],
        ["engagementRate", "250"],
      ],
    },
    {
      id: "settings",
      schema: AvailabilitySchema,
      inputs: { minNoticeDays: "number", maxBookingsPerDay: "number", cancelNoticeHours: "number" },
      selects: ["timeZone"],
      lists: ["workingDays"],
      bad: [
        ["timeZone", "Mars/Olympus_Mons"],
        ["minNoticeDays", "-1"],
        ["maxBookingsPerDay", "many"],
        ["cancelNoticeHours", "1.5"],
      ],
    },
    {
      id: "block",
      schema: BlockDatesSchema,
      inputs: { from: "date", to: "date", reason: "text" },
      bad: [
        ["from", "2027-02-30"],
        ["to", "yesterday"],
        ["reason", "x".repeat(201)],
      ],
    },
    {
      id: "package-new",
      schema: PackageSchema,
      inputs: { name: "text", price: "text", deliveryDays: "number" },
      textareas: ["includes"],
      defaultValue: { name: "Half day", price: "450", includes: "20 photos", deliveryDays: "7" },
      bad: [
        ["name", ""],
        ["price", "lots"],
        ["deliveryDays", "0"],
      ],
    },
    {
      id: "rates",
      schema: RatesSchema,
      inputs: { budgetMin: "text", budgetMax: "text", spacesThisMonth: "number" },
      selects: ["currency"],
      defaultValue: { currency: "EUR", budgetMin: "200", budgetMax: "", spacesThisMonth: "3" },
      bad: [
        ["budgetMin", "abc"],
        ["currency", "XYZ"],
        ["spacesThisMonth", "-1"],
      ],
    },
    {
      id: "shoot",
      schema: ShootSchema,
      inputs: {
        title: "text",
        startTime: "time",
        location: "text",
        amount: "number",
        brand: "text",
        campaign: "text",
      },
      textareas: ["notes"],
      defaultValue: { date: "2027-03-01" },
      bad: [
        ["title", ""],
        ["startTime", "25:99"],
        ["amount", "many"],
        ["date", "2027-03-01"],
      ],
    },
    {
      id: "upload",
      schema: UploadSchema,
      inputs: {
        title: "text",
        startTime: "time",
        platform: "text",
        contentType: "text",
        brand: "text",
        campaign: "text",
      },
      textareas: ["notes"],
      defaultValue: { date: "2027-03-01" },
      bad: [
        ["title", ""],
        ["platform", ""],
        ["contentType", ""],
        ["date", "2027-03-01"],
      ],
    },
    {
      id: "decline",
      schema: DeclineSchema,
      inputs: {},
      textareas: ["reason"],
      bad: [
        ["intent", "nope"],
        ["reason", ""],
      ],
    },
    {
      id: "propose",
      schema: ProposeSchema,
      inputs: { proposedDate: "date", note: "text" },
      bad: [
        ["intent", "nope"],
        ["proposedDate", "someday"],
        ["note", "x".repeat(1001)],
      ],
    },
    {
      id: "review",
      schema: ReviewSchema,
      inputs: { name: "text", email: "email", phone: "tel" },
      textareas: ["body"],
      // The rating's radio buttons and the consent box are written by the form itself.
      lists: ["rating", "consent"],
      bad: [
        ["name", ""],
        ["email", "nobody"],
        ["rating", "9"],
        ["body", "ok"],
      ],
    },
    {
      id: "gig",
      schema: GigSchema,
      inputs: {
        title: "text",
        budgetMin: "text",
        budgetMax: "text",
        location: "text",
        remote: "checkbox",
        deadline: "date",
        creatorsWanted: "number",
      },
      textareas: ["description", "deliverables", "requirements"],
      selects: ["currency"],
      // The categories' and platforms' checkboxes are written by the form itself.
      lists: ["categoryIds", "platforms"],
      // What GigForm passes for a new gig: a checked checkbox as the form sends it.
      defaultValue: { currency: "USD", creatorsWanted: "1", remote: "on" },
      bad: [
        ["title", ""],
        ["budgetMin", "900"],
        ["budgetMax", "100"],
        ["currency", "XYZ"],
        ["deadline", "2020-01-01"],
        ["categoryIds", "1"],
      ],
    },
    {
      id: "apply",
      schema: ApplySchema,
      inputs: { proposed: "text" },
      textareas: ["message"],
      // The portfolio items' checkboxes are written by the form itself.
      lists: ["portfolioItemIds"],
      bad: [
        ["message", "Hi"],
        ["proposed", "a lot"],
        ...["1", "2", "3", "4", "5", "6", "7"].map((id): [string, string] => [
          "portfolioItemIds",
          id,
        ]),
      ],
    },
    ...["offer", "counter-o1"].map((id): Editor => ({
      id,
      schema: OfferSchema,
      inputs: { amount: "text", timelineDays: "number" },
      selects: ["expiresInDays"],
      textareas: ["deliverables", "message"],
      defaultValue: {
        expiresInDays: "7",
        amount: "1200",
        deliverables: "1 reel\n3 stories",
        timelineDays: "14",
      },
      bad: [
        ["amount", "-5"],
        ["deliverables", ""],
        ["timelineDays", "0"],
        ["expiresInDays", "9"],
      ],
    })),
    {
      id: "brand-profile",
      schema: BrandProfileSchema,
      inputs: { company: "text", slug: "text", industry: "text", website: "url", logoUrl: "url" },
      textareas: ["description"],
      defaultValue: {
        company: "Fjord Knit",
        slug: "fjord-knit",
        industry: "Fashion",
        website: "",
        logoUrl: "https://example.com/logo.png",
        description: "Knitwear from Bergen.",
      },
      bad: [
        ["company", ""],
        ["slug", "Not A Slug!"],
        ["website", "ftp://example.com"],
        ["logoUrl", "http://example.com/logo.png"],
      ],
    },
    ...(
      [
        { id: "item-new", defaultValue: { kind: "image" } },
        {
          id: "item-abc123",
          defaultValue: {
            kind: "video",
            title: "Spring lookbook",
            url: "https://youtu.be/abc",
            brand: "Fjord Knit",
            itemDate: "",
            description: "Shot in Bergen.",
            featured: "on",
          },
        },
      ] as { id: string; defaultValue: Record<string, string> }[]
    ).map(({ id, defaultValue }): Editor => ({
      id,
      schema: PortfolioItemSchema,
      inputs: {
        title: "text",
        url: "url",
        brand: "text",
        itemDate: "date",
        featured: "checkbox",
      },
      selects: ["kind"],
      textareas: ["description"],
      defaultValue,
      bad: [
        ["kind", "sculpture"],
        ["title", ""],
        ["url", "not a link"],
        ["itemDate", "2026-02-30"],
      ],
    })),
  ];

  function props(editor: Editor, [meta, fields]: Metadata) {
    const out: Record<string, unknown> = {
      form: getFormProps(meta),
      formErrors: meta.errors,
      formErrorId: meta.errorId,
    };
    for (const [name, type] of Object.entries(editor.inputs)) {
      out[name] =
        type === "checkbox"
          ? getInputProps(fields[name]!, { type })
          : getInputProps(fields[name]!, { type });
      out[`${name}Errors`] = fields[name]!.errors;
    }
    for (const name of editor.textareas ?? []) out[name] = getTextareaProps(fields[name]!);
    for (const name of editor.selects ?? []) {
      out[name] = getSelectProps(fields[name]!);
      out[`${name}Errors`] = fields[name]!.errors;
    }
    for (const name of editor.lists ?? []) {
      const field = fields[name]!;
      out[name] = [field.name, field.initialValue, field.errorId, field.errors];
    }
    return JSON.parse(JSON.stringify(out));
  }

  const both = (editor: Editor, lastResult?: SubmissionResult<string[]>) =>
    fromBoth(editor, lastResult, (metadata) => props(editor, metadata));

  for (const editor of editors) {
    it(`${editor.id}: the same props as Conform, filled in and after a rejected submission`, () => {
      const filled = both(editor);
      expect(filled.light).toEqual(filled.conform);
      const formData = new FormData();
      for (const [key, value] of editor.bad) formData.append(key, value);
      const result = parseWithZod(formData, { schema: editor.schema }).reply();
      // Every bad value is rejected (a form of two fields has two to reject).
      expect(Object.keys(result.error ?? {}).length).toBeGreaterThanOrEqual(
        Math.min(3, editor.bad.length),
      );
      const rejected = both(editor, result);
      expect(rejected.light).toEqual(rejected.conform);
      // What was sent is shown again, with the errors beside it.
      const first = Object.keys(editor.inputs)[0] ?? editor.textareas![0]!;
      const light = rejected.light as Record<string, Record<string, unknown>>;
      expect(light[first]!["aria-invalid"]).toBe(true);
      const select = editor.selects?.[0];
      if (select) {
        expect(light[select]!.defaultValue).toBe(editor.bad.find(([k]) => k === select)?.[1]);
      }
    });
  }

  it("profile: the checkbox groups keep the saved choices, then the sent ones with their error", () => {
    const editor = editors[0]!;
    const saved = both(editor).light as Record<string, unknown[]>;
    expect(saved.categoryIds).toEqual([
      "categoryIds",
      ["2", "5"],
      "profile-categoryIds-error",
      null,
    ]);
    const formData = new FormData();
    for (const [key, value] of editor.bad) formData.append(key, value);
    const result = parseWithZod(formData, { schema: editor.schema }).reply();
    const sent = both(editor, result).light as Record<string, unknown[]>;
    expect(sent.categoryIds!.slice(0, 3)).toEqual([
      "categoryIds",
      ["1", "2", "3", "4", "5", "6"],
      "profile-categoryIds-error",
    ]);
    expect(sent.categoryIds![3]).toEqual([expect.stringMatching(/5/)]);
  });
});
