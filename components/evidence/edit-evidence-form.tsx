"use client";

// Edits the description of an evidence (not its files: that is a revision).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateEvidenceAction } from "@/app/(app)/e/[entityId]/evidencias/actions";
import { LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { useServerAction } from "@/components/forms/use-server-action";
import { ZUpdateEvidence } from "@/lib/evidence/schemas";
import type { PersonOption } from "./upload-evidence-form";

type Values = { title: string; description: string; documentDate: string; ownerId: string; policyCode: string; validUntil: string };
type Props = { entityId: string; evidenceId: string; initial: Values; people: PersonOption[]; policies: { code: string; name: string }[] };

export function EditEvidenceForm({ entityId, evidenceId, initial, people, policies }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const { pending, problem, fieldErrors, run } = useServerAction(updateEvidenceAction);
  const set = (name: keyof Values) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
    setSaved(false);
    setValues({ ...values, [name]: e.target.value });
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { entityId, evidenceId, ...values, description: values.description || undefined };
    run(ZUpdateEvidence, input, () => {
      setSaved(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <LabeledInput id="editar-titulo" label="Título" value={values.title} onChange={set("title")} errors={fieldErrors.title} />
      <label className="block text-sm font-medium text-slate-700">
        Descripción
        <textarea value={values.description} onChange={set("description")} rows={2} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 font-normal" />
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <LabeledInput id="editar-fecha" label="Fecha del documento" type="date" value={values.documentDate} onChange={set("documentDate")} errors={fieldErrors.documentDate} />
        <LabeledInput id="editar-vigente" label="Vigente hasta" type="date" value={values.validUntil} onChange={set("validUntil")} errors={fieldErrors.validUntil} />
        <LabeledSelect id="editar-responsable" label="Responsable" value={values.ownerId} onChange={set("ownerId")} errors={fieldErrors.ownerId}>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </LabeledSelect>
        <LabeledSelect id="editar-politica" label="Política" value={values.policyCode} onChange={set("policyCode")} errors={fieldErrors.policyCode}>
          <option value="">Sin política</option>
          {policies.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} · {p.name}
            </option>
          ))}
        </LabeledSelect>
      </div>
      <ProblemAlert problem={problem} shownFields={["title", "documentDate", "validUntil", "ownerId", "policyCode"]} />
      {saved && <p role="status" className="text-sm text-emerald-800">Cambios guardados.</p>}
      <button type="submit" className={primaryButton} disabled={pending}>
        Guardar cambios
      </button>
    </form>
  );
}
