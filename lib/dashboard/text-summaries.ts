// One-sentence Spanish summaries of the charts, for people who do not see
// them (screen readers, the PDF, a phone in the sun). Pure functions.
import { formatScore, scoreLevel } from "@/lib/scoring";
import type { DimensionScores, PolicyScore, PolicyScoresSection, SelfAssessmentProgressSection } from "./types";

/** "42,50 (nivel 3 · Intermedio)". */
export function scoreWithLevel(score: number | null): string {
  const level = scoreLevel(score);
  return level ? `${formatScore(score)} (${level.label.replace("Nivel", "nivel")})` : "sin puntaje";
}

function scored(policies: readonly PolicyScore[]): (PolicyScore & { score: number })[] {
  return policies.filter((p): p is PolicyScore & { score: number } => p.score !== null);
}

export function summarizeDimensionText(dimension: DimensionScores): string {
  const withScore = scored(dimension.policies);
  const missing = dimension.policies.length - withScore.length;
  const pending = missing > 0 ? ` ${missing} de ${dimension.policies.length} políticas aún sin puntaje.` : "";
  if (withScore.length === 0) return `Ninguna política de esta dimensión tiene puntaje todavía.`;
  if (withScore.length === 1) {
    const only = withScore[0]!;
    return `${only.name}: ${scoreWithLevel(only.score)}.${pending}`;
  }
  const sorted = [...withScore].sort((a, b) => a.score - b.score);
  const lowest = sorted[0]!;
  const highest = sorted[sorted.length - 1]!;
  return (
    `La política más baja es ${lowest.name} con ${scoreWithLevel(lowest.score)}; ` +
    `la más alta es ${highest.name} con ${scoreWithLevel(highest.score)}. ` +
    `Estimado de la dimensión: ${scoreWithLevel(dimension.score)}.${pending}`
  );
}

export function summarizeDimensionsText(section: PolicyScoresSection): string {
  const withScore = section.dimensions.filter((d): d is DimensionScores & { score: number } => d.score !== null);
  if (withScore.length === 0) return `Ninguna dimensión tiene puntaje en la vigencia ${section.vigencia}.`;
  const sorted = [...withScore].sort((a, b) => a.score - b.score);
  const lowest = sorted[0]!;
  const highest = sorted[sorted.length - 1]!;
  return (
    `Estimado de la entidad: ${scoreWithLevel(section.entityScore)}. ` +
    `La dimensión más baja es ${lowest.name} con ${scoreWithLevel(lowest.score)}; ` +
    `la más alta es ${highest.name} con ${scoreWithLevel(highest.score)}.`
  );
}

export function summarizeProgressText(section: SelfAssessmentProgressSection): string {
  const { states } = section;
  const total = section.policies.length;
  const percent = section.overallRatio === null ? null : Math.round(section.overallRatio * 100);
  const started = total - states.NO_INICIADO;
  return (
    `${started} de ${total} autodiagnósticos iniciados` +
    (percent === null ? "" : ` (${percent} % de las actividades respondidas)`) +
    `: ${states.APROBADO} aprobados, ${states.EN_REVISION} en revisión, ${states.BORRADOR} en borrador y ${states.NO_INICIADO} sin iniciar.`
  );
}
