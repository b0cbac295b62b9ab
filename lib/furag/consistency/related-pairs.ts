// Answers of two related questions (RELATED_PAIRS) that disagree. A pair is
// judged only when both questions are answered: an empty one is not yet a
// contradiction (the "sin responder" list already shows it).
import { normalizeLabel } from "@/lib/autodiagnostico/import/normalize-label";
import { isAnswered, numberKeysOf, type FuragAnswerValue } from "../answers/answer-value";
import { RELATED_PAIRS, type PairCondition, type RelatedPair } from "./related-pairs-table";
import type { AnsweredQuestion, ConsistencyWarning } from "./types";

type Answers = ReadonlyMap<string, AnsweredQuestion>;

function numberOf(item: AnsweredQuestion): number | null {
  const key = numberKeysOf(item.question)[0];
  const number = key === undefined ? undefined : item.value?.numbers[key];
  return typeof number === "number" ? number : null;
}

function holds(condition: PairCondition, item: AnsweredQuestion): boolean {
  const value = item.value as FuragAnswerValue;
  if ("numberIsZero" in condition) return numberOf(item) === 0;
  const start = normalizeLabel(condition.selects);
  return value.selected.some((option) => normalizeLabel(option).startsWith(start));
}

function answered(answers: Answers, code: string): AnsweredQuestion | null {
  const item = answers.get(code);
  return item && isAnswered(item.question, item.value) ? item : null;
}

function disagrees(pair: RelatedPair, answers: Answers): { first: string; second: string } | null {
  if (pair.kind === "not-greater") {
    const part = answered(answers, pair.part);
    const whole = answered(answers, pair.whole);
    if (!part || !whole) return null;
    const [p, w] = [numberOf(part), numberOf(whole)];
    return p !== null && w !== null && p > w ? { first: pair.part, second: pair.whole } : null;
  }
  const a = answered(answers, pair.a.code);
  const b = answered(answers, pair.b.code);
  if (!a || !b || !holds(pair.a, a)) return null;
  const contradiction = pair.kind === "exclusive" ? holds(pair.b, b) : !holds(pair.b, b);
  return contradiction ? { first: pair.a.code, second: pair.b.code } : null;
}

export function checkRelatedPairs(answers: Answers, pairs: readonly RelatedPair[] = RELATED_PAIRS): ConsistencyWarning[] {
  const warnings: ConsistencyWarning[] = [];
  for (const pair of pairs) {
    const found = disagrees(pair, answers);
    if (!found) continue;
    // Shown on both questions, so it is seen from either one.
    for (const [code, other] of [[found.first, found.second], [found.second, found.first]] as const) {
      warnings.push({ rule: "RELATED_PAIR", questionCode: code, relatedCode: other, message: `${pair.explanation} Revise ${found.first} y ${found.second}.` });
    }
  }
  return warnings;
}
