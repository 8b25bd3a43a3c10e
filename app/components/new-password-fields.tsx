import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { Field } from "~/components/forms";

/**
 * A new password and its repetition, as the settings form and the reset page ask for them: the
 * browser is told both are a new password (so it offers to generate and save one), and each field
 * shows its own errors. `hint` says the rules and what else happens.
 */
export function NewPasswordFields({
  password,
  confirm,
  hint,
}: {
  password: FieldMetadata<string>;
  confirm: FieldMetadata<string>;
  hint: string;
}) {
  return (
    <>
      <Field
        label="New password"
        hint={hint}
        errors={password.errors}
        {...getInputProps(password, { type: "password" })}
        autoComplete="new-password"
      />
      <Field
        label="Repeat the new password"
        errors={confirm.errors}
        {...getInputProps(confirm, { type: "password" })}
        autoComplete="new-password"
      />
    </>
  );
}
