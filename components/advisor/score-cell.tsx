import { EMPTY_SCORE_TEXT, formatScore, scoreLevel } from "@/lib/scoring";

/** One heat-map cell: the score as text AND the level number, on the level colour. */
export function ScoreCell({ score, label }: { score: number | null; label: string }) {
  const level = score === null || score < 0 || score > 100 ? null : scoreLevel(score);
  if (score === null) {
    return (
      <td className="border-b border-slate-100 px-1 py-1 text-center text-slate-400" title={`${label}: no aplica`}>
        <span aria-label="no aplica">{EMPTY_SCORE_TEXT}</span>
      </td>
    );
  }
  return (
    <td
      className="border-b border-white px-1 py-1 text-center tabular-nums"
      style={level ? { backgroundColor: level.color, color: level.textColor } : undefined}
      title={`${label}: ${formatScore(score)}${level ? ` · ${level.label}` : ""}`}
    >
      {formatScore(score, 1)}
      {level && <sup className="ml-0.5 text-[0.65rem] font-semibold">{level.level}</sup>}
    </td>
  );
}
