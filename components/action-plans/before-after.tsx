// Effectiveness of a gap's action: the score when the item was created and
// the score now (after re-scoring in the autodiagnóstico), with the change in
// words and sign.
import { ScoreChange } from "@/components/self-assessments/score-change";
import { formatScore } from "@/lib/scoring";

export function BeforeAfter({ before, now, label = "Puntaje" }: { before: number | null; now: number | null; label?: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1 text-sm text-slate-700">
      <span>{label}:</span>
      <span className="tabular-nums">antes {formatScore(before)}</span>
      <span aria-hidden="true">→</span>
      <span className="font-semibold tabular-nums">ahora {formatScore(now)}</span>
      <ScoreChange current={now} previous={before} />
    </span>
  );
}
