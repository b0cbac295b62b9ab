"use client";

// Upload of an official autodiagnóstico workbook. Checked here with the
// server's own schema (size, .xlsx), then posted as a multipart form to the
// import route, which checks everything again and reads the workbook.
import { useState, type FormEvent } from "react";
import { fieldErrorsOf, type FieldErrors } from "@/components/forms/field-errors";
import { FieldErrorList, LabeledInput, LabeledSelect } from "@/components/forms/labeled-field";
import { primaryButton } from "@/components/forms/form-parts";
import type { WorkbookImportSummary } from "@/lib/self-assessments/import/import-workbook";
import { workbookUploadFields, ZWorkbookUpload } from "@/lib/self-assessments/import/workbook-upload-schema";
import { ImportWorkbookResult } from "./import-workbook-result";

type Props = { entityId: string; policies: { code: string; name: string }[]; years: number[]; defaultVigencia: number };
type Problem = { message: string; fieldErrors: FieldErrors };

const NO_CONNECTION = "No hay conexión con el servidor. Verifique su red e intente de nuevo.";

async function postWorkbook(entityId: string, form: FormData): Promise<{ ok: true; data: WorkbookImportSummary } | { ok: false; problem: Problem }> {
  let response: Response;
  try {
    response = await fetch(`/e/${entityId}/autodiagnosticos/importar/libro`, { method: "POST", body: form });
  } catch {
    return { ok: false, problem: { message: NO_CONNECTION, fieldErrors: {} } };
  }
  const body = (await response.json().catch(() => ({}))) as Partial<WorkbookImportSummary> & { error?: string; fieldErrors?: FieldErrors };
  if (response.ok) return { ok: true, data: body as WorkbookImportSummary };
  return { ok: false, problem: { message: body.error ?? "No se pudo importar el libro. Intente de nuevo.", fieldErrors: body.fieldErrors ?? {} } };
}

export function ImportWorkbookForm({ entityId, policies, years, defaultVigencia }: Props) {
  const [withScores, setWithScores] = useState(false);
  const [vigencia, setVigencia] = useState(String(defaultVigencia));
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [result, setResult] = useState<WorkbookImportSummary | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields = new FormData(event.currentTarget);
    // Only the schema's fields: the checkbox decides whether a vigencia is sent.
    const form = new FormData();
    form.append("file", fields.get("file") ?? "");
    form.append("policyCode", String(fields.get("policyCode") ?? ""));
    if (withScores) form.append("vigencia", vigencia);
    setResult(null);
    const checked = ZWorkbookUpload.safeParse(workbookUploadFields(form));
    if (!checked.success) {
      setProblem({ message: "Revise los datos marcados.", fieldErrors: fieldErrorsOf(checked.error) });
      return;
    }
    setProblem(null);
    setPending(true);
    const outcome = await postWorkbook(entityId, form);
    setPending(false);
    if (outcome.ok) setResult(outcome.data);
    else setProblem(outcome.problem);
  }

  const errors = problem?.fieldErrors ?? {};
  // The server repeats a file's problem as its general message: said once, beside the field.
  const general = problem && Object.values(errors).flat().includes(problem.message) ? "No se importó nada: revise lo marcado arriba." : problem?.message;
  const otherErrors = Object.entries(errors)
    .filter(([field]) => !["file", "policyCode", "vigencia"].includes(field))
    .flatMap(([, messages]) => messages);
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <LabeledInput
          id="file"
          name="file"
          type="file"
          label="Libro de Excel (.xlsx)"
          hint="La herramienta de autodiagnóstico de Función Pública, con su hoja «Autodiagnóstico». Máximo 10 MB."
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          errors={errors.file}
        />
        <LabeledSelect id="policyCode" name="policyCode" label="Política" defaultValue="" errors={errors.policyCode}>
          <option value="">Reconocerla por el título del libro</option>
          {policies.map((policy) => (
            <option key={policy.code} value={policy.code}>
              {policy.code} · {policy.name}
            </option>
          ))}
        </LabeledSelect>
        <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium text-slate-700">Puntajes del libro</legend>
          <div className="flex items-start gap-2 text-sm text-slate-700">
            <input id="withScores" type="checkbox" checked={withScores} onChange={(e) => setWithScores(e.target.checked)} className="mt-0.5 h-4 w-4 shrink-0" />
            <label htmlFor="withScores">Importar también los puntajes y observaciones en la vigencia {vigencia}</label>
          </div>
          <div>
            <label htmlFor="vigencia" className="block text-sm text-slate-700">
              Vigencia
            </label>
            <select
              id="vigencia"
              name="vigencia"
              value={vigencia}
              onChange={(e) => setVigencia(e.target.value)}
              disabled={!withScores}
              aria-invalid={errors.vigencia ? true : undefined}
              className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 disabled:bg-slate-100 disabled:text-slate-500"
            >
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <FieldErrorList errors={errors.vigencia} />
          <p className="text-sm text-slate-500">
            Si esa vigencia ya tiene el autodiagnóstico de la política con este mismo instrumento, sus respuestas se actualizan; si usa otro instrumento, no se importa nada.
          </p>
        </fieldset>
        {problem && (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <p>{general}</p>
            {otherErrors.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {otherErrors.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Importando… (puede tardar unos segundos)" : "Importar libro"}
        </button>
      </form>
      {result && <ImportWorkbookResult entityId={entityId} result={result} />}
    </div>
  );
}
