// The autodiagnóstico workflow: borrador -> en revisión (sent by planeación or
// the policy's responsible) -> aprobado (a COMITE member, recorded with date
// and name; locked). The committee may return it to borrador with a reason,
// and reopen an approved one only with a reason; both are recorded.
import { requirePermission, type EntityContext } from "@/lib/authz/entity-context";
import type { Action } from "@/lib/authz/permissions";
import { withTenant } from "@/lib/db/context";
import { transitionReason } from "@/lib/workflow/transition-reason";
import type { AssessmentState } from "@/lib/generated/prisma/enums";
import { ConflictError, NotFoundError } from "@/lib/errors/app-error";
import type { TransitionAssessmentInput } from "./schemas";

type Rule = { from: AssessmentState; to: AssessmentState; action: Action; needsReason: boolean };

export const TRANSITIONS: Record<TransitionAssessmentInput["transition"], Rule> = {
  submit: { from: "BORRADOR", to: "EN_REVISION", action: "autodiagnostico.submit", needsReason: false },
  approve: { from: "EN_REVISION", to: "APROBADO", action: "autodiagnostico.approve", needsReason: false },
  return: { from: "EN_REVISION", to: "BORRADOR", action: "autodiagnostico.approve", needsReason: true },
  reopen: { from: "APROBADO", to: "BORRADOR", action: "autodiagnostico.reopen", needsReason: true },
};

export const STATE_LABELS: Record<AssessmentState, string> = {
  BORRADOR: "Borrador",
  EN_REVISION: "En revisión",
  APROBADO: "Aprobado",
};

export async function transitionAssessment(ctx: EntityContext, input: TransitionAssessmentInput): Promise<{ state: AssessmentState }> {
  const rule = TRANSITIONS[input.transition];
  const reason = transitionReason(rule.needsReason, input.reason);
  return withTenant(ctx, async (db) => {
    const assessment = await db.selfAssessment.findUnique({ where: { id: input.assessmentId }, select: { id: true, state: true, policyCode: true } });
    if (!assessment) throw new NotFoundError();
    requirePermission(ctx, rule.action, assessment.policyCode);
    const actor = await db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } });
    const now = new Date();
    // Conditional on the state read, so two people acting at once cannot both win.
    const { count } = await db.selfAssessment.updateMany({
      where: { id: assessment.id, state: rule.from },
      data: {
        state: rule.to,
        ...(input.transition === "submit" ? { submittedAt: now } : {}),
        ...(input.transition === "approve" ? { approvedAt: now, approvedById: ctx.userId, approvedByName: actor.name } : {}),
        ...(rule.to === "BORRADOR" ? { approvedAt: null, approvedById: null, approvedByName: null } : {}),
      },
    });
    if (count === 0) {
      throw new ConflictError(`El autodiagnóstico está en estado «${STATE_LABELS[assessment.state]}»: recargue la página para ver su estado actual.`);
    }
    await db.assessmentTransition.create({
      data: {
        entityId: ctx.entityId,
        assessmentId: assessment.id,
        fromState: rule.from,
        toState: rule.to,
        reason,
        actorId: ctx.userId,
        actorName: actor.name,
      },
    });
    return { state: rule.to };
  });
}
