// The draft answer to one FURAG question, stored as JSON. One shape for all
// types (selected options, numbers, free text, support references), checked
// against the question by `answerValueSchemaFor`: a single-choice answer
// holds one option of that question, a numeric one only numbers, and so on.
import { z } from "zod";
import type { FuragQuestionType } from "@/lib/generated/prisma/enums";

/** Key of the one number (OPEN_NUMERIC) or the one support (open answers) that is not an option. */
export const ANSWER_KEY = "respuesta";

/** Big enough for any budget in pesos, small enough to catch a pasted phone number twice. */
const MAX_NUMBER = 1e13;

export const ZFuragAnswerValue = z.strictObject({
  selected: z.array(z.string().max(2000)).max(60).default([]),
  numbers: z.record(z.string().max(2000), z.number().finite().min(-MAX_NUMBER).max(MAX_NUMBER).nullable()).default({}),
  text: z.string().max(4000, "Máximo 4.000 caracteres.").default(""),
  /** Where the support of an option is (document, acta, enlace), by option text or ANSWER_KEY. */
  supports: z.record(z.string().max(2000), z.string().trim().max(500, "Máximo 500 caracteres.")).default({}),
});

export type FuragAnswerValue = z.infer<typeof ZFuragAnswerValue>;

export type QuestionShape = { type: FuragQuestionType; options: readonly string[] };

export const EMPTY_ANSWER: FuragAnswerValue = { selected: [], numbers: {}, text: "", supports: {} };

export function isChoice(type: FuragQuestionType): boolean {
  return type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE";
}

/** The keys a number may be given for: each sub-question of MCN, or ANSWER_KEY. */
export function numberKeysOf(question: QuestionShape): readonly string[] {
  if (question.type === "MULTIPLE_CHOICE_NUMERIC") return question.options;
  if (question.type === "OPEN_NUMERIC") return [ANSWER_KEY];
  return [];
}

/** The zod schema of an answer to this question (the per-type rules). */
export function answerValueSchemaFor(question: QuestionShape) {
  const options = new Set(question.options);
  const numberKeys = new Set(numberKeysOf(question));
  return ZFuragAnswerValue.superRefine((value, issue) => {
    if (!isChoice(question.type) && value.selected.length > 0) {
      issue.addIssue({ code: "custom", path: ["selected"], message: "Esta pregunta no se responde eligiendo opciones." });
    }
    if (question.type === "SINGLE_CHOICE" && value.selected.length > 1) {
      issue.addIssue({ code: "custom", path: ["selected"], message: "Elija una sola opción." });
    }
    const unknown = value.selected.filter((option) => !options.has(option));
    if (unknown.length > 0) issue.addIssue({ code: "custom", path: ["selected"], message: `Opción que no está en la pregunta: «${unknown[0]}».` });
    if (new Set(value.selected).size !== value.selected.length) {
      issue.addIssue({ code: "custom", path: ["selected"], message: "Una opción está elegida dos veces." });
    }
    for (const key of Object.keys(value.numbers)) {
      if (!numberKeys.has(key)) issue.addIssue({ code: "custom", path: ["numbers"], message: "Esta pregunta no lleva ese valor numérico." });
    }
    for (const key of Object.keys(value.supports)) {
      if (!options.has(key) && key !== ANSWER_KEY) issue.addIssue({ code: "custom", path: ["supports"], message: "Soporte de una opción que no está en la pregunta." });
    }
  });
}

/** Whether the answer is complete enough to count as "respondida". */
export function isAnswered(question: QuestionShape, value: FuragAnswerValue | null): boolean {
  if (!value) return false;
  switch (question.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return value.selected.length > 0;
    case "MULTIPLE_CHOICE_NUMERIC":
    case "OPEN_NUMERIC":
      return numberKeysOf(question).every((key) => typeof value.numbers[key] === "number");
    case "OPEN_TEXT":
    case "MATRIX":
      return value.text.trim().length > 0;
  }
}

/** A stored JSON value read back; anything unreadable counts as no answer. */
export function readAnswerValue(stored: unknown): FuragAnswerValue | null {
  if (stored === null || stored === undefined) return null;
  const parsed = ZFuragAnswerValue.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
