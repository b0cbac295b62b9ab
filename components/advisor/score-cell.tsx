import { EMPTY_SCORE_TEXT, formatScore } from "@/lib/scoring";
import { heatLevel, LEVEL_CLASSES } from "./level-classes";

/**
 * One heat-map cell: the score as text AND the level number, on the level
 * colour. Kept small (no title, no inline style): the table has thousands.
 */
export function ScoreCell({ score }: { score: number | null }) {
  const level = heatLevel(score);
  if (score === null) return <td className="text-center text-slate-400">{EMPTY_SCORE_TEXT}</td>;
  return (
    <td className={level ? LEVEL_CLASSES[level] : undefined}>
      {formatScore(score, 1)}
      {level && <sup>{level}</sup>}
    </td>
  );
}
