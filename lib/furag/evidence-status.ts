// THE one place that decides which parts of an answer need evidence and
// which have it. Readiness, the consistency check and the pages all call it.
//
// Needed: every affirmative option selected (something the entity declares it
// did), every number above zero. Not needed: negative options ("No",
// "Ninguna de las anteriores"), open text, and the modules that ask for
// opinions or a signature (PER perception, FIN final declaration).
//
// Has it: a support reference written in the answer (document, acta, link),
// or an evidence of the repository linked with targetKind FURAG_OPTION
// (answer id + option key) that still stands: not rejected by control
// interno (for this option or as a whole) and not past its validity date.
// A pending review or one with observations still counts — the file is
// there and claims to support the option; the review % says how much of it
// was checked. A rejected or expired file supports nothing an auditor would
// accept, so the option shows as missing evidence until a new one is linked.
import type { EvidenceReviewState } from "@/lib/generated/prisma/enums";
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

/** No files linked (an answer not saved yet, unit tests). */
export const NO_LINKED_EVIDENCE: EvidenceLinks = { keysFor: () => new Set<string>() };

/** Whether a linked evidence supports its option (see the header). */
export function linkedEvidenceCounts(link: { linkReviewState: EvidenceReviewState; evidenceReviewState: EvidenceReviewState; expired: boolean }): boolean {
  return link.linkReviewState !== "RECHAZADA" && link.evidenceReviewState !== "RECHAZADA" && !link.expired;
}

/**
 * The keys of a saved answer that may receive evidence: what it declares —
 * each selected option, each sub-question with a number, the one value or
 * text of an open answer. An option not chosen declares nothing, so a file
 * linked to it would support nothing (and would silently start counting the
 * day someone ticks the option without looking at it).
 */
export function evidenceKeysDeclared(question: QuestionShape, value: FuragAnswerValue | null): string[] {
  if (!value) return [];
  if (isChoice(question.type)) return value.selected;
  if (question.type === "OPEN_TEXT" || question.type === "MATRIX") return value.text.trim() ? [ANSWER_KEY] : [];
  return numberKeysOf(question).filter((key) => typeof value.numbers[key] === "number");
}

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
