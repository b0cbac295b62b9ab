// The answer row of a question in this entity, created empty on first use
// (assigning a responsible or commenting before anyone answers).
import type { DbClient } from "@/lib/db/prisma";

export async function ensureAnswerRow(db: DbClient, entityId: string, questionId: string) {
  const where = { entityId_questionId: { entityId, questionId } };
  return (await db.furagAnswer.findUnique({ where })) ?? db.furagAnswer.create({ data: { entityId, questionId } });
}
