import { z } from "zod";

/** Question types of the FURAG questionnaire, with the Spanish names the files use. */
export const FURAG_QUESTION_TYPES = [
  "SINGLE_CHOICE",
  "MULTIPLE_CHOICE",
  "MULTIPLE_CHOICE_NUMERIC",
  "OPEN_NUMERIC",
  "OPEN_TEXT",
  "MATRIX",
] as const;

export type FuragQuestionType = (typeof FURAG_QUESTION_TYPES)[number];

export const FURAG_QUESTION_TYPE_LABELS: Readonly<Record<FuragQuestionType, string>> = {
  SINGLE_CHOICE: "Selección única",
  MULTIPLE_CHOICE: "Selección múltiple",
  MULTIPLE_CHOICE_NUMERIC: "Selección múltiple numérica",
  OPEN_NUMERIC: "Abierta numérica",
  OPEN_TEXT: "Abierta texto",
  MATRIX: "Matricial",
};

/**
 * How many options each type needs. Choice questions need at least two
 * (something to choose between); open questions take none (an option there
 * would never be shown, so it is a mistake in the file). "Matricial" lists
 * its cells flattened and cut at the last option column, so it needs at least
 * one and may repeat values (the 2025 file repeats money ranges per row).
 */
export const OPTION_RULES: Readonly<Record<FuragQuestionType, { min: number; max: number | null; unique: boolean }>> = {
  SINGLE_CHOICE: { min: 2, max: null, unique: true },
  MULTIPLE_CHOICE: { min: 2, max: null, unique: true },
  MULTIPLE_CHOICE_NUMERIC: { min: 2, max: null, unique: true },
  OPEN_NUMERIC: { min: 0, max: 0, unique: true },
  OPEN_TEXT: { min: 0, max: 0, unique: true },
  MATRIX: { min: 1, max: null, unique: false },
};

/** Codes are a module prefix and a number: PLA200, GTH206, EMI08. */
export const FURAG_CODE_PATTERN = /^([A-Z]{2,4})(\d{2,3})$/;

export const furagQuestionSchema = z.strictObject({
  /** The file's ID column, as text (it is a row number that changes every year). */
  externalId: z.string().trim().min(1),
  code: z.string().regex(FURAG_CODE_PATTERN),
  modulePrefix: z.string().regex(/^[A-Z]{2,4}$/),
  text: z.string().trim().min(1),
  type: z.enum(FURAG_QUESTION_TYPES),
  options: z.array(z.string().trim().min(1)),
});

export const furagQuestionnaireSchema = z.strictObject({
  /** Year read from the "Pregunta 2025" header; null when the header has none. */
  year: z.number().int().nullable(),
  questions: z.array(furagQuestionSchema).min(1),
});

export type FuragQuestion = z.infer<typeof furagQuestionSchema>;
export type FuragQuestionnaire = z.infer<typeof furagQuestionnaireSchema>;
