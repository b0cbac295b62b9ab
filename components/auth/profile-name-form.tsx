"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { updateMyName } from "@/app/(app)/perfil/actions";
import { ZUpdateProfileName } from "@/lib/profile/profile-schemas";
import { fieldErrorsOf, type FieldErrors } from "./field-errors";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";

export function ProfileNameForm({ name }: { name: string }) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const parsed = ZUpdateProfileName.safeParse({ name: String(new FormData(event.currentTarget).get("name") ?? "") });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await updateMyName(parsed.data);
      if (result.ok) {
        setMessage({ kind: "success", text: "Nombre actualizado." });
        router.refresh();
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
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Cambiar el nombre">
      <FormField id="name" name="name" label="Nombre completo" autoComplete="name" defaultValue={name} maxLength={120} errors={fieldErrors.name} required />
      {message && <FormAlert kind={message.kind}>{message.text}</FormAlert>}
      <button type="submit" disabled={pending} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60">
        {pending ? "Guardando…" : "Guardar el nombre"}
      </button>
    </form>
  );
}
