// One question's page: the item, its warnings (related pairs need the whole
// vigencia, so all items are loaded), its comments, and the questions before
// and after it for moving through a module on a phone.
import { z } from "zod";
import { hasPermission, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { NotFoundError } from "@/lib/errors/app-error";
import { loadFuragItems } from "./load-furag-items";
import { warningsOf } from "./load-warnings";
import { loadAnsweringMembers } from "./load-workspace-page";

export async function loadQuestionPage(ctx: EntityContext, questionId: string) {
  if (!z.uuid().safeParse(questionId).success) throw new NotFoundError();
  const found = await withTenant(ctx, (db) =>
    db.furagQuestion.findFirst({ where: { id: questionId, retired: false }, select: { questionnaire: { select: { vigencia: true } } } }),
  );
  if (!found) throw new NotFoundError();
  const { vigencia, items, moduleTopics, links } = await loadFuragItems(ctx, found.questionnaire.vigencia);
  const index = items.findIndex((i) => i.question.id === questionId);
  const item = items[index]!;
  const policy = item.question.policyCode ?? "";
  const [comments, members] = await Promise.all([
    item.answer
      ? withTenant(ctx, (db) => db.furagAnswerComment.findMany({ where: { answerId: item.answer!.id }, orderBy: { createdAt: "asc" }, select: { id: true, authorName: true, body: true, createdAt: true } }))
      : Promise.resolve([]),
    loadAnsweringMembers(ctx),
  ]);
  const sameModule = (i: number) => (items[i]?.question.modulePrefix === item.question.modulePrefix ? items[i]!.question : null);
  return {
    vigencia,
    item,
    topic: moduleTopics.get(item.question.modulePrefix) ?? "",
    warnings: warningsOf(items, links).filter((w) => w.questionCode === item.question.code),
    comments,
    members,
    questionIds: new Map(items.map((i) => [i.question.code, i.question.id])),
    previousQuestion: sameModule(index - 1),
    nextQuestion: sameModule(index + 1),
    may: {
      answer: hasPermission(ctx, "furag.answer", policy),
      review: hasPermission(ctx, "furag.review"),
      comment: hasPermission(ctx, "furag.comment"),
      attachEvidence: hasPermission(ctx, "evidence.upload"),
    },
  };
}
