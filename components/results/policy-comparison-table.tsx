import { POLICY_CODES, POLICY_NAMES } from "@/lib/members/policy-names";
import type { OfficialResult } from "@/lib/results/queries/entity-results";
import { formatScore } from "@/lib/scoring";

/**
 * Official policy index beside the entity's own autodiagnóstico score: two
 * separate, labelled columns from two different sources, never averaged or
 * merged (the official index uses Item Response Theory; Faro's is an average).
 */
export function PolicyComparisonTable({ result, selfAssessment }: { result: OfficialResult; selfAssessment: Map<string, number | null> | null }) {
  return (
    <section aria-labelledby="politicas" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="politicas" className="text-lg font-semibold text-faro-900">
        Políticas: puntaje oficial y autodiagnóstico
      </h2>
      <p className="text-sm text-slate-600">
        «Puntaje oficial FURAG» es el índice que publica Función Pública. «Autodiagnóstico (Faro)» es el promedio de las actividades que la entidad calificó
        en Faro para la vigencia {result.vigencia}. Son mediciones distintas: no se suman ni se promedian.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[30rem] text-sm">
          <caption className="sr-only">Puntaje oficial FURAG y autodiagnóstico de Faro por política, vigencia {result.vigencia}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className="py-1 pr-3 font-medium">Política</th>
              <th scope="col" className="py-1 pr-3 font-medium">Puntaje oficial FURAG</th>
              {selfAssessment && <th scope="col" className="py-1 font-medium">Autodiagnóstico (Faro)</th>}
            </tr>
          </thead>
          <tbody>
            {POLICY_CODES.map((code) => (
              <tr key={code} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-medium">
                  <span className="font-mono text-xs text-slate-500">{code}</span> {POLICY_NAMES[code]}
                </th>
                <td className="py-1 pr-3 tabular-nums">{result.policies[code] === null ? "No aplica" : formatScore(result.policies[code], 1)}</td>
                {selfAssessment && <td className="py-1 tabular-nums text-slate-700">{selfAssessment.get(code) == null ? "Sin autodiagnóstico" : formatScore(selfAssessment.get(code)!, 1)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
