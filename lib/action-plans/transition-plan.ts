// The plan workflow: borrador -> aprobado (a COMITE member, recorded with
// date and name) -> en seguimiento (planeación or the policy's responsible
// starts follow-up) -> cerrado (the committee). The committee may reopen a
// closed plan with a reason. Every step is recorded in action_plan_transitions.
import { requirePermission, type EntityContext } from "@/lib/authz/entity-context";
import type { Action } from "@/lib/authz/permissions";
import { withTenant } from "@/lib/db/context";
import { transitionReason } from "@/lib/workflow/transition-reason";
import type { ActionPlanState } from "@/lib/generated/prisma/enums";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors/app-error";
import { PLAN_STATE_LABELS } from "./labels";
import { mayEditPlan } from "./plan-access";
import type { TransitionPlanInput } from "./schemas";

type Rule = { from: ActionPlanState; to: ActionPlanState; action: Action; needsReason: boolean };

export const PLAN_TRANSITIONS: Record<TransitionPlanInput["transition"], Rule> = {
  approve: { from: "BORRADOR", to: "APROBADO", action: "plan.approve", needsReason: false },
  start: { from: "APROBADO", to: "EN_SEGUIMIENTO", action: "plan.edit", needsReason: false },
  close: { from: "EN_SEGUIMIENTO", to: "CERRADO", action: "plan.approve", needsReason: false },
  reopen: { from: "CERRADO", to: "EN_SEGUIMIENTO", action: "plan.approve", needsReason: true },
};

export async function transitionPlan(ctx: EntityContext, input: TransitionPlanInput): Promise<{ state: ActionPlanState }> {
  const rule = PLAN_TRANSITIONS[input.transition];
  const reason = transitionReason(rule.needsReason, input.reason);
  return withTenant(ctx, async (db) => {
    const plan = await db.actionPlan.findUnique({ where: { id: input.planId }, select: { id: true, state: true, policyCode: true, _count: { select: { items: true } } } });
    if (!plan) throw new NotFoundError();
    requirePermission(ctx, rule.action);
    if (rule.action === "plan.edit" && !mayEditPlan(ctx, plan)) throw new ForbiddenError("Solo puede cambiar planes de las políticas que tiene asignadas.");
    if (input.transition === "approve" && plan._count.items === 0) throw new ValidationError("El plan no tiene acciones: agregue al menos una antes de aprobarlo.");
    const actor = await db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } });
    // Conditional on the state read, so two people acting at once cannot both win.
    const { count } = await db.actionPlan.updateMany({
      where: { id: plan.id, state: rule.from },
      data: { state: rule.to, ...(input.transition === "approve" ? { approvedAt: new Date(), approvedById: ctx.userId, approvedByName: actor.name } : {}) },
    });
    if (count === 0) throw new ConflictError(`El plan está en estado «${PLAN_STATE_LABELS[plan.state]}»: recargue la página para ver su estado actual.`);
    await db.actionPlanTransition.create({
      data: { entityId: ctx.entityId, planId: plan.id, fromState: rule.from, toState: rule.to, reason, actorId: ctx.userId, actorName: actor.name },
    });
    return { state: rule.to };
  });
}
