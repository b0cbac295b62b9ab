// Control interno's review of one answer: "revisada", or "con observaciones"
// with the observation written into the answer's comments.
import { type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ConflictError } from "@/lib/errors/app-error";
import type { FuragAnswerState } from "@/lib/generated/prisma/enums";
import type { ReviewFuragAnswerInput } from "./answer-schemas";
import { findAnswerableQuestion } from "./find-question";

export async function reviewFuragAnswer(ctx: EntityContext, input: ReviewFuragAnswerInput): Promise<{ state: FuragAnswerState }> {
  return withTenant(ctx, async (db) => {
    const question = await findAnswerableQuestion(db, input.questionId);
    const answer = await db.furagAnswer.findUnique({ where: { entityId_questionId: { entityId: ctx.entityId, questionId: question.id } } });
    if (!answer || answer.state === "SIN_RESPONDER") throw new ConflictError("La pregunta aún no tiene respuesta: no hay nada que revisar.");
    const updated = await db.furagAnswer.update({ where: { id: answer.id }, data: { state: input.outcome, reviewedById: ctx.userId, reviewedAt: new Date() } });
    if (input.outcome === "CON_OBSERVACIONES") {
      const author = await db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } });
      await db.furagAnswerComment.create({
        data: { entityId: ctx.entityId, answerId: answer.id, authorId: ctx.userId, authorName: author.name, body: `Observación de control interno: ${input.observation}` },
      });
    }
    return { state: updated.state };
  });
}
