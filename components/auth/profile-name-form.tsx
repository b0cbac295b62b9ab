"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { updateMyName } from "@/app/(app)/perfil/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { LabeledInput } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZUpdateProfileName } from "@/lib/profile/profile-schemas";

export function ProfileNameForm({ name }: { name: string }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(updateMyName, { invalidMessage: "" });
  const [saved, setSaved] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    run(ZUpdateProfileName, { name: String(new FormData(event.currentTarget).get("name") ?? "") }, () => {
      setSaved("Nombre actualizado.");
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label="Cambiar el nombre">
      <LabeledInput
        id="name"
        name="name"
        type="text"
        label="Nombre completo"
        autoComplete="name"
        defaultValue={name}
        maxLength={120}
        errors={fieldErrors.name}
        required
      />
      {problem?.message && <FormAlert kind="error">{problem.message}</FormAlert>}
      {saved && <FormAlert kind="success">{saved}</FormAlert>}
      <button type="submit" disabled={pending} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60">
        {pending ? "Guardando…" : "Guardar el nombre"}
      </button>
    </form>
  );
}
