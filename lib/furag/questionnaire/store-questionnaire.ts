// Stores a parsed questionnaire for a vigencia. A re-import (a corrected
// file) updates questions in place by code, so answers already given keep
// pointing at their question; a question the new file no longer has is
// deleted when nobody answered it and retired (hidden) when someone did.
import type { DbClient } from "@/lib/db/prisma";
import type { FuragQuestionnaire } from "../import/furag-question-schema";

export type StoreQuestionnaireResult = {
  vigencia: number;
  created: boolean;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Missing from the new file but answered by some entity: kept, hidden. */
  retired: number;
};

const sameOptions = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((o, i) => o === b[i]);

export async function storeQuestionnaire(db: DbClient, vigencia: number, sourceFileName: string, data: FuragQuestionnaire): Promise<StoreQuestionnaireResult> {
  const existing = await db.furagQuestionnaire.findUnique({ where: { vigencia }, select: { id: true } });
  const questionnaire = existing
    ? await db.furagQuestionnaire.update({ where: { id: existing.id }, data: { sourceFileName }, select: { id: true } })
    : await db.furagQuestionnaire.create({ data: { vigencia, sourceFileName }, select: { id: true } });
  const stored = await db.furagQuestion.findMany({
    where: { questionnaireId: questionnaire.id },
    select: { id: true, code: true, externalId: true, text: true, type: true, options: true, sortOrder: true, retired: true, _count: { select: { answers: true } } },
  });
  const byCode = new Map(stored.map((q) => [q.code, q]));
  const result: StoreQuestionnaireResult = { vigencia, created: !existing, added: 0, updated: 0, unchanged: 0, removed: 0, retired: 0 };

  const toCreate = [];
  for (const [index, question] of data.questions.entries()) {
    const row = { externalId: question.externalId, modulePrefix: question.modulePrefix, text: question.text, type: question.type, options: question.options, sortOrder: index, retired: false };
    const old = byCode.get(question.code);
    byCode.delete(question.code);
    if (!old) {
      toCreate.push({ ...row, questionnaireId: questionnaire.id, code: question.code });
      continue;
    }
    const same = old.externalId === row.externalId && old.text === row.text && old.type === row.type && sameOptions(old.options, row.options) && old.sortOrder === index && !old.retired;
    if (same) {
      result.unchanged++;
      continue;
    }
    await db.furagQuestion.update({ where: { id: old.id }, data: row });
    result.updated++;
  }
  if (toCreate.length > 0) result.added = (await db.furagQuestion.createMany({ data: toCreate })).count;

  // Codes left over are gone from the file.
  const gone = [...byCode.values()];
  const unanswered = gone.filter((q) => q._count.answers === 0).map((q) => q.id);
  const answered = gone.filter((q) => q._count.answers > 0 && !q.retired).map((q) => q.id);
  if (unanswered.length > 0) result.removed = (await db.furagQuestion.deleteMany({ where: { id: { in: unanswered } } })).count;
  if (answered.length > 0) result.retired = (await db.furagQuestion.updateMany({ where: { id: { in: answered } }, data: { retired: true, sortOrder: data.questions.length } })).count;
  return result;
}
