import { DIMENSION_KEYS } from "@/lib/results/official-layout";
import type { OfficialResult } from "@/lib/results/queries/entity-results";
import { formatScore } from "@/lib/scoring";

/** The official IDI and the 7 dimensions of one vigencia, with the file they come from. */
export function OfficialSummary({ result }: { result: OfficialResult }) {
  return (
    <section aria-labelledby="resumen-oficial" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="resumen-oficial" className="text-lg font-semibold text-faro-900">
        Índice de Desempeño Institucional {result.vigencia}
      </h2>
      <p>
        <span className="text-4xl font-semibold tabular-nums text-faro-900">{result.meciOnly ? "Solo MECI" : formatScore(result.idi, 1)}</span>
        <span className="ml-2 text-slate-600">{result.meciOnly ? "la entidad reporta solo control interno (MECI): no tiene IDI" : "de 100 (oficial)"}</span>
      </p>
      <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {DIMENSION_KEYS.map((key) => {
          const label = result.columnLabels[key.toUpperCase()] ?? key.toUpperCase();
          return (
            <div key={key} className="rounded-md border border-slate-100 bg-slate-50 px-3 py-2">
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="text-lg font-semibold tabular-nums text-slate-900">{result.dimensions[key] === null ? "No aplica" : formatScore(result.dimensions[key], 1)}</dd>
            </div>
          );
        })}
      </dl>
      <p className="text-xs text-slate-500">Fuente: {result.fileName} (Función Pública).</p>
    </section>
  );
}
