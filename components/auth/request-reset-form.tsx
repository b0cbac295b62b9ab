"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { requestPasswordResetLink } from "@/app/restablecer/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { LabeledInput } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZRequestPasswordReset } from "@/lib/auth/password-reset-schemas";

export function RequestResetForm() {
  const { pending, problem, fieldErrors, run } = useServerAction(requestPasswordResetLink, { invalidMessage: "" });
  const [answer, setAnswer] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(ZRequestPasswordReset, { email: String(new FormData(event.currentTarget).get("email") ?? "") }, (data) => setAnswer(data.message));
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
      <LabeledInput id="email" name="email" type="email" label="Correo electrónico" autoComplete="username" required errors={fieldErrors.email} />
      {problem?.message && <FormAlert kind="error">{problem.message}</FormAlert>}
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
