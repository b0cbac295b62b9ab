// Which scored activities are gaps, and in what order a plan should tackle
// them. Pure: the scores come from the scoring module's inputs.
//
// THE ORDERING RULE: a gap is an activity that counts for the policy score
// (not "no aplica", not blank) with score < threshold, the score rounded to
// the nearest integer first, halves up, as the scoring module does for levels
// (60.5 is level 4, so it is not a gap under the default threshold 61). Its distance is
// targetScore − score, where targetScore is the lowest score of the target
// level (level 4 → 61). Gaps are ordered by distance, largest first; ties keep
// the instrument's order (component, category, activity), i.e. `position`.
import { SCORE_LEVELS, type ScoreLevelNumber } from "@/lib/scoring";

export type GapRule = { threshold: number; targetLevel: ScoreLevelNumber };

/** By default every activity below 61 (levels 1-3) should reach level 4. */
export const DEFAULT_GAP_RULE: GapRule = { threshold: 61, targetLevel: 4 };

export type RankableActivity = {
  id: string;
  /** Place in the instrument (0-based), for ties. */
  position: number;
  score: number | null;
  /** "No aplica", or a criterio diferencial that excludes it. */
  notApplicable: boolean;
};

export type RankedGap<A extends RankableActivity> = { activity: A; targetScore: number; distance: number };

export function targetScoreOf(level: ScoreLevelNumber): number {
  return SCORE_LEVELS[level - 1]!.min;
}

/** Spanish message when the rule makes no sense, else null. */
export function gapRuleProblem(rule: GapRule): string | null {
  if (targetScoreOf(rule.targetLevel) < rule.threshold) {
    return `El nivel meta (${targetScoreOf(rule.targetLevel)} puntos) debe ser al menos el umbral de brecha (${rule.threshold}).`;
  }
  return null;
}

export function selectActivityGaps<A extends RankableActivity>(activities: readonly A[], rule: GapRule): RankedGap<A>[] {
  const targetScore = targetScoreOf(rule.targetLevel);
  return activities
    .filter((a) => !a.notApplicable && a.score !== null && Math.round(a.score) < rule.threshold)
    .map((activity) => ({ activity, targetScore, distance: targetScore - activity.score! }))
    .sort((x, y) => y.distance - x.distance || x.activity.position - y.activity.position);
}
