// All consistency rules over one entity's answers for a vigencia, in
// questionnaire order. Pure: the caller loads the answers.
import { evidenceStatus, NO_LINKED_EVIDENCE, type EvidenceLinks } from "../evidence-status";
import { checkChangedSinceLastYear, type PreviousAnswer } from "./changed-since-last-year";
import { checkMissingEvidence } from "./missing-evidence";
import { checkNoneWithOthers } from "./none-with-others";
import { checkNumericRange } from "./numeric-range";
import { checkRelatedPairs } from "./related-pairs";
import type { RelatedPair } from "./related-pairs-table";
import type { AnsweredQuestion, ConsistencyWarning } from "./types";

export type CheckInput = AnsweredQuestion & { answerId: string | null; previous: PreviousAnswer | null };

export function runConsistencyChecks(
  items: readonly CheckInput[],
  options: { links?: EvidenceLinks; pairs?: readonly RelatedPair[] } = {},
): ConsistencyWarning[] {
  const byCode = new Map(items.map((item) => [item.question.code, item]));
  const related = checkRelatedPairs(byCode, options.pairs);
  const warnings: ConsistencyWarning[] = [];
  for (const item of items) {
    const answer = item.answerId ? { id: item.answerId, value: item.value } : null;
    warnings.push(
      ...checkNoneWithOthers(item),
      ...checkMissingEvidence(item.question, evidenceStatus(item.question, answer, options.links ?? NO_LINKED_EVIDENCE)),
      ...checkNumericRange(item),
      ...checkChangedSinceLastYear(item, item.previous),
      ...related.filter((w) => w.questionCode === item.question.code),
    );
  }
  return warnings;
}
