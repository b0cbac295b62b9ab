"use client";

// Tabla 9: the entity asks its department for advice on one policy.
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { fileAdvisoryRequestAction } from "@/app/(app)/e/[entityId]/asesoria/actions";
import { FormAlert } from "@/components/forms/form-alert";
import { primaryButton, ProblemAlert } from "@/components/forms/form-parts";
import { LabeledInput, LabeledSelect, LabeledTextarea } from "@/components/forms/labeled-field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { PolicyName } from "@/lib/advisor/department-table-types";
import { ZFileAdvisoryRequest } from "@/lib/advisor/requests/request-schemas";

const FIELDS = ["policyCode", "subject", "description"];

export function FileRequestForm({ entityId, policies, departmentName }: { entityId: string; policies: PolicyName[]; departmentName: string }) {
  const router = useRouter();
  const { pending, problem, fieldErrors, run } = useServerAction(fileAdvisoryRequestAction);
  const [sent, setSent] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = { entityId, policyCode: String(data.get("policyCode") ?? ""), subject: String(data.get("subject") ?? ""), description: String(data.get("description") ?? "") };
    setSent(false);
    run(ZFileAdvisoryRequest, input, () => {
      form.reset();
      setSent(true);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold text-faro-900">Pedir asesoría al departamento</h2>
      <p className="text-sm text-slate-600">La solicitud llega a los asesores MIPG de {departmentName}, que asignan un responsable y le informan aquí el avance.</p>
      <LabeledSelect id="policyCode" name="policyCode" label="Política" defaultValue="" errors={fieldErrors.policyCode}>
        <option value="" disabled>
          Elija…
        </option>
        {policies.map((p) => (
          <option key={p.code} value={p.code}>
            {p.code} {p.name}
          </option>
        ))}
      </LabeledSelect>
      <LabeledInput id="subject" name="subject" label="Asunto" errors={fieldErrors.subject} />
      <LabeledTextarea id="description" name="description" label="Qué necesita la entidad" errors={fieldErrors.description} />
      <ProblemAlert problem={problem} shownFields={FIELDS} />
      {sent && <FormAlert kind="success">Solicitud enviada. Verá aquí su avance.</FormAlert>}
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? "Enviando…" : "Enviar solicitud"}
      </button>
    </form>
  );
}
