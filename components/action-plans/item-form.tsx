"use client";

// An item's definition and follow-up in one form. The version it was loaded
// with goes along: if someone else saved meanwhile, the server refuses (409)
// and nothing typed here is lost. Completing requires a completion note and
// evidence linked in the page's "Evidencia de cumplimiento" panel (checked on
// the server; its refusal shows under "Estado").
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updatePlanItemAction } from "@/app/(app)/e/[entityId]/planes/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { inputClass, primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { FieldErrorList, LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ITEM_STATUS_LABELS, PRIORITY_LABELS } from "@/lib/action-plans/labels";
import { ZUpdatePlanItem, type UpdatePlanItemInput } from "@/lib/action-plans/schemas";

type Values = Omit<UpdatePlanItemInput, "entityId" | "itemId" | "version">;
type Props = { entityId: string; itemId: string; version: number; initial: Values; members: { id: string; name: string }[]; editable: boolean };

const STATUSES = ["PENDIENTE", "EN_CURSO", "CUMPLIDA", "CANCELADA"] as const;

function TextArea({ id, label, value, onChange, errors, disabled, rows = 3, hint }: { id: string; label: string; value: string; onChange: (v: string) => void; errors?: string[]; disabled: boolean; rows?: number; hint?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea id={id} rows={rows} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} className={inputClass} aria-invalid={errors?.length ? true : undefined} aria-describedby={hint ? `${id}-ayuda` : undefined} />
      {hint && <p id={`${id}-ayuda`} className="mt-1 text-sm text-slate-500">{hint}</p>}
      <FieldErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function ItemForm({ entityId, itemId, version: loadedVersion, initial, members, editable }: Props) {
  const router = useRouter();
  const [values, setValues] = useState<Values>(initial);
  const [version, setVersion] = useState(loadedVersion);
  const [saved, setSaved] = useState(false);
  const { pending, problem, fieldErrors, run } = useServerAction(updatePlanItemAction);
  const set = <K extends keyof Values>(key: K) => (value: Values[K]) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: value }));
  };
  const disabled = !editable || pending;
  // A completed item is 100 % done; the server stores it so too.
  const changeStatus = (status: Values["status"]) => {
    setSaved(false);
    setValues((v) => ({ ...v, status, progress: status === "CUMPLIDA" ? 100 : v.progress }));
  };

  function submit(event: React.FormEvent) {
    event.preventDefault();
    run(ZUpdatePlanItem, { entityId, itemId, version, ...values }, (data) => {
      setVersion(data.version);
      setSaved(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextArea id="action" label="Acción" value={values.action} onChange={set("action")} errors={fieldErrors.action} disabled={disabled} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextArea id="deliverable" label="Entregable esperado" rows={2} value={values.deliverable} onChange={set("deliverable")} errors={fieldErrors.deliverable} disabled={disabled} />
        <TextArea id="indicator" label="Indicador" rows={2} value={values.indicator} onChange={set("indicator")} errors={fieldErrors.indicator} disabled={disabled} />
        <TextArea id="goal" label="Meta" rows={2} value={values.goal} onChange={set("goal")} errors={fieldErrors.goal} disabled={disabled} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <LabeledSelect id="responsibleId" label="Responsable" value={values.responsibleId} onChange={(e) => set("responsibleId")(e.target.value)} errors={fieldErrors.responsibleId} disabled={disabled}>
          <option value="">Sin asignar</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </LabeledSelect>
        <LabeledInput id="startDate" type="date" label="Fecha de inicio" value={values.startDate} onChange={(e) => set("startDate")(e.target.value)} errors={fieldErrors.startDate} disabled={disabled} />
        <LabeledInput id="dueDate" type="date" label="Fecha límite" value={values.dueDate} onChange={(e) => set("dueDate")(e.target.value)} errors={fieldErrors.dueDate} disabled={disabled} />
        <LabeledSelect id="priority" label="Prioridad" value={values.priority} onChange={(e) => set("priority")(e.target.value as Values["priority"])} disabled={disabled}>
          {(["ALTA", "MEDIA", "BAJA"] as const).map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABELS[p]}
            </option>
          ))}
        </LabeledSelect>
        <LabeledSelect id="status" label="Estado" value={values.status} onChange={(e) => changeStatus(e.target.value as Values["status"])} errors={fieldErrors.status} disabled={disabled}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {ITEM_STATUS_LABELS[s]}
            </option>
          ))}
        </LabeledSelect>
        <LabeledInput
          id="progress"
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          label="Avance (%)"
          value={Number.isNaN(values.progress) ? "" : values.progress}
          onChange={(e) => set("progress")(e.target.value === "" ? Number.NaN : Number(e.target.value))}
          errors={fieldErrors.progress}
          disabled={disabled || values.status === "CUMPLIDA"}
        />
      </div>
      {values.status === "CANCELADA" && (
        <TextArea id="cancelReason" label="Motivo de la cancelación" value={values.cancelReason} onChange={set("cancelReason")} errors={fieldErrors.cancelReason} disabled={disabled} />
      )}
      {values.status === "CUMPLIDA" && (
        <TextArea
          id="completionNote"
          label="Nota de cumplimiento"
          hint="Cómo se cumplió la acción. La evidencia (acta, documento, enlace) se vincula en «Evidencia de cumplimiento»."
          value={values.completionNote}
          onChange={set("completionNote")}
          errors={fieldErrors.completionNote}
          disabled={disabled}
        />
      )}
      <ProblemAlert problem={problem} shownFields={Object.keys(initial)} />
      {saved && <FormAlert kind="success">Cambios guardados.</FormAlert>}
      {editable && (
        <button type="submit" className={primaryButton} disabled={pending}>
          {pending ? "Guardando…" : "Guardar la acción"}
        </button>
      )}
    </form>
  );
}
