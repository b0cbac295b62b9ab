import type { ActivityScore, ScorableActivity } from "./types";

/** Throws when a score is not a number in 0..100: that is a caller bug, not data to average. */
export function assertValidScore(score: ActivityScore, id: string): void {
  if (score === null) return;
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`Puntaje inválido en «${id}»: ${String(score)} (debe estar entre 0 y 100 o vacío)`);
  }
}

/** Whether an activity enters the averages: it has a score and is not "No aplica". */
export function countsForScore(activity: ScorableActivity): boolean {
  assertValidScore(activity.score, activity.id);
  return activity.score !== null && !activity.notApplicable;
}

/**
 * Arithmetic mean of the activities that count; null when none counts.
 *
 * Deliberate difference with the official formula IF(SUM(range)=0,"",AVERAGE(range)):
 * when every counted score is 0 the workbook shows a blank, we return 0,
 * because "all zero" is a real (bad) result and must not look unscored.
 */
export function averageScores(activities: readonly ScorableActivity[]): number | null {
  let sum = 0;
  let count = 0;
  for (const activity of activities) {
    if (!countsForScore(activity)) continue;
    sum += activity.score ?? 0;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/** Mean of the non-null numbers; null when there are none. */
export function averageNonNull(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  return present.reduce((a, b) => a + b, 0) / present.length;
}
