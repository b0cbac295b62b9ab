// A comment on a question's answer: questions to the responsible, answers
// to control interno's observations.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { AddFuragCommentInput } from "./answer-schemas";
import { ensureAnswerRow } from "./answer-row";
import { findAnswerableQuestion } from "./find-question";

export async function addFuragComment(ctx: EntityContext, input: AddFuragCommentInput): Promise<{ commentId: string }> {
  return withTenant(ctx, async (db) => {
    const question = await findAnswerableQuestion(db, input.questionId);
    const answer = await ensureAnswerRow(db, ctx.entityId, question.id);
    const author = await db.user.findUniqueOrThrow({ where: { id: ctx.userId }, select: { name: true } });
    const comment = await db.furagAnswerComment.create({
      data: { entityId: ctx.entityId, answerId: answer.id, authorId: ctx.userId, authorName: author.name, body: input.body },
      select: { id: true },
    });
    return { commentId: comment.id };
  });
}
