"use client";

// The operator names a departmental advisor: a person by e-mail (invited if
// new) and the department whose entities they will follow.
import { assignAdvisorAction } from "@/app/(app)/plataforma/actions";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { DepartmentOptions } from "@/components/forms/department-options";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import { LinkPanel } from "@/components/members/link-panel";
import type { AssignedAdvisor } from "@/lib/platform/assign-advisor";
import { ZAssignAdvisor } from "@/lib/platform/platform-schemas";

const FIELDS = ["email", "name", "departmentCode"] as const;

export function AssignAdvisorForm() {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(assignAdvisorAction);
  const [assigned, setAssigned] = useState<AssignedAdvisor | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = Object.fromEntries(FIELDS.map((field) => [field, String(data.get(field) ?? "")]));
    setAssigned(null);
    run(ZAssignAdvisor, input, (answer) => {
      setAssigned(answer);
      form.reset();
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="advisor-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h2 id="advisor-title" className="text-lg font-semibold text-faro-900">
          Nombrar un asesor departamental
        </h2>
        <p className="text-sm text-slate-600">
          El asesor ve los resultados oficiales de las entidades de su departamento y, si cada entidad lo permite, sus autodiagnósticos.
        </p>
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <LabeledInput id="advisor-email" name="email" label="Correo electrónico" type="email" autoComplete="off" errors={fieldErrors.email} />
          <LabeledInput id="advisor-name" name="name" label="Nombre completo" autoComplete="off" errors={fieldErrors.name} />
          <LabeledSelect id="advisor-department" name="departmentCode" label="Departamento" errors={fieldErrors.departmentCode} defaultValue="">
            <option value="" disabled>
              Elija…
            </option>
            <DepartmentOptions />
          </LabeledSelect>
        </div>
        <ProblemAlert problem={problem} shownFields={[...FIELDS]} />
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Guardando…" : "Nombrar asesor"}
        </button>
      </form>
      {assigned &&
        (assigned.invitation ? (
          <LinkPanel
            title={`${assigned.advisor.name} es asesor de ${assigned.departmentName}. Invitación para crear su contraseña`}
            email={assigned.advisor.email}
            {...assigned.invitation}
          />
        ) : (
          <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-950">
            {assigned.advisor.name} ya tenía cuenta en Faro y ahora es asesor de {assigned.departmentName}: puede iniciar sesión.
          </p>
        ))}
    </section>
  );
}
