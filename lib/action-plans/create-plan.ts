// Creates a plan from the gaps that the person ticked in the preview (the
// self-assessment's activities, FURAG options and findings of its policy), recording the policy score of that moment ("before").
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors/app-error";
import type { ScoreLevelNumber } from "@/lib/scoring";
import { loadAssessmentScores } from "./assessment-scores";
import { chooseCandidates, insertGapItems } from "./gap-items";
import { listGaps } from "./gaps/list-gaps";
import { gapRuleProblem } from "./gaps/select-gaps";
import { mayEditPlan } from "./plan-access";
import type { CreatePlanInput } from "./schemas";

export async function createPlanFromAssessment(ctx: EntityContext, input: CreatePlanInput): Promise<{ planId: string; items: number }> {
  const rule = { threshold: input.threshold, targetLevel: input.targetLevel as ScoreLevelNumber };
  const problem = gapRuleProblem(rule);
  if (problem) throw new ValidationError(problem, { targetLevel: [problem] });
  return withTenant(ctx, async (db) => {
    const scores = (await loadAssessmentScores(db, ctx.entityId, [input.assessmentId])).get(input.assessmentId);
    if (!scores) throw new NotFoundError();
    if (!mayEditPlan(ctx, { policyCode: scores.policyCode })) throw new ForbiddenError("Solo puede crear planes de las políticas que tiene asignadas.");
    const candidates = await listGaps(db, { entityId: ctx.entityId, assessmentId: scores.id, rule, vigencia: scores.vigencia, policyCode: scores.policyCode });
    const chosen = await chooseCandidates(db, ctx.entityId, candidates, input.sourceKeys);
    const plan = await db.actionPlan.create({
      data: {
        entityId: ctx.entityId,
        vigencia: scores.vigencia,
        policyCode: scores.policyCode,
        name: input.name,
        sourceAssessmentId: scores.id,
        gapThreshold: rule.threshold,
        targetLevel: rule.targetLevel,
        policyScoreBefore: scores.policyScore,
        createdById: ctx.userId,
      },
      select: { id: true, entityId: true },
    });
    const items = await insertGapItems(db, plan, chosen);
    return { planId: plan.id, items };
  });
}
