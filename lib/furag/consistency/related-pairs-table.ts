// Pairs of FURAG questions that ask about the same thing, so their answers
// must agree. Source: read from the 2025 question bank
// (../shared/data/furag-2025-preguntas.xlsx); codes are matched per vigencia,
// so a pair whose questions are missing from a year's questionnaire is
// simply skipped. Options are matched by the start of their text (accents
// and case ignored), as the wording is stable across years.
export type PairCondition =
  | { code: string; selects: string }
  | { code: string; numberIsZero: true };

export type RelatedPair =
  /** Both conditions true at once is a contradiction. */
  | { id: string; kind: "exclusive"; a: PairCondition; b: PairCondition; explanation: string }
  /** When `a` holds, an answered `b` must hold too. */
  | { id: string; kind: "implies"; a: PairCondition; b: PairCondition; explanation: string }
  /** The number of `part` cannot exceed the number of `whole`. */
  | { id: string; kind: "not-greater"; part: string; whole: string; explanation: string };

export const RELATED_PAIRS: readonly RelatedPair[] = [
  {
    id: "riesgos-materializados",
    kind: "not-greater",
    part: "TRA212",
    whole: "TRA207",
    explanation: "Los riesgos de corrupción materializados (TRA212) no pueden ser más que los identificados (TRA207).",
  },
  {
    id: "riesgos-materializados-autoridades",
    kind: "implies",
    a: { code: "TRA212", numberIsZero: true },
    b: { code: "TRA213", selects: "Ninguna de las anteriores" },
    explanation: "Si ningún riesgo de corrupción se materializó (TRA212 = 0), no hay materializaciones que poner en conocimiento de autoridades (TRA213).",
  },
  {
    id: "plan-anual-adquisiciones",
    kind: "implies",
    a: { code: "CCP200", selects: "La entidad no estructuró Plan Anual de Adquisiciones" },
    b: { code: "CCP201", selects: "No publicó el Plan Anual de Adquisiciones" },
    explanation: "Si la entidad no estructuró el Plan Anual de Adquisiciones (CCP200), no pudo publicarlo (CCP201).",
  },
  {
    id: "caracterizacion-grupos-de-valor",
    kind: "exclusive",
    a: { code: "PLA200", selects: "Identificó las características de sus grupos de valor" },
    b: { code: "PLA201", selects: "La entidad no tenía caracterizados sus grupos de valor" },
    explanation: "PLA200 afirma que la entidad identificó las características de sus grupos de valor y PLA201 que no los tenía caracterizados.",
  },
];
