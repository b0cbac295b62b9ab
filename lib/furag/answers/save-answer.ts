// Saves one draft answer with optimistic concurrency: the save names the
// version it was based on, and if someone else saved in between nothing is
// overwritten — the caller gets a 409 with what is stored now. Changing an
// answer sends it back to "respondida" (or "sin responder"): a review is of
// the answer as it was reviewed.
import { requirePermission, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError, ValidationError } from "@/lib/errors/app-error";
import { zodFieldErrors } from "@/lib/errors/translate-error";
import type { FuragAnswerState } from "@/lib/generated/prisma/enums";
import type { SaveFuragAnswerInput } from "./answer-schemas";
import { answerValueSchemaFor, isAnswered } from "./answer-value";
import { findAnswerableQuestion, policyKey } from "./find-question";

export type SavedFuragAnswer = { answerId: string; state: FuragAnswerState; version: number };

export async function saveFuragAnswer(ctx: EntityContext, input: SaveFuragAnswerInput): Promise<SavedFuragAnswer> {
  try {
    return await withTenant(ctx, async (db) => {
      const question = await findAnswerableQuestion(db, input.questionId);
      requirePermission(ctx, "furag.answer", policyKey(question.policyCode));
      const checked = answerValueSchemaFor(question).safeParse(input.value);
      if (!checked.success) throw new ValidationError("Revise la respuesta.", zodFieldErrors(checked.error));
      const value = checked.data;
      const state: FuragAnswerState = input.notApplicable || isAnswered(question, value) ? "RESPONDIDA" : "SIN_RESPONDER";
      const data = {
        value,
        state,
        notApplicable: input.notApplicable,
        notApplicableReason: input.notApplicable ? input.notApplicableReason : null,
        updatedById: ctx.userId,
        reviewedById: null,
        reviewedAt: null,
      };
      const where = { entityId_questionId: { entityId: ctx.entityId, questionId: question.id } };
      const stored = await db.furagAnswer.findUnique({ where, select: { id: true, version: true } });
      if ((stored?.version ?? 0) !== input.baseVersion) throw conflict();
      const saved = stored
        ? await db.furagAnswer.update({ where: { ...where, version: input.baseVersion }, data: { ...data, version: { increment: 1 } } })
        : await db.furagAnswer.create({ data: { ...data, entityId: ctx.entityId, questionId: question.id } });
      return { answerId: saved.id, state: saved.state, version: saved.version };
    });
  } catch (error) {
    // Two saves at the same moment: one conditional write finds nothing.
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "P2025" || code === "P2002") throw conflict();
    throw error;
  }
}

function conflict(): ConflictError {
  return new ConflictError("Otra persona guardó esta respuesta mientras usted la editaba. Recargue la página para ver la versión actual; copie antes lo que escribió.");
}
