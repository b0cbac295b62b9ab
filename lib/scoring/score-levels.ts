/**
 * Five maturity levels of the official autodiagnóstico tools:
 * 0-20 = 1, 21-40 = 2, 41-60 = 3, 61-80 = 4, 81-100 = 5.
 *
 * Non-integers: the bands are written on integers, and the official workbook
 * colours averages with conditional formats 0.1-20.4, 20.5-40.4, 40.5-60.4,
 * 60.5-80.4 and 80.5-100, i.e. it rounds to the nearest integer, halves up.
 * We do the same: level = band of Math.round(score). So 20.4 → 1, 20.5 → 2,
 * 80.49 → 4, 80.5 → 5. This also closes the official format's gaps (0 and
 * 20.41-20.49 get no colour there; the "Puntaje final" cell even starts
 * level 5 at 80.6) with one rule used everywhere.
 *
 * Colours follow the official palette (dark red, red, orange, yellow, green;
 * the workbook uses #8E0000, #FF0000, #FF6600, #FFFF00, #009900). Red and green
 * are darkened so that white text reaches WCAG AA (4.5:1); orange and yellow
 * keep the official fill with dark text. The level number is always in the
 * label too, so colour is never the only cue. Level names are ours: the
 * official tool only numbers the levels.
 */

export type ScoreLevelNumber = 1 | 2 | 3 | 4 | 5;

export interface ScoreLevel {
  readonly level: ScoreLevelNumber;
  /** Lowest and highest integer score of the band, as printed in the rubric. */
  readonly min: number;
  readonly max: number;
  readonly name: string;
  /** e.g. "Nivel 3 · Intermedio". */
  readonly label: string;
  /** Fill colour (hex). */
  readonly color: string;
  /** Text colour to use on `color` (contrast ≥ 4.5:1). */
  readonly textColor: string;
  /** The fill used by the official workbook, for exports that mimic it. */
  readonly officialColor: string;
}

function level(
  n: ScoreLevelNumber, min: number, max: number, name: string,
  color: string, textColor: string, officialColor: string,
): ScoreLevel {
  return { level: n, min, max, name, label: `Nivel ${n} · ${name}`, color, textColor, officialColor };
}

export const SCORE_LEVELS: readonly ScoreLevel[] = [
  level(1, 0, 20, "Inicial", "#8E0000", "#FFFFFF", "#8E0000"),
  level(2, 21, 40, "Básico", "#C62828", "#FFFFFF", "#FF0000"),
  level(3, 41, 60, "Intermedio", "#FF6600", "#000000", "#FF6600"),
  level(4, 61, 80, "Avanzado", "#FFFF00", "#002060", "#FFFF00"),
  level(5, 81, 100, "Consolidado", "#007A00", "#FFFFFF", "#009900"),
];

/** Level 1-5 of a score in 0..100 (rounded to the nearest integer first, halves up). */
export function scoreLevelNumber(score: number): ScoreLevelNumber {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`Puntaje fuera de rango: ${String(score)} (debe estar entre 0 y 100)`);
  }
  const rounded = Math.round(score);
  if (rounded <= 20) return 1;
  if (rounded <= 40) return 2;
  if (rounded <= 60) return 3;
  if (rounded <= 80) return 4;
  return 5;
}

/** Full level description of a score; null for a blank score. */
export function scoreLevel(score: number | null): ScoreLevel | null {
  if (score === null) return null;
  const n = scoreLevelNumber(score);
  const found = SCORE_LEVELS.find((l) => l.level === n);
  if (!found) throw new Error(`Nivel ${n} sin definir`);
  return found;
}
