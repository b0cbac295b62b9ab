// Generating again: adds the ticked gaps that are not in the plan yet, under
// the plan's own threshold and target. Gaps already in the plan are skipped by
// the (plan, source key) unique index, so nothing is ever duplicated.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors/app-error";
import type { ScoreLevelNumber } from "@/lib/scoring";
import { chooseCandidates, insertGapItems } from "./gap-items";
import { listGaps } from "./gaps/list-gaps";
import { mayEditPlan } from "./plan-access";
import type { AddPlanGapsInput } from "./schemas";

export async function addPlanGaps(ctx: EntityContext, input: AddPlanGapsInput): Promise<{ added: number }> {
  return withTenant(ctx, async (db) => {
    const plan = await db.actionPlan.findUnique({
      where: { id: input.planId },
      select: { id: true, entityId: true, vigencia: true, state: true, policyCode: true, sourceAssessmentId: true, gapThreshold: true, targetLevel: true },
    });
    if (!plan) throw new NotFoundError();
    if (!mayEditPlan(ctx, plan)) throw new ForbiddenError("Solo puede cambiar planes de las políticas que tiene asignadas.");
    if (plan.state === "CERRADO") throw new ConflictError("El plan está cerrado: no se le pueden agregar brechas.");
    if (!plan.sourceAssessmentId || !plan.policyCode) throw new ValidationError("Este plan no se generó desde un autodiagnóstico.");
    const rule = { threshold: plan.gapThreshold, targetLevel: plan.targetLevel as ScoreLevelNumber };
    const request = { entityId: ctx.entityId, assessmentId: plan.sourceAssessmentId, rule, vigencia: plan.vigencia, policyCode: plan.policyCode };
    const candidates = await listGaps(db, request);
    const added = await insertGapItems(db, plan, await chooseCandidates(db, ctx.entityId, candidates, input.sourceKeys));
    return { added };
  });
}
