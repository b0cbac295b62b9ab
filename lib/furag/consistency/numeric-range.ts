// Numbers the form would accept but FURAG would not make sense of: negative
// amounts, percentages above 100, fractions of people or events.
import { normalizeLabel } from "@/lib/autodiagnostico/import/normalize-label";
import { ANSWER_KEY, numberKeysOf } from "../answers/answer-value";
import type { AnsweredQuestion, ConsistencyWarning } from "./types";

const isPercent = (text: string) => /porcentaje|%/.test(normalizeLabel(text));
const isCount = (text: string) => /\b(numero|cuant[oa]s)\b/.test(normalizeLabel(text));

function problemOf(number: number, wording: string): string | null {
  if (number < 0) return "es negativo; FURAG solo admite cero o más";
  if (isPercent(wording) && number > 100) return "es un porcentaje mayor que 100";
  if (isCount(wording) && !Number.isInteger(number)) return "tiene decimales, pero la pregunta pide una cantidad entera";
  return null;
}

export function checkNumericRange({ question, value }: AnsweredQuestion): ConsistencyWarning[] {
  if (!value) return [];
  const warnings: ConsistencyWarning[] = [];
  for (const key of numberKeysOf(question)) {
    const number = value.numbers[key];
    if (typeof number !== "number") continue;
    // A sub-question's own wording decides ("¿Cuántos…?"), falling back to the question's.
    const ownWording = key !== ANSWER_KEY && (isCount(key) || isPercent(key));
    const problem = problemOf(number, ownWording ? key : question.text);
    if (!problem) continue;
    const where = key === ANSWER_KEY ? "El valor" : `El valor de «${key}»`;
    warnings.push({ rule: "NUMBER_OUT_OF_RANGE", questionCode: question.code, message: `${where} (${number.toLocaleString("es-CO")}) ${problem}.` });
  }
  return warnings;
}
