// An answer as the lines someone transcribes into the official form: every
// option of a choice question marked or not, every number, the open text,
// and the support written for each. Shared by the Excel and PDF exports.
import { FURAG_QUESTION_TYPE_LABELS } from "../import/furag-question-schema";
import { ANSWER_KEY, isChoice } from "../answers/answer-value";
import type { FuragItem } from "../workspace/load-furag-items";

export const STATE_LABELS = { SIN_RESPONDER: "Sin responder", RESPONDIDA: "Respondida", REVISADA: "Revisada por control interno", CON_OBSERVACIONES: "Con observaciones" } as const;

export type AnswerLine = { label: string; answer: string; support: string };

const number = (n: number | null | undefined) => (typeof n === "number" ? n.toLocaleString("es-CO") : "(sin dato)");

export function answerLines({ question, answer }: FuragItem): AnswerLine[] {
  const value = answer?.value;
  const support = (key: string) => value?.supports[key]?.trim() ?? "";
  if (answer?.notApplicable) return [{ label: "No aplica", answer: answer.notApplicableReason ?? "", support: "" }];
  if (isChoice(question.type)) {
    const lines = question.options.map((option) => {
      const marked = value?.selected.includes(option) ?? false;
      return { label: option, answer: marked ? "X" : "", support: marked ? support(option) : "" };
    });
    if (value?.text.trim()) lines.push({ label: "Detalle / explicación", answer: value.text.trim(), support: "" });
    return lines;
  }
  if (question.type === "MULTIPLE_CHOICE_NUMERIC") return question.options.map((o) => ({ label: o, answer: number(value?.numbers[o]), support: support(o) }));
  if (question.type === "OPEN_NUMERIC") return [{ label: "Valor", answer: number(value?.numbers[ANSWER_KEY]), support: support(ANSWER_KEY) }];
  return [{ label: "Respuesta", answer: value?.text.trim() || "(sin respuesta)", support: support(ANSWER_KEY) }];
}

export function typeLabel(item: FuragItem): string {
  return FURAG_QUESTION_TYPE_LABELS[item.question.type];
}
