"use client";

// Adds a dated follow-up note to an item.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addItemNoteAction } from "@/app/(app)/e/[entityId]/planes/actions";
import { inputClass, ProblemAlert, secondaryButton } from "@/components/forms/form-parts";
import { FieldErrorList } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZAddItemNote } from "@/lib/action-plans/schemas";

export function ItemNoteForm({ entityId, itemId }: { entityId: string; itemId: string }) {
  const router = useRouter();
  const [body, setBody] = useState("");
  const { pending, problem, fieldErrors, run } = useServerAction(addItemNoteAction, { invalidMessage: "" });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run(ZAddItemNote, { entityId, itemId, body }, () => {
      setBody("");
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="space-y-2">
      <label htmlFor="nota" className="block text-sm font-medium text-slate-700">
        Nueva nota de seguimiento
      </label>
      <textarea id="nota" rows={2} value={body} onChange={(e) => setBody(e.target.value)} className={inputClass} aria-invalid={fieldErrors.body ? true : undefined} />
      <FieldErrorList errors={fieldErrors.body} />
      <ProblemAlert problem={problem?.message ? problem : null} shownFields={["body"]} />
      <button type="submit" className={secondaryButton} disabled={pending}>
        {pending ? "Guardando…" : "Agregar nota"}
      </button>
    </form>
  );
}
