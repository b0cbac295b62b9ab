// Gap source: activities of a self-assessment scored below the plan's threshold.
import { loadAssessmentScores } from "../assessment-scores";
import type { GapCandidate, GapSource } from "./gap-source";
import { selectActivityGaps } from "./select-gaps";

export function activitySourceKey(assessmentId: string, activityId: string): string {
  return `ACTIVITY:${assessmentId}:${activityId}`;
}

export const activityGapSource: GapSource = {
  kind: "ACTIVITY",
  async list(db, request): Promise<GapCandidate[]> {
    const scores = (await loadAssessmentScores(db, request.entityId, [request.assessmentId])).get(request.assessmentId);
    if (!scores) return [];
    return selectActivityGaps(scores.activities, request.rule).map(({ activity, targetScore, distance }) => ({
      sourceKind: "ACTIVITY",
      sourceKey: activitySourceKey(scores.id, activity.id),
      assessmentId: scores.id,
      activityId: activity.id,
      furagQuestionId: null,
      furagOption: null,
      findingId: null,
      label: `${activity.code} · ${activity.text}`,
      policyCode: scores.policyCode,
      score: activity.score,
      targetScore,
      distance,
    }));
  },
};
