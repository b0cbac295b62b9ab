// The question an action is about, with the policy its module maps to, so
// the caller can check a RESPONSABLE's assigned policies. Retired questions
// are not answerable.
import type { DbClient } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors/app-error";

export async function findAnswerableQuestion(db: DbClient, questionId: string) {
  const question = await db.furagQuestion.findFirst({
    where: { id: questionId, retired: false },
    select: { id: true, code: true, modulePrefix: true, text: true, type: true, options: true, questionnaire: { select: { vigencia: true } } },
  });
  if (!question) throw new NotFoundError("La pregunta no existe en el cuestionario.");
  const mapping = await db.furagModulePolicy.findUnique({ where: { prefix: question.modulePrefix }, select: { policyCode: true } });
  return { ...question, policyCode: mapping?.policyCode ?? null };
}

/** "" for questions of no policy: a RESPONSABLE (policy-scoped) may not answer them. */
export const policyKey = (policyCode: string | null) => policyCode ?? "";
