"use server";

// The FURAG preparation workspace. Answering and assigning check the
// question's policy inside (a RESPONSABLE only for assigned policies), once
// the question is known; reviewing is control interno's.
import { revalidatePath } from "next/cache";
import { entityAction } from "@/lib/authz/actions";
import { addFuragComment } from "@/lib/furag/answers/add-comment";
import { ZAddFuragComment, ZAssignFuragResponsible, ZReviewFuragAnswer, ZSaveFuragAnswer } from "@/lib/furag/answers/answer-schemas";
import { assignFuragResponsible } from "@/lib/furag/answers/assign-responsible";
import { reviewFuragAnswer } from "@/lib/furag/answers/review-answer";
import { saveFuragAnswer } from "@/lib/furag/answers/save-answer";

const refresh = (entityId: string) => revalidatePath(`/e/${entityId}/furag`, "layout");

export const saveFuragAnswerAction = entityAction(ZSaveFuragAnswer, "furag.answer", async (ctx, input) => {
  const saved = await saveFuragAnswer(ctx, input);
  refresh(ctx.entityId);
  return saved;
});

export const reviewFuragAnswerAction = entityAction(ZReviewFuragAnswer, "furag.review", async (ctx, input) => {
  const reviewed = await reviewFuragAnswer(ctx, input);
  refresh(ctx.entityId);
  return reviewed;
});

export const assignFuragResponsibleAction = entityAction(ZAssignFuragResponsible, "furag.answer", async (ctx, input) => {
  const assigned = await assignFuragResponsible(ctx, input);
  refresh(ctx.entityId);
  return assigned;
});

export const addFuragCommentAction = entityAction(ZAddFuragComment, "furag.comment", async (ctx, input) => {
  const added = await addFuragComment(ctx, input);
  refresh(ctx.entityId);
  return added;
});
