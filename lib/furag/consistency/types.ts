import type { FuragAnswerValue, QuestionShape } from "../answers/answer-value";

export const CONSISTENCY_RULES = ["NONE_WITH_OTHERS", "MISSING_EVIDENCE", "NUMBER_OUT_OF_RANGE", "CHANGED_SINCE_LAST_YEAR", "RELATED_PAIR"] as const;
export type ConsistencyRule = (typeof CONSISTENCY_RULES)[number];

export const CONSISTENCY_RULE_LABELS: Record<ConsistencyRule, string> = {
  NONE_WITH_OTHERS: "«Ninguna de las anteriores» junto con otras opciones",
  MISSING_EVIDENCE: "Falta la evidencia",
  NUMBER_OUT_OF_RANGE: "Número fuera de rango",
  CHANGED_SINCE_LAST_YEAR: "Cambio frente a la vigencia anterior",
  RELATED_PAIR: "Preguntas relacionadas que no concuerdan",
};

/** What the checks need to know about a question. */
export type CheckedQuestion = QuestionShape & { code: string; modulePrefix: string; text: string };

export type ConsistencyWarning = {
  rule: ConsistencyRule;
  questionCode: string;
  /** The other question of a related pair. */
  relatedCode?: string;
  /** Spanish, complete: what is wrong and what to do. */
  message: string;
};

export type AnsweredQuestion = { question: CheckedQuestion; value: FuragAnswerValue | null };
