// The new password and its confirmation, with the rules as the hint: the same
// in the reset link, the invitation and the profile's change of password.
import { PASSWORD_RULES_HINT } from "@/lib/auth/password-rules";
import type { FieldErrors } from "./field-errors";
import { LabeledInput } from "./labeled-field";

type Props = {
  /** The account's e-mail: the hidden username field lets password managers save the password under it. */
  email: string;
  errors: FieldErrors;
  confirmLabel?: string;
};

export function NewPasswordFields({ email, errors, confirmLabel = "Repita la nueva contraseña" }: Props) {
  return (
    <>
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <LabeledInput
        id="password"
        name="password"
        type="password"
        label="Nueva contraseña"
        autoComplete="new-password"
        hint={PASSWORD_RULES_HINT}
        errors={errors.password}
        required
      />
      <LabeledInput
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label={confirmLabel}
        autoComplete="new-password"
        errors={errors.confirmPassword}
        required
      />
    </>
  );
}
