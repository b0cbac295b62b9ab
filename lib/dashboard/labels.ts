// Spanish labels the dashboard page, the PDF and the Excel share.
import type { AssessmentState } from "@/lib/generated/prisma/enums";
import { formatScore, scoreLevel } from "@/lib/scoring";
import { STATE_LABELS } from "@/lib/self-assessments/transition-assessment";

export const NOT_STARTED_LABEL = "No iniciado";

export function stateLabel(state: AssessmentState | null): string {
  return state ? STATE_LABELS[state] : NOT_STARTED_LABEL;
}

/** "Nivel 3 · Intermedio", or "Sin puntaje". */
export function levelLabel(score: number | null): string {
  return scoreLevel(score)?.label ?? "Sin puntaje";
}

/** "62,56 · N4" for compact chart labels; "Sin puntaje" when blank. */
export function shortScoreLabel(score: number | null): string {
  const level = scoreLevel(score);
  return level ? `${formatScore(score)} · N${level.level}` : "Sin puntaje";
}

export function percentLabel(ratio: number | null): string {
  return ratio === null ? "—" : `${Math.round(ratio * 100)} %`;
}
