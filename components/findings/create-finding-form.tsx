"use client";

// Control interno records a hallazgo.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createFindingAction } from "@/app/(app)/e/[entityId]/hallazgos/actions";
import { LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { useServerAction } from "@/components/forms/use-server-action";
import { SEVERITY_LABELS } from "@/lib/evidence/labels";
import type { ActivityOptionGroup } from "@/lib/evidence/list-activity-options";
import { ZCreateFinding } from "@/lib/evidence/schemas";

type Option = { id: string; name: string };
type Props = {
  entityId: string;
  people: Option[];
  policies: { code: string; name: string }[];
  activityGroups: ActivityOptionGroup[];
  evidences: { id: string; title: string; vigencia: number }[];
  initialEvidenceId?: string;
};

export function CreateFindingForm({ entityId, people, policies, activityGroups, evidences, initialEvidenceId = "" }: Props) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(createFindingAction);
  const [v, setV] = useState({ severity: "MEDIA", description: "", policyCode: "", activityRef: "", evidenceId: initialEvidenceId, responsibleId: "", dueDate: "" });
  const set = (name: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setV({ ...v, [name]: e.target.value });

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run(ZCreateFinding, { entityId, ...v }, (created) => router.push(`/e/${entityId}/hallazgos/${created.id}`));
  }

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <LabeledSelect id="hallazgo-severidad" label="Severidad" value={v.severity} onChange={set("severity")} errors={fieldErrors.severity}>
        {Object.entries(SEVERITY_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </LabeledSelect>
      <div>
        <label htmlFor="hallazgo-descripcion" className="block text-sm font-medium text-slate-700">
          Descripción del hallazgo
        </label>
        <textarea
          id="hallazgo-descripcion"
          value={v.description}
          onChange={set("description")}
          rows={4}
          maxLength={8000}
          aria-invalid={fieldErrors.description ? true : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 aria-[invalid=true]:border-red-600"
        />
        {fieldErrors.description && <p className="mt-1 text-sm text-red-700">{fieldErrors.description.join(" ")}</p>}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <LabeledSelect id="hallazgo-responsable" label="Responsable que debe responder" value={v.responsibleId} onChange={set("responsibleId")} errors={fieldErrors.responsibleId}>
          <option value="">Elija una persona…</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </LabeledSelect>
        <LabeledInput id="hallazgo-plazo" label="Fecha límite de respuesta" type="date" value={v.dueDate} onChange={set("dueDate")} errors={fieldErrors.dueDate} />
        <LabeledSelect id="hallazgo-politica" label="Política (opcional)" value={v.policyCode} onChange={set("policyCode")} errors={fieldErrors.policyCode}>
          <option value="">Sin política</option>
          {policies.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} · {p.name}
            </option>
          ))}
        </LabeledSelect>
        <LabeledSelect id="hallazgo-evidencia" label="Evidencia (opcional)" value={v.evidenceId} onChange={set("evidenceId")} errors={fieldErrors.evidenceId}>
          <option value="">Sin evidencia</option>
          {evidences.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title} ({e.vigencia})
            </option>
          ))}
        </LabeledSelect>
      </div>
      <LabeledSelect id="hallazgo-actividad" label="Actividad del autodiagnóstico (opcional)" value={v.activityRef} onChange={set("activityRef")} errors={fieldErrors.activityRef}>
        <option value="">Sin actividad</option>
        {activityGroups.map((g) => (
          <optgroup key={g.assessmentId} label={g.label}>
            {g.activities.map((a) => (
              <option key={a.id} value={`${g.assessmentId}:${a.id}`}>
                {a.label}
              </option>
            ))}
          </optgroup>
        ))}
      </LabeledSelect>
      <ProblemAlert problem={problem} shownFields={["severity", "description", "responsibleId", "dueDate", "policyCode", "evidenceId", "activityRef"]} />
      <button type="submit" className={primaryButton} disabled={pending}>
        Registrar hallazgo
      </button>
    </form>
  );
}
