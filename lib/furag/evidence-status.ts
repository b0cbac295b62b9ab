// THE one place that decides which parts of an answer need evidence and
// which have it. Readiness, the consistency check and the pages all call it.
//
// Needed: every affirmative option selected (something the entity declares it
// did), every number above zero. Not needed: negative options ("No",
// "Ninguna de las anteriores"), open text, and the modules that ask for
// opinions or a signature (PER perception, FIN final declaration).
//
// Has it: a support reference written in the answer (document, acta, link),
// or — once the evidence repository is merged — a file linked with
// targetKind FURAG_OPTION (answer id + option key). `EvidenceLinks` is that
// seam: pass the linked keys and nothing else changes.
import { ANSWER_KEY, isChoice, numberKeysOf, type FuragAnswerValue, type QuestionShape } from "./answers/answer-value";
import { isNegativeOption } from "./answers/option-kinds";

const OPINION_MODULES = new Set(["PER", "FIN"]);

export type EvidenceStatus = {
  /** Option texts (or ANSWER_KEY) that need evidence. */
  required: string[];
  supported: string[];
  missing: string[];
};

/** Evidence files linked to answers, by answer id → option keys. */
export interface EvidenceLinks {
  keysFor(answerId: string): ReadonlySet<string>;
}

/** Until the evidence repository is wired in, no files are linked. */
export const NO_LINKED_EVIDENCE: EvidenceLinks = { keysFor: () => new Set<string>() };

export function evidenceKeysRequired(question: QuestionShape & { modulePrefix: string }, value: FuragAnswerValue | null): string[] {
  if (!value || OPINION_MODULES.has(question.modulePrefix)) return [];
  if (isChoice(question.type)) return value.selected.filter((option) => !isNegativeOption(option));
  const keys = numberKeysOf(question).filter((key) => (value.numbers[key] ?? 0) > 0);
  // One support for the whole numeric answer.
  return question.type === "OPEN_NUMERIC" ? keys.map(() => ANSWER_KEY) : keys;
}

export function evidenceStatus(
  question: QuestionShape & { modulePrefix: string },
  answer: { id: string; value: FuragAnswerValue | null } | null,
  links: EvidenceLinks = NO_LINKED_EVIDENCE,
): EvidenceStatus {
  const value = answer?.value ?? null;
  const required = evidenceKeysRequired(question, value);
  const linked = answer ? links.keysFor(answer.id) : new Set<string>();
  const has = (key: string) => linked.has(key) || (value?.supports[key] ?? "").trim().length > 0;
  return { required, supported: required.filter(has), missing: required.filter((key) => !has(key)) };
}
