// Tabla 14: the policy's official score before and after the assistance.
import { ScoreChange } from "@/components/self-assessments/score-change";
import type { ScoreComparison as Comparison } from "@/lib/advisor/requests/compare-scores";
import { formatScore } from "@/lib/scoring";

export function ScoreComparison({ policyCode, comparison }: { policyCode: string; comparison: Comparison }) {
  const { before, after } = comparison;
  return (
    <dl className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-3">
      <div>
        <dt className="text-slate-600">Antes ({before ? `vigencia ${before.vigencia}` : "sin resultado oficial"})</dt>
        <dd className="text-lg font-semibold tabular-nums">{formatScore(before?.score ?? null)}</dd>
      </div>
      <div>
        <dt className="text-slate-600">Después ({after ? `vigencia ${after.vigencia}` : "pendiente"})</dt>
        <dd className="text-lg font-semibold tabular-nums">{formatScore(after?.score ?? null)}</dd>
      </div>
      <div>
        <dt className="text-slate-600">Cambio en {policyCode}</dt>
        <dd>
          {comparison.change === null ? (
            <span className="text-slate-600">
              {after ? "Sin puntaje comparable." : "Se verá cuando Función Pública publique la siguiente vigencia."}
            </span>
          ) : (
            <ScoreChange current={after!.score} previous={before!.score} />
          )}
        </dd>
      </div>
    </dl>
  );
}
