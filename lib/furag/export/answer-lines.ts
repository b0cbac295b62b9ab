// An answer as the lines someone transcribes into the official form: every
// option of a choice question marked or not, every number, the open text,
// the support written for each and the evidence files linked to it (with
// their review and "vencida", so the export hides nothing an auditor would
// ask about). Shared by the Excel and PDF exports and the read-only answer.
import { FURAG_QUESTION_TYPE_LABELS } from "../import/furag-question-schema";
import { REVIEW_STATE_LABELS } from "@/lib/evidence/labels";
import { ANSWER_KEY, isChoice } from "../answers/answer-value";
import type { OptionEvidence } from "../evidence/option-evidence";
import type { FuragItem } from "../workspace/load-furag-items";

export const STATE_LABELS = { SIN_RESPONDER: "Sin responder", RESPONDIDA: "Respondida", REVISADA: "Revisada por control interno", CON_OBSERVACIONES: "Con observaciones" } as const;

/** `key`: the option key the line is about (null: detail text, "no aplica"); `evidence`: its linked files. */
export type AnswerLine = { label: string; answer: string; support: string; key: string | null; evidence: string };

function evidenceText(linked: readonly OptionEvidence[] | undefined): string {
  return (linked ?? [])
    .map((e) => {
      const notes = [REVIEW_STATE_LABELS[e.linkReviewState].toLowerCase()];
      if (e.evidenceReviewState === "RECHAZADA" && e.linkReviewState !== "RECHAZADA") notes.push("evidencia rechazada");
      if (e.expired) notes.push("vencida");
      return `${e.title} (${notes.join(", ")})`;
    })
    .join("; ");
}

const number = (n: number | null | undefined) => (typeof n === "number" ? n.toLocaleString("es-CO") : "(sin dato)");

export function answerLines({ question, answer, linkedEvidence }: FuragItem): AnswerLine[] {
  const value = answer?.value;
  const about = (key: string) => ({ key, support: value?.supports[key]?.trim() ?? "", evidence: evidenceText(linkedEvidence[key]) });
  const nothing = { key: null, support: "", evidence: "" };
  if (answer?.notApplicable) return [{ label: "No aplica", answer: answer.notApplicableReason ?? "", ...nothing }];
  if (isChoice(question.type)) {
    const lines: AnswerLine[] = question.options.map((option) => {
      const marked = value?.selected.includes(option) ?? false;
      return { label: option, answer: marked ? "X" : "", ...(marked ? about(option) : { ...nothing, key: option }) };
    });
    if (value?.text.trim()) lines.push({ label: "Detalle / explicación", answer: value.text.trim(), ...nothing });
    return lines;
  }
  if (question.type === "MULTIPLE_CHOICE_NUMERIC") return question.options.map((o) => ({ label: o, answer: number(value?.numbers[o]), ...about(o) }));
  if (question.type === "OPEN_NUMERIC") return [{ label: "Valor", answer: number(value?.numbers[ANSWER_KEY]), ...about(ANSWER_KEY) }];
  return [{ label: "Respuesta", answer: value?.text.trim() || "(sin respuesta)", ...about(ANSWER_KEY) }];
}

export function typeLabel(item: FuragItem): string {
  return FURAG_QUESTION_TYPE_LABELS[item.question.type];
}
