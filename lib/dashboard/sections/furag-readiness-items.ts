// The FURAG items readiness needs, read in the dashboard's transaction: the
// same selection as the workspace's loadFuragItems (current questions of the
// vigencia's questionnaire, not retired, with this entity's answer; the
// module → policy table; the evidence linked to each answer's options),
// judged by the same functions (readAnswerValue, evidenceStatus,
// indexOptionEvidence). Only what computeReadiness reads: no comments, no
// previous vigencia. tests/integration/dashboard-sql-equals-pages.test.ts
// keeps it equal to the readiness page.
import { sql, type SqlTx } from "@/lib/db/sql";
import { dateOnly, isExpired } from "@/lib/evidence/expiry";
import { readAnswerValue } from "@/lib/furag/answers/answer-value";
import { indexOptionEvidence } from "@/lib/furag/evidence/option-evidence";
import { evidenceStatus } from "@/lib/furag/evidence-status";
import type { ReadinessItem } from "@/lib/furag/workspace/readiness";
import type { EvidenceReviewState, FuragAnswerState, FuragQuestionType } from "@/lib/generated/prisma/enums";

type QuestionRow = {
  code: string;
  modulePrefix: string;
  type: FuragQuestionType;
  options: string[];
  answerId: string | null;
  state: FuragAnswerState | null;
  value: unknown;
  notApplicable: boolean | null;
};

type LinkRow = {
  linkId: string;
  answerId: string;
  key: string;
  linkReviewState: EvidenceReviewState;
  evidenceId: string;
  title: string;
  evidenceReviewState: EvidenceReviewState;
  validUntil: string | null;
};

/** Null when no questionnaire is loaded for the vigencia. */
export async function readFuragReadinessItems(
  tx: SqlTx,
  entityId: string,
  vigencia: number,
  now: Date,
): Promise<{ items: ReadinessItem[]; moduleTopics: Map<string, string> } | null> {
  const questionnaire = await tx.first<{ id: string }>(sql`SELECT id::text AS id FROM furag_questionnaires WHERE vigencia = ${vigencia}::int`);
  if (!questionnaire) return null;
  const modules = await tx.rows<{ prefix: string; topic: string; policyCode: string | null }>(sql`
    SELECT prefix, topic, policy_code AS "policyCode" FROM furag_module_policies ORDER BY prefix`);
  const questions = await tx.rows<QuestionRow>(sql`
    SELECT q.code, q.module_prefix AS "modulePrefix", q.type::text AS type, q.options,
      a.id::text AS "answerId", a.state::text AS state, a.value, a.not_applicable AS "notApplicable"
    FROM furag_questions q LEFT JOIN furag_answers a ON a.question_id = q.id AND a.entity_id = ${entityId}::uuid
    WHERE q.questionnaire_id = ${questionnaire.id}::uuid AND NOT q.retired
    ORDER BY q.sort_order`);
  const answerIds = questions.flatMap((q) => (q.answerId ? [q.answerId] : []));
  const links =
    answerIds.length === 0
      ? []
      : await tx.rows<LinkRow>(sql`
          SELECT l.id::text AS "linkId", l.target_id::text AS "answerId", l.target_sub_id AS key, l.review_state::text AS "linkReviewState",
            e.id::text AS "evidenceId", e.title, e.review_state::text AS "evidenceReviewState", e.valid_until::text AS "validUntil"
          FROM evidence_links l JOIN evidences e ON e.id = l.evidence_id
          WHERE l.entity_id = ${entityId}::uuid AND l.target_kind = 'FURAG_OPTION' AND l.target_id = ANY(${answerIds}::uuid[])
          ORDER BY l.created_at`);
  const evidence = indexOptionEvidence(
    links.map(({ validUntil, ...link }) => ({ ...link, expired: isExpired(validUntil ? dateOnly(validUntil) : null, now) })),
  );
  const policyOf = new Map(modules.map((m) => [m.prefix, m.policyCode]));
  const items = questions.map((row): ReadinessItem => {
    const question = { code: row.code, modulePrefix: row.modulePrefix, type: row.type, options: row.options, policyCode: policyOf.get(row.modulePrefix) ?? null };
    const answer = row.answerId ? { id: row.answerId, state: row.state!, value: readAnswerValue(row.value), notApplicable: row.notApplicable! } : null;
    // A question marked "no aplica" asks for no evidence (as in loadFuragItems).
    return { question, answer, evidence: evidenceStatus(question, answer && !answer.notApplicable ? answer : null, evidence) };
  });
  return { items, moduleTopics: new Map(modules.map((m) => [m.prefix, m.topic])) };
}
