"use server";

// Hallazgos: control interno records (finding.create) and closes
// (finding.close) them; the responsible named on one, or Planeación, answers
// it (finding.answer, checked again against the finding itself).
import { revalidatePath } from "next/cache";
import { entityAction } from "@/lib/authz/actions";
import { ZAnswerFinding, ZCloseFinding, ZCreateFinding } from "@/lib/evidence/schemas";
import { answerFinding } from "@/lib/findings/answer-finding";
import { closeFinding } from "@/lib/findings/close-finding";
import { createFinding } from "@/lib/findings/create-finding";

const revalidate = (entityId: string) => revalidatePath(`/e/${entityId}/hallazgos`, "layout");

export const createFindingAction = entityAction(ZCreateFinding, "finding.create", async (ctx, input) => {
  const finding = await createFinding(ctx, input);
  revalidate(ctx.entityId);
  return finding;
});

export const answerFindingAction = entityAction(ZAnswerFinding, "finding.answer", async (ctx, input) => {
  await answerFinding(ctx, input.findingId, input.answer);
  revalidate(ctx.entityId);
  return { id: input.findingId };
});

export const closeFindingAction = entityAction(ZCloseFinding, "finding.close", async (ctx, input) => {
  await closeFinding(ctx, input.findingId, input.comment);
  revalidate(ctx.entityId);
  return { id: input.findingId };
});
