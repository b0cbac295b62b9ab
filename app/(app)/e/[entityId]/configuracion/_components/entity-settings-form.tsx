"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { DepartmentOptions } from "@/components/forms/department-options";
import { FormAlert } from "@/components/forms/form-alert";
import { LabelOptions } from "@/components/forms/label-options";
import { LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { ENTITY_TYPE_LABELS, MUNICIPAL_CATEGORY_LABELS } from "@/lib/entities/labels";
import { ZEntitySettings, type EntitySettingsInput } from "@/lib/entity-settings/entity-settings-schema";
import type { EntitySettingsView } from "@/lib/entity-settings/load-entity-settings";
import { DANE_DEPARTMENTS } from "@/lib/platform/dane-departments";
import { saveEntitySettings } from "../actions";

type Entity = EntitySettingsView["entity"];

function readForm(form: HTMLFormElement, entityId: string): EntitySettingsInput {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  const departmentCode = text("departmentCode");
  return {
    entityId,
    name: text("name"),
    nit: text("nit"),
    sigepCode: text("sigepCode"),
    type: text("type") as EntitySettingsInput["type"],
    departmentCode,
    // The name follows the DANE code, so the two cannot disagree.
    departmentName: DANE_DEPARTMENTS[departmentCode] ?? "",
    municipalityCode: text("municipalityCode"),
    municipalityName: text("municipalityName"),
    municipalCategory: text("municipalCategory") as EntitySettingsInput["municipalCategory"],
    peerGroup: text("peerGroup"),
    sharesWithAdvisor: data.get("sharesWithAdvisor") === "on",
  };
}

export function EntitySettingsForm({ entity }: { entity: Entity }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(saveEntitySettings);
  const [saved, setSaved] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    run(ZEntitySettings, readForm(event.currentTarget, entity.id), () => {
      setSaved("Cambios guardados.");
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="datos-entidad" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="datos-entidad" className="text-lg font-semibold text-faro-900">
        Datos de la entidad
      </h2>
      <p className="text-sm text-slate-600">Deben coincidir con los de Función Pública: así se reconocen sus resultados oficiales.</p>
      <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <LabeledInput id="name" label="Nombre de la entidad" errors={fieldErrors.name} name="name" defaultValue={entity.name} autoComplete="organization" />
        </div>
        <LabeledInput
          id="nit"
          label="NIT"
          hint="Con el dígito de verificación, por ejemplo 890907317-2."
          errors={fieldErrors.nit}
          name="nit"
          defaultValue={entity.nit}
          inputMode="numeric"
        />
        <LabeledInput id="sigepCode" label="Código SIGEP" errors={fieldErrors.sigepCode} name="sigepCode" defaultValue={entity.sigepCode} inputMode="numeric" />
        <LabeledSelect id="type" label="Naturaleza jurídica" errors={fieldErrors.type} name="type" defaultValue={entity.type}>
          <LabelOptions labels={ENTITY_TYPE_LABELS} />
        </LabeledSelect>
        <LabeledSelect
          id="municipalCategory"
          label="Categoría (Ley 617 de 2000)"
          errors={fieldErrors.municipalCategory}
          name="municipalCategory"
          defaultValue={entity.municipalCategory ?? ""}
        >
          <option value="">Sin categoría</option>
          <LabelOptions labels={MUNICIPAL_CATEGORY_LABELS} />
        </LabeledSelect>
        <LabeledSelect
          id="departmentCode"
          label="Departamento (código DANE)"
          errors={fieldErrors.departmentCode ?? fieldErrors.departmentName}
          name="departmentCode"
          defaultValue={entity.departmentCode}
        >
          <DepartmentOptions />
        </LabeledSelect>
        <LabeledInput
          id="peerGroup"
          label="Grupo par"
          hint="Como lo nombra Función Pública en los resultados."
          errors={fieldErrors.peerGroup}
          name="peerGroup"
          defaultValue={entity.peerGroup ?? ""}
        />
        <LabeledInput
          id="municipalityCode"
          label="Municipio (código DANE)"
          hint="5 dígitos; vacío para entidades departamentales o nacionales."
          errors={fieldErrors.municipalityCode}
          name="municipalityCode"
          defaultValue={entity.municipalityCode ?? ""}
          inputMode="numeric"
        />
        <LabeledInput
          id="municipalityName"
          label="Nombre del municipio"
          errors={fieldErrors.municipalityName}
          name="municipalityName"
          defaultValue={entity.municipalityName ?? ""}
        />
        <div className="sm:col-span-2">
          <label className="flex items-start gap-3">
            <input
              type="checkbox"
              role="switch"
              name="sharesWithAdvisor"
              defaultChecked={entity.sharesWithAdvisor}
              className="mt-1 h-5 w-5 accent-faro-700"
              aria-describedby="sharesWithAdvisor-ayuda"
            />
            <span>
              <span className="font-medium text-slate-900">Compartir mis autodiagnósticos con el asesor departamental</span>
              <span id="sharesWithAdvisor-ayuda" className="block text-sm text-slate-500">
                El asesor del departamento ya ve los resultados oficiales; con esta opción ve también los autodiagnósticos de la entidad.
              </span>
            </span>
          </label>
        </div>
        <div className="space-y-3 sm:col-span-2">
          {problem && <FormAlert kind="error">{problem.message}</FormAlert>}
          {saved && <FormAlert kind="success">{saved}</FormAlert>}
          <button type="submit" disabled={pending} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60">
            {pending ? "Guardando…" : "Guardar cambios"}
          </button>
        </div>
      </form>
    </section>
  );
}
