"use client";

// Tabla 6: design a training offer for the entities whose weakest official
// policy is the same. Choosing the policy pre-checks its group; any other
// entity of the department can be added.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { createTrainingOfferAction } from "@/app/(app)/asesoria/[departmentCode]/capacitaciones/actions";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { FieldErrorList, LabeledInput, LabeledSelect, LabeledTextarea } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { PolicyName } from "@/lib/advisor/department-table-types";
import { ZCreateTrainingOffer } from "@/lib/advisor/training/training-schemas";

type Props = {
  departmentCode: string;
  vigencia: number;
  policies: PolicyName[];
  initialPolicy: string;
  /** Policy code -> códigos SIGEP whose lowest policy it is. */
  groups: Record<string, string[]>;
  entities: { sigepCode: string; name: string }[];
};

const FIELDS = ["policyCode", "title", "description", "scheduledOn", "modality", "place", "sigepCodes"];

export function TrainingOfferForm(props: Props) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(createTrainingOfferAction);
  const [policy, setPolicy] = useState(props.initialPolicy);
  const [chosen, setChosen] = useState<Set<string>>(new Set(props.groups[props.initialPolicy] ?? []));
  const group = new Set(props.groups[policy] ?? []);
  const ordered = [...props.entities].sort((a, b) => Number(group.has(b.sigepCode)) - Number(group.has(a.sigepCode)));

  function choosePolicy(code: string) {
    setPolicy(code);
    setChosen(new Set(props.groups[code] ?? []));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const input = {
      departmentCode: props.departmentCode,
      vigencia: props.vigencia,
      policyCode: policy,
      title: text("title"),
      description: text("description"),
      scheduledOn: text("scheduledOn"),
      modality: text("modality"),
      place: text("place"),
      sigepCodes: [...chosen],
    };
    run(ZCreateTrainingOffer, input, ({ offerId }) => router.push(`/asesoria/${props.departmentCode}/capacitaciones/${offerId}`));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <LabeledSelect id="policyCode" label="Política a fortalecer" value={policy} onChange={(e) => choosePolicy(e.target.value)} errors={fieldErrors.policyCode}>
        {props.policies.map((p) => (
          <option key={p.code} value={p.code}>
            {p.code} {p.name} ({props.groups[p.code]?.length ?? 0} entidades)
          </option>
        ))}
      </LabeledSelect>
      <LabeledInput id="title" name="title" label="Nombre de la capacitación" errors={fieldErrors.title} />
      <LabeledTextarea id="description" name="description" label="Contenido, materiales y herramientas" errors={fieldErrors.description} rows={3} />
      <div className="grid gap-3 sm:grid-cols-3">
        <LabeledInput id="scheduledOn" name="scheduledOn" type="date" label="Fecha" errors={fieldErrors.scheduledOn} />
        <LabeledSelect id="modality" name="modality" label="Modalidad" defaultValue="VIRTUAL" errors={fieldErrors.modality}>
          <option value="VIRTUAL">Virtual</option>
          <option value="PRESENCIAL">Presencial</option>
        </LabeledSelect>
        <LabeledInput id="place" name="place" label="Lugar o enlace" errors={fieldErrors.place} />
      </div>
      <fieldset className="space-y-1" aria-describedby="sigepCodes-error">
        <legend className="text-sm font-medium text-slate-700">
          Entidades invitadas ({chosen.size}); marcadas de entrada, las que tienen esta política como la más baja
        </legend>
        <div className="max-h-72 overflow-auto rounded-md border border-slate-200 p-2">
          {ordered.map((e) => (
            <label key={e.sigepCode} className="flex items-center gap-2 py-0.5 text-sm">
              <input
                type="checkbox"
                checked={chosen.has(e.sigepCode)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(e.sigepCode);
                  else next.delete(e.sigepCode);
                  setChosen(next);
                }}
              />
              {e.name}
              {group.has(e.sigepCode) && <span className="text-xs text-slate-500">(política más baja)</span>}
            </label>
          ))}
        </div>
        <FieldErrorList id="sigepCodes-error" errors={fieldErrors.sigepCodes} />
      </fieldset>
      <ProblemAlert problem={problem} shownFields={FIELDS} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Guardando…" : "Crear capacitación"}
      </button>
    </form>
  );
}
