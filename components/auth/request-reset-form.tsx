"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { requestPasswordResetLink } from "@/app/restablecer/actions";
import { ZRequestPasswordReset } from "@/lib/auth/password-reset-schemas";
import { fieldErrorsOf, type FieldErrors } from "./field-errors";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";

export function RequestResetForm() {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const parsed = ZRequestPasswordReset.safeParse({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await requestPasswordResetLink(parsed.data);
      if (result.ok) setAnswer(result.data.message);
      else {
        setFieldErrors(result.fieldErrors ?? {});
        setError(result.error);
      }
    } catch {
      setError("No hay conexión con el servidor. Verifique su red e intente de nuevo.");
    } finally {
      setPending(false);
    }
  }

  if (answer) {
    return (
      <div className="space-y-4">
        <FormAlert kind="success">{answer}</FormAlert>
        <Link href="/login" className="inline-block text-sm text-faro-700 underline hover:text-faro-900">
          Volver a iniciar sesión
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField id="email" name="email" type="email" label="Correo electrónico" autoComplete="username" required errors={fieldErrors.email} />
      {error && <FormAlert kind="error">{error}</FormAlert>}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-faro-700 px-4 py-2.5 font-semibold text-white hover:bg-faro-800 disabled:opacity-60"
      >
        {pending ? "Enviando…" : "Pedir el enlace"}
      </button>
      <p className="text-center text-sm">
        <Link href="/login" className="text-faro-700 underline hover:text-faro-900">
          Volver a iniciar sesión
        </Link>
      </p>
    </form>
  );
}
