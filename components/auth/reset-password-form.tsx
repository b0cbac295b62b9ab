"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { setPasswordWithResetLink } from "@/app/restablecer/actions";
import { ZResetPassword } from "@/lib/auth/password-reset-schemas";
import { PASSWORD_RULES_HINT, ZNewPassword } from "@/lib/auth/password-rules";
import { collectFieldErrors, type FieldErrors } from "./field-errors";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";

/** `email` is the account's, from the link: the password rules check against it. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const input = { token, password: String(form.get("password") ?? ""), confirmPassword: String(form.get("confirmPassword") ?? "") };
    const problems = collectFieldErrors(ZResetPassword.safeParse(input), ZNewPassword.safeParse({ ...input, email }));
    setFieldErrors(problems ?? {});
    if (problems) return;
    setPending(true);
    try {
      const result = await setPasswordWithResetLink(input);
      if (result.ok) {
        router.replace("/login?restablecida=1");
        return;
      }
      setFieldErrors(result.fieldErrors ?? {});
      setError(result.error);
    } catch {
      setError("No hay conexión con el servidor. Verifique su red e intente de nuevo.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {/* For password managers: which account this password belongs to. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
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
      {error && <FormAlert kind="error">{error}</FormAlert>}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-faro-700 px-4 py-2.5 font-semibold text-white hover:bg-faro-800 disabled:opacity-60"
      >
        {pending ? "Guardando…" : "Guardar la nueva contraseña"}
      </button>
    </form>
  );
}
