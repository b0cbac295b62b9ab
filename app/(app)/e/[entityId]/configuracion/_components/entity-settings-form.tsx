"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useServerAction } from "@/components/members/use-server-action";
import { ENTITY_TYPE_LABELS, MUNICIPAL_CATEGORY_LABELS } from "@/lib/entities/labels";
import { ZEntitySettings, type EntitySettingsInput } from "@/lib/entity-settings/entity-settings-schema";
import type { EntitySettingsView } from "@/lib/entity-settings/load-entity-settings";
import { DANE_DEPARTMENTS } from "@/lib/platform/dane-departments";
import { saveEntitySettings } from "../actions";
import { FormField, FormStatus, INPUT_CLASS } from "./form-field";

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
  const { pending, problem, run } = useServerAction(saveEntitySettings);
  const [saved, setSaved] = useState<string | null>(null);
  const errors = (field: string) => problem?.fieldErrors[field];

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
          <FormField id="name" label="Nombre de la entidad" errors={errors("name")}>
            {(aria) => <input {...aria} name="name" defaultValue={entity.name} className={INPUT_CLASS} autoComplete="organization" />}
          </FormField>
        </div>
        <FormField id="nit" label="NIT" help="Con el dígito de verificación, por ejemplo 890907317-2." errors={errors("nit")}>
          {(aria) => <input {...aria} name="nit" defaultValue={entity.nit} className={INPUT_CLASS} inputMode="numeric" />}
        </FormField>
        <FormField id="sigepCode" label="Código SIGEP" errors={errors("sigepCode")}>
          {(aria) => <input {...aria} name="sigepCode" defaultValue={entity.sigepCode} className={INPUT_CLASS} inputMode="numeric" />}
        </FormField>
        <FormField id="type" label="Naturaleza jurídica" errors={errors("type")}>
          {(aria) => (
            <select {...aria} name="type" defaultValue={entity.type} className={INPUT_CLASS}>
              {Object.entries(ENTITY_TYPE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="municipalCategory" label="Categoría (Ley 617 de 2000)" errors={errors("municipalCategory")}>
          {(aria) => (
            <select {...aria} name="municipalCategory" defaultValue={entity.municipalCategory ?? ""} className={INPUT_CLASS}>
              <option value="">Sin categoría</option>
              {Object.entries(MUNICIPAL_CATEGORY_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="departmentCode" label="Departamento (código DANE)" errors={errors("departmentCode") ?? errors("departmentName")}>
          {(aria) => (
            <select {...aria} name="departmentCode" defaultValue={entity.departmentCode} className={INPUT_CLASS}>
              {Object.entries(DANE_DEPARTMENTS).map(([code, name]) => (
                <option key={code} value={code}>
                  {code} · {name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="peerGroup" label="Grupo par" help="Como lo nombra Función Pública en los resultados." errors={errors("peerGroup")}>
          {(aria) => <input {...aria} name="peerGroup" defaultValue={entity.peerGroup ?? ""} className={INPUT_CLASS} />}
        </FormField>
        <FormField id="municipalityCode" label="Municipio (código DANE)" help="5 dígitos; vacío para entidades departamentales o nacionales." errors={errors("municipalityCode")}>
          {(aria) => <input {...aria} name="municipalityCode" defaultValue={entity.municipalityCode ?? ""} className={INPUT_CLASS} inputMode="numeric" />}
        </FormField>
        <FormField id="municipalityName" label="Nombre del municipio" errors={errors("municipalityName")}>
          {(aria) => <input {...aria} name="municipalityName" defaultValue={entity.municipalityName ?? ""} className={INPUT_CLASS} />}
        </FormField>
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
          <FormStatus error={problem?.message ?? null} success={saved} />
          <button type="submit" disabled={pending} className="rounded-md bg-faro-700 px-4 py-2 font-semibold text-white hover:bg-faro-800 disabled:opacity-60">
            {pending ? "Guardando…" : "Guardar cambios"}
          </button>
        </div>
      </form>
    </section>
  );
}
