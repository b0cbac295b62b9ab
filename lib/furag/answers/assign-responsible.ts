// Who answers a question: a member of the entity whose role may answer it.
import { hasPermission, requirePermission, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError, ValidationError } from "@/lib/errors/app-error";
import type { AssignFuragResponsibleInput } from "./answer-schemas";
import { ensureAnswerRow } from "./answer-row";
import { findAnswerableQuestion, policyKey } from "./find-question";

export async function assignFuragResponsible(ctx: EntityContext, input: AssignFuragResponsibleInput): Promise<{ responsibleName: string | null }> {
  return withTenant(ctx, async (db) => {
    const question = await findAnswerableQuestion(db, input.questionId);
    requirePermission(ctx, "furag.answer", policyKey(question.policyCode));
    let name: string | null = null;
    if (input.responsibleUserId) {
      const membership = await db.membership.findUnique({
        where: { entityId_userId: { entityId: ctx.entityId, userId: input.responsibleUserId } },
        select: { role: true, user: { select: { name: true, isActive: true } }, policyAssignments: { select: { policyCode: true } } },
      });
      // Someone of another entity is "not found", like any foreign id.
      if (!membership) throw new NotFoundError("Esa persona no es miembro de la entidad.");
      const candidate = {
        ...ctx,
        userId: input.responsibleUserId,
        role: membership.role,
        assignedPolicyCodes: membership.policyAssignments.map((a) => a.policyCode),
      };
      if (!membership.user.isActive || !hasPermission(candidate, "furag.answer", policyKey(question.policyCode))) {
        throw new ValidationError("Esa persona no puede responder esta pregunta.", {
          responsibleUserId: ["Elija un miembro activo de la entidad que pueda responder preguntas de esta política."],
        });
      }
      name = membership.user.name;
    }
    const answer = await ensureAnswerRow(db, ctx.entityId, question.id);
    await db.furagAnswer.update({ where: { id: answer.id }, data: { responsibleUserId: input.responsibleUserId || null } });
    return { responsibleName: name };
  });
}
