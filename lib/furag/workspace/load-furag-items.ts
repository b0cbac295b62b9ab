// Everything the workspace, readiness, consistency, gaps and exports need for
// one entity and vigencia, loaded once: every current question with its
// policy, this entity's answer, its evidence status (support references and
// the evidence linked to each option, one query for all), and last
// vigencia's answer to the same code. All questions are applicable (the file says
// nothing about applicability); an entity marks one "no aplica" with a reason.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import type { FuragAnswerState, FuragQuestionType } from "@/lib/generated/prisma/enums";
import { readAnswerValue, type FuragAnswerValue } from "../answers/answer-value";
import type { PreviousAnswer } from "../consistency/changed-since-last-year";
import { evidenceStatus, type EvidenceLinks, type EvidenceStatus } from "../evidence-status";
import { loadOptionEvidence, type OptionEvidenceByKey } from "../evidence/option-evidence";
import { policyByPrefix, readModulePolicies } from "../questionnaire/module-policies";

export type FuragItem = {
  question: { id: string; code: string; modulePrefix: string; text: string; type: FuragQuestionType; options: string[]; policyCode: string | null };
  answer: {
    id: string;
    state: FuragAnswerState;
    value: FuragAnswerValue | null;
    version: number;
    notApplicable: boolean;
    notApplicableReason: string | null;
    responsible: { id: string; name: string } | null;
    updatedAt: Date;
    commentCount: number;
  } | null;
  evidence: EvidenceStatus;
  /** The evidence linked to each option key of the answer. */
  linkedEvidence: OptionEvidenceByKey;
  previous: PreviousAnswer | null;
};

/** `links`: the same linked evidence the items were judged with, for the consistency checks. */
export type FuragWorkspace = { vigencia: number; items: FuragItem[]; moduleTopics: Map<string, string>; links: EvidenceLinks };

/** Vigencias with a questionnaire, newest first. */
export function loadQuestionnaireVigencias(ctx: EntityContext): Promise<number[]> {
  return withTenant(ctx, async (db) =>
    (await db.furagQuestionnaire.findMany({ orderBy: { vigencia: "desc" }, select: { vigencia: true } })).map((q) => q.vigencia),
  );
}

export async function loadFuragItems(ctx: EntityContext, vigencia: number): Promise<FuragWorkspace> {
  return withTenant(ctx, (db) => loadFuragItemsIn(db, ctx.entityId, vigencia));
}

/** The same, inside a caller's tenant transaction (the action-plan generator). */
export async function loadFuragItemsIn(db: DbClient, entityId: string, vigencia: number): Promise<FuragWorkspace> {
  const modules = await readModulePolicies(db);
  const policyOf = policyByPrefix(modules);
  const questions = await db.furagQuestion.findMany({
    where: { questionnaire: { vigencia }, retired: false },
    orderBy: { sortOrder: "asc" },
    select: {
      id: true, code: true, modulePrefix: true, text: true, type: true, options: true,
      answers: {
        where: { entityId: entityId },
        select: {
          id: true, state: true, value: true, version: true, notApplicable: true, notApplicableReason: true, updatedAt: true,
          responsible: { select: { id: true, name: true } },
          _count: { select: { comments: true } },
        },
      },
    },
  });
  const previousRows = await db.furagAnswer.findMany({
    where: { entityId: entityId, question: { questionnaire: { vigencia: vigencia - 1 } } },
    select: { value: true, question: { select: { code: true, options: true } } },
  });
  const links = await loadOptionEvidence(db, entityId, questions.flatMap((q) => q.answers.map((a) => a.id)));
  const previousByCode = new Map(previousRows.map((row) => [row.question.code, { vigencia: vigencia - 1, options: row.question.options, value: readAnswerValue(row.value) }]));
  const items = questions.map(({ answers, ...q }): FuragItem => {
    const row = answers[0];
    const question = { ...q, policyCode: policyOf(q.modulePrefix) };
    const answer = row
      ? {
          id: row.id, state: row.state, value: readAnswerValue(row.value), version: row.version,
          notApplicable: row.notApplicable, notApplicableReason: row.notApplicableReason,
          responsible: row.responsible, updatedAt: row.updatedAt, commentCount: row._count.comments,
        }
      : null;
    // A question marked "no aplica" asks for no evidence.
    const evidence = evidenceStatus(question, answer && !answer.notApplicable ? answer : null, links);
    const linkedEvidence = answer ? links.evidenceOf(answer.id) : {};
    return { question, answer, evidence, linkedEvidence, previous: previousByCode.get(q.code) ?? null };
  });
  return { vigencia, items, moduleTopics: new Map(modules.map((m) => [m.prefix, m.topic])), links };
}
