"use client";

import { useState, type FormEvent } from "react";
import { changeMyPassword } from "@/app/(app)/perfil/actions";
import { PASSWORD_RULES_HINT, ZNewPassword } from "@/lib/auth/password-rules";
import { ZChangeOwnPassword } from "@/lib/profile/profile-schemas";
import { collectFieldErrors, type FieldErrors } from "./field-errors";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";

/** `email` is the signed-in person's: the password rules check against it. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      currentPassword: String(form.get("currentPassword") ?? ""),
      password: String(form.get("password") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    };
    const problems = collectFieldErrors(
      ZChangeOwnPassword.safeParse(input),
      ZNewPassword.safeParse({ email, password: input.password, confirmPassword: input.confirmPassword }),
    );
    setFieldErrors(problems ?? {});
    if (problems) return;
    setPending(true);
    try {
      const result = await changeMyPassword(input);
      if (result.ok) {
        formElement.reset();
        setMessage({ kind: "success", text: "Contraseña cambiada. Úsela la próxima vez que inicie sesión." });
      } else {
        setFieldErrors(result.fieldErrors ?? {});
        setMessage({ kind: "error", text: result.error });
      }
    } catch {
      setMessage({ kind: "error", text: "No hay conexión con el servidor. Verifique su red e intente de nuevo." });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Cambiar la contraseña">
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <FormField
        id="currentPassword"
        name="currentPassword"
        type="password"
        label="Contraseña actual"
        autoComplete="current-password"
        errors={fieldErrors.currentPassword}
        required
      />
      <FormField
        id="password"
        name="password"
        type="password"
        label="Nueva contraseña"
        autoComplete="new-password"
        hint={PASSWORD_RULES_HINT}
        errors={fieldErrors.password}
        required
      />
      <FormField
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label="Repita la nueva contraseña"
        autoComplete="new-password"
        errors={fieldErrors.confirmPassword}
        required
      />
      {message && <FormAlert kind={message.kind}>{message.text}</FormAlert>}
      <button type="submit" disabled={pending} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60">
        {pending ? "Guardando…" : "Cambiar la contraseña"}
      </button>
    </form>
  );
}
