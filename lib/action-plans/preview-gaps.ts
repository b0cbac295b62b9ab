// The gaps a person reviews before anything is created: every candidate of
// the chosen sources (the self-assessment's activities under the rule, FURAG
// options not met, open findings of its policy), marking those already in
// the plan (when generating again), with the assessment's current policy score.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import { loadAssessmentScores } from "./assessment-scores";
import type { PlanItemSourceKind } from "@/lib/generated/prisma/enums";
import { ALL_SOURCE_KINDS, listGaps } from "./gaps/list-gaps";
import type { GapRule } from "./gaps/select-gaps";

export async function previewGaps(ctx: EntityContext, request: { assessmentId: string; rule: GapRule; planId?: string; kinds?: readonly PlanItemSourceKind[] }) {
  return withTenant(ctx, async (db) => {
    const scores = (await loadAssessmentScores(db, ctx.entityId, [request.assessmentId])).get(request.assessmentId);
    if (!scores) throw new NotFoundError();
    const gapRequest = { entityId: ctx.entityId, assessmentId: scores.id, rule: request.rule, vigencia: scores.vigencia, policyCode: scores.policyCode };
    const candidates = await listGaps(db, gapRequest, request.kinds ?? ALL_SOURCE_KINDS);
    const existing = request.planId
      ? new Set((await db.actionPlanItem.findMany({ where: { planId: request.planId }, select: { sourceKey: true } })).map((i) => i.sourceKey))
      : new Set<string>();
    return {
      assessment: { id: scores.id, vigencia: scores.vigencia, policyCode: scores.policyCode, policyScore: scores.policyScore },
      gaps: candidates.map((gap) => ({ ...gap, inPlan: existing.has(gap.sourceKey) })),
    };
  });
}

export type GapPreview = Awaited<ReturnType<typeof previewGaps>>;
