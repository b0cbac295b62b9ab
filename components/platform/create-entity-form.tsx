"use client";

// The operator registers an entity and names its first administrator; the
// answer is the administrator's invitation link (or the news that they
// already have an account and can sign in).
import { createEntityAction } from "@/app/(app)/plataforma/actions";
import { useState, type FormEvent } from "react";
import { DepartmentOptions } from "@/components/forms/department-options";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { LabelOptions } from "@/components/forms/label-options";
import { LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { LinkPanel } from "@/components/members/link-panel";
import { ENTITY_TYPE_LABELS, MUNICIPAL_CATEGORY_LABELS } from "@/lib/entities/labels";
import type { CreatedEntity } from "@/lib/platform/create-entity-with-admin";
import { DANE_DEPARTMENTS } from "@/lib/platform/dane-departments";
import { ZCreateEntity } from "@/lib/platform/platform-schemas";

const TEXT_FIELDS = ["name", "type", "nit", "sigepCode", "municipalityCode", "municipalityName", "municipalCategory", "peerGroup", "adminEmail", "adminName"];
const SHOWN_FIELDS = [...TEXT_FIELDS, "departmentCode", "departmentName"];

export function CreateEntityForm() {
  const { pending, problem, fieldErrors, run } = useServerAction(createEntityAction);
  const [created, setCreated] = useState<CreatedEntity | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const departmentCode = String(data.get("departmentCode") ?? "");
    const input: Record<string, string> = { departmentCode, departmentName: DANE_DEPARTMENTS[departmentCode] ?? "" };
    for (const field of TEXT_FIELDS) input[field] = String(data.get(field) ?? "");
    setCreated(null);
    run(ZCreateEntity, input, (answer) => {
      setCreated(answer);
      form.reset();
    });
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-6 rounded-lg border border-slate-200 bg-white p-4">
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold text-faro-900">Datos de la entidad</legend>
          <div className="sm:col-span-2">
            <LabeledInput id="entity-name" name="name" label="Nombre" errors={fieldErrors.name} placeholder="Alcaldía de Marinilla" />
          </div>
          <LabeledSelect id="entity-type" name="type" label="Naturaleza jurídica" errors={fieldErrors.type} defaultValue="">
            <option value="" disabled>
              Elija…
            </option>
            <LabelOptions labels={ENTITY_TYPE_LABELS} />
          </LabeledSelect>
          <LabeledInput id="entity-nit" name="nit" label="NIT" errors={fieldErrors.nit} placeholder="890907317-2" hint="Con el dígito de verificación." />
          <LabeledInput id="entity-sigep" name="sigepCode" label="Código SIGEP" errors={fieldErrors.sigepCode} inputMode="numeric" />
          <LabeledSelect id="entity-department" name="departmentCode" label="Departamento (DANE)" errors={fieldErrors.departmentCode} defaultValue="">
            <option value="" disabled>
              Elija…
            </option>
            <DepartmentOptions />
          </LabeledSelect>
          <LabeledInput
            id="entity-municipality-code"
            name="municipalityCode"
            label="Código DANE del municipio"
            errors={fieldErrors.municipalityCode}
            inputMode="numeric"
            maxLength={5}
            placeholder="05440"
            hint="5 dígitos; empieza por el código del departamento. Obligatorio para alcaldías, concejos y personerías."
          />
          <LabeledInput id="entity-municipality-name" name="municipalityName" label="Municipio" errors={fieldErrors.municipalityName} placeholder="Marinilla" />
          <LabeledSelect id="entity-category" name="municipalCategory" label="Categoría (Ley 617 de 2000)" errors={fieldErrors.municipalCategory} defaultValue="">
            <option value="">Sin categoría</option>
            <LabelOptions labels={MUNICIPAL_CATEGORY_LABELS} />
          </LabeledSelect>
          <LabeledInput id="entity-peer-group" name="peerGroup" label="Grupo par" errors={fieldErrors.peerGroup} placeholder="Municipios categoría 5 y 6" />
        </fieldset>
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold text-faro-900">Primer administrador</legend>
          <LabeledInput id="admin-email" name="adminEmail" label="Correo electrónico" type="email" autoComplete="off" errors={fieldErrors.adminEmail} />
          <LabeledInput id="admin-name" name="adminName" label="Nombre completo" autoComplete="off" errors={fieldErrors.adminName} />
        </fieldset>
        <ProblemAlert problem={problem} shownFields={SHOWN_FIELDS} />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Registrando…" : "Registrar entidad"}
        </button>
      </form>
      {created && <CreatedEntityOutcome created={created} />}
    </div>
  );
}

function CreatedEntityOutcome({ created }: { created: CreatedEntity }) {
  const { entity, admin, invitation } = created;
  if (!invitation) {
    return (
      <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-950">
        Se registró {entity.name}. Su administrador, {admin.name} ({admin.email}), ya tenía cuenta en Faro: puede iniciar sesión y
        verá la entidad.
      </p>
    );
  }
  return <LinkPanel title={`Se registró ${entity.name}. Invitación para su administrador, ${admin.name}`} email={admin.email} {...invitation} />;
}
