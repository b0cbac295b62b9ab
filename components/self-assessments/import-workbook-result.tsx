// What an import did, in words: the instrument (new or already there), the
// answers written into a vigencia and the policy score computed from them.
import Link from "next/link";
import type { WorkbookImportSummary } from "@/lib/self-assessments/import/import-workbook";
import { LevelBadge } from "./level-badge";

export function ImportWorkbookResult({ entityId, result }: { entityId: string; result: WorkbookImportSummary }) {
  const { instrument, answers } = result;
  const policyPage = `/e/${entityId}/autodiagnosticos/${result.policyCode}`;
  return (
    <section role="status" aria-labelledby="resultado" className="space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-slate-800">
      <h2 id="resultado" className="text-base font-semibold text-emerald-900">
        Libro importado: {result.policyCode} · {result.policyName}
      </h2>
      <p>
        Instrumento {instrument.created ? "nuevo" : "que ya estaba importado"}: «{instrument.title}», con {instrument.components} componentes,{" "}
        {instrument.categories} categorías y {instrument.rows} actividades calificables.
      </p>
      {answers ? (
        <>
          <p>
            Autodiagnóstico {answers.vigencia} {answers.assessmentCreated ? "creado" : "actualizado"}: {answers.scored} puntajes, {answers.notApplicable} «no aplica» y{" "}
            {answers.withObservations} con observaciones ({answers.written} respuestas guardadas, {answers.unchanged} sin cambios).
          </p>
          <p className="flex flex-wrap items-center gap-2">
            Puntaje de la política: <LevelBadge score={answers.policyScore} />
          </p>
          <Link href={`${policyPage}?vigencia=${answers.vigencia}`} className="inline-block font-medium text-faro-800 underline">
            Abrir el autodiagnóstico {result.policyCode} {answers.vigencia}
          </Link>
        </>
      ) : (
        <p>
          Para usarlo, inicie el autodiagnóstico de la política y elija este instrumento:{" "}
          <Link href={policyPage} className="font-medium text-faro-800 underline">
            ir a {result.policyCode}
          </Link>
          .
        </p>
      )}
      {result.warnings.length > 0 && (
        <details className="rounded-md border border-amber-200 bg-amber-50 p-2 text-amber-900">
          <summary className="cursor-pointer font-medium">Avisos del libro ({result.warnings.length})</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {result.warnings.map((warning) => (
              <li key={warning} className="break-words">
                {warning}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
