// Current scores of self-assessments, as the scoring module computes them:
// every activity in instrument order with the score that counts (criterios
// diferenciales applied through toScorableActivity) and the policy score.
// The gap generator and the before/after view both read scores from here.
import type { DbClient } from "@/lib/db/prisma";
import { scorePolicy } from "@/lib/scoring";
import { activityApplies, toScorableActivity } from "@/lib/self-assessments/applicability";

export type ScoredActivity = { id: string; code: string; text: string; position: number; score: number | null; notApplicable: boolean };

export type AssessmentScores = {
  id: string;
  vigencia: number;
  policyCode: string;
  state: "BORRADOR" | "EN_REVISION" | "APROBADO";
  policyScore: number | null;
  activities: ScoredActivity[];
};

export async function loadAssessmentScores(db: DbClient, entityId: string, assessmentIds: string[]): Promise<Map<string, AssessmentScores>> {
  const result = new Map<string, AssessmentScores>();
  if (assessmentIds.length === 0) return result;
  const entity = await db.entity.findUniqueOrThrow({ where: { id: entityId }, select: { type: true, municipalCategory: true } });
  const assessments = await db.selfAssessment.findMany({
    where: { id: { in: assessmentIds }, entityId },
    select: { id: true, vigencia: true, policyCode: true, state: true, instrumentId: true, responses: { select: { activityId: true, score: true, notApplicable: true } } },
  });
  const activities = await db.instrumentActivity.findMany({
    where: { instrumentId: { in: [...new Set(assessments.map((a) => a.instrumentId))] } },
    orderBy: [{ category: { component: { sortOrder: "asc" } } }, { category: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    select: { id: true, instrumentId: true, code: true, activityText: true, itemText: true, applicability: true, categoryId: true, category: { select: { componentId: true } } },
  });
  for (const assessment of assessments) {
    const answers = new Map(assessment.responses.map((r) => [r.activityId, r]));
    const own = activities.filter((a) => a.instrumentId === assessment.instrumentId);
    const scorable = own.map((a) =>
      toScorableActivity({ id: a.id, categoryId: a.categoryId, componentId: a.category.componentId, applies: activityApplies(a.applicability, entity) }, answers.get(a.id)),
    );
    result.set(assessment.id, {
      id: assessment.id,
      vigencia: assessment.vigencia,
      policyCode: assessment.policyCode,
      state: assessment.state,
      policyScore: scorePolicy(scorable),
      activities: own.map((a, position) => ({
        id: a.id,
        code: a.code,
        text: a.itemText ?? a.activityText,
        position,
        score: scorable[position]!.score,
        notApplicable: scorable[position]!.notApplicable,
      })),
    });
  }
  return result;
}
