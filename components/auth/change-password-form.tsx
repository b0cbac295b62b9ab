"use client";

import { useState, type FormEvent } from "react";
import { changeMyPassword } from "@/app/(app)/perfil/actions";
import { collectFieldErrors } from "@/components/forms/field-errors";
import { FormAlert } from "@/components/forms/form-alert";
import { LabeledInput } from "@/components/forms/labeled-field";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZNewPassword } from "@/lib/auth/password-rules";
import { ZChangeOwnPassword } from "@/lib/profile/profile-schemas";

/** `email` is the signed-in person's: the password rules check against it. */
export function ChangePasswordForm({ email }: { email: string }) {
  const { pending, problem, fieldErrors, run } = useServerAction(changeMyPassword, { invalidMessage: "" });
  const [saved, setSaved] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      currentPassword: String(form.get("currentPassword") ?? ""),
      password: String(form.get("password") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    };
    const check = () =>
      collectFieldErrors(
        ZChangeOwnPassword.safeParse(input),
        ZNewPassword.safeParse({ email, password: input.password, confirmPassword: input.confirmPassword }),
      );
    run(check, input, () => {
      formElement.reset();
      setSaved("Contraseña cambiada. Úsela la próxima vez que inicie sesión.");
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Cambiar la contraseña">
      <LabeledInput
        id="currentPassword"
        name="currentPassword"
        type="password"
        label="Contraseña actual"
        autoComplete="current-password"
        errors={fieldErrors.currentPassword}
        required
      />
      <NewPasswordFields email={email} errors={fieldErrors} />
      {problem?.message && <FormAlert kind="error">{problem.message}</FormAlert>}
      {saved && <FormAlert kind="success">{saved}</FormAlert>}
      <button type="submit" disabled={pending} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60">
        {pending ? "Guardando…" : "Cambiar la contraseña"}
      </button>
    </form>
  );
}
