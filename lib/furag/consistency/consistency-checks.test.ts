import { describe, expect, it } from "vitest";
import { ANSWER_KEY, EMPTY_ANSWER, type FuragAnswerValue } from "../answers/answer-value";
import { evidenceStatus } from "../evidence-status";
import { checkChangedSinceLastYear } from "./changed-since-last-year";
import { checkMissingEvidence } from "./missing-evidence";
import { checkNoneWithOthers } from "./none-with-others";
import { checkNumericRange } from "./numeric-range";
import { checkRelatedPairs } from "./related-pairs";
import { runConsistencyChecks } from "./run-consistency-checks";
import type { AnsweredQuestion, CheckedQuestion } from "./types";

// Questions as the 2025 questionnaire words them (options shortened where long).
const PCI206: CheckedQuestion = {
  code: "PCI206",
  modulePrefix: "PCI",
  text: "Qué tipo de acciones formuló la entidad en el proceso de rendición de cuentas durante la vigencia evaluada:",
  type: "MULTIPLE_CHOICE",
  options: ["Acciones de información sobre avances y resultados", "Jornadas de diálogo", "Ninguna de las anteriores"],
};
const TRA207: CheckedQuestion = { code: "TRA207", modulePrefix: "TRA", text: "¿cuántos riesgos de corrupción tiene identificados la entidad?", type: "OPEN_NUMERIC", options: [] };
const TRA212: CheckedQuestion = { code: "TRA212", modulePrefix: "TRA", text: "¿Cuántos riesgos de corrupción se materializaron?", type: "OPEN_NUMERIC", options: [] };
const TRA213: CheckedQuestion = {
  code: "TRA213",
  modulePrefix: "TRA",
  text: "Los riesgos de corrupción materializados se pusieron en conocimiento de las siguientes autoridades:",
  type: "MULTIPLE_CHOICE",
  options: ["Fiscalía", "Contraloría", "Ninguna de las anteriores"],
};
const CCP218: CheckedQuestion = { code: "CCP218", modulePrefix: "CCP", text: "¿Qué porcentaje del presupuesto total gestionó la entidad a través de la Tienda Virtual?", type: "OPEN_NUMERIC", options: [] };
const GTH219: CheckedQuestion = {
  code: "GTH219",
  modulePrefix: "GTH",
  text: "Indique el número de servidores públicos con evaluación del desempeño por nivel jerárquico.",
  type: "MULTIPLE_CHOICE_NUMERIC",
  options: ["Asesor:", "Profesional:"],
};

const answer = (value: Partial<FuragAnswerValue>): FuragAnswerValue => ({ ...EMPTY_ANSWER, ...value });
const item = (question: CheckedQuestion, value: Partial<FuragAnswerValue> | null): AnsweredQuestion => ({ question, value: value && answer(value) });

describe("«Ninguna de las anteriores» with other options", () => {
  it("warns when it is selected together with another option, and explains what to do", () => {
    const warnings = checkNoneWithOthers(item(PCI206, { selected: ["Jornadas de diálogo", "Ninguna de las anteriores"] }));
    expect(warnings).toEqual([
      expect.objectContaining({ rule: "NONE_WITH_OTHERS", questionCode: "PCI206", message: expect.stringContaining("«Ninguna de las anteriores» junto con otra opción") }),
    ]);
  });
  it("accepts it alone, and other options alone", () => {
    expect(checkNoneWithOthers(item(PCI206, { selected: ["Ninguna de las anteriores"] }))).toEqual([]);
    expect(checkNoneWithOthers(item(PCI206, { selected: ["Jornadas de diálogo"] }))).toEqual([]);
  });
  it("recognises the other wordings of the 2025 file", () => {
    const question = { ...PCI206, options: ["Redes sociales", "Ninguno de los anteriores"] };
    expect(checkNoneWithOthers(item(question, { selected: ["Redes sociales", "Ninguno de los anteriores"] }))).toHaveLength(1);
  });
});

describe("evidence required but missing", () => {
  it("asks for support of each affirmative option, not of «Ninguna»", () => {
    const value = answer({ selected: ["Jornadas de diálogo", "Acciones de información sobre avances y resultados"], supports: { "Jornadas de diálogo": "Acta 12 de 2025" } });
    const status = evidenceStatus(PCI206, { id: "a", value });
    expect(status).toEqual({
      required: ["Jornadas de diálogo", "Acciones de información sobre avances y resultados"],
      supported: ["Jornadas de diálogo"],
      missing: ["Acciones de información sobre avances y resultados"],
    });
    expect(checkMissingEvidence(PCI206, status)).toEqual([
      expect.objectContaining({ rule: "MISSING_EVIDENCE", message: "La opción «Acciones de información sobre avances y resultados» requiere evidencia y no tiene soporte." }),
    ]);
    expect(evidenceStatus(PCI206, { id: "a", value: answer({ selected: ["Ninguna de las anteriores"] }) }).required).toEqual([]);
  });
  it("counts a file linked by the evidence repository as support", () => {
    const value = answer({ numbers: { [ANSWER_KEY]: 4 } });
    expect(evidenceStatus(TRA207, { id: "a", value }).missing).toEqual([ANSWER_KEY]);
    expect(evidenceStatus(TRA207, { id: "a", value }, { keysFor: () => new Set([ANSWER_KEY]) }).missing).toEqual([]);
  });
  it("needs no evidence for opinions (PER) or a zero", () => {
    expect(evidenceStatus({ ...PCI206, modulePrefix: "PER" }, { id: "a", value: answer({ selected: ["Jornadas de diálogo"] }) }).required).toEqual([]);
    expect(evidenceStatus(TRA212, { id: "a", value: answer({ numbers: { [ANSWER_KEY]: 0 } }) }).required).toEqual([]);
  });
});

describe("numbers out of range", () => {
  it("flags negative numbers, percentages above 100 and fractional counts", () => {
    expect(checkNumericRange(item(TRA207, { numbers: { [ANSWER_KEY]: -1 } }))[0]?.message).toMatch(/negativo/);
    expect(checkNumericRange(item(CCP218, { numbers: { [ANSWER_KEY]: 120 } }))[0]?.message).toMatch(/porcentaje mayor que 100/);
    expect(checkNumericRange(item(GTH219, { numbers: { "Asesor:": 2.5, "Profesional:": 3 } }))).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^El valor de «Asesor:» \(2,5\) tiene decimales/) }),
    ]);
  });
  it("accepts numbers in range", () => {
    expect(checkNumericRange(item(CCP218, { numbers: { [ANSWER_KEY]: 37.5 } }))).toEqual([]);
    expect(checkNumericRange(item(TRA207, { numbers: { [ANSWER_KEY]: 12 } }))).toEqual([]);
  });
});

describe("changes since the previous vigencia", () => {
  const previous = (selected: string[]) => ({ vigencia: 2024, options: PCI206.options, value: answer({ selected }) });
  it("flags an option given last year and dropped now, and the reverse", () => {
    const warnings = checkChangedSinceLastYear(item(PCI206, { selected: ["Jornadas de diálogo"] }), previous(["Acciones de información sobre avances y resultados"]));
    expect(warnings.map((w) => w.message)).toEqual([
      "En 2024 se respondió «Acciones de información sobre avances y resultados» y ahora no. Confirme que la entidad dejó de cumplirlo o corrija la respuesta.",
      "Ahora se responde «Jornadas de diálogo», que en 2024 no se eligió. Tenga a mano la evidencia de qué cambió.",
    ]);
  });
  it("says nothing when the answer is the same, or without a previous answer", () => {
    expect(checkChangedSinceLastYear(item(PCI206, { selected: ["Jornadas de diálogo"] }), previous(["Jornadas de diálogo"]))).toEqual([]);
    expect(checkChangedSinceLastYear(item(PCI206, { selected: ["Jornadas de diálogo"] }), null)).toEqual([]);
  });
  it("ignores options that did not exist last year", () => {
    const old = { vigencia: 2024, options: ["Acciones de información sobre avances y resultados"], value: answer({ selected: ["Acciones de información sobre avances y resultados"] }) };
    const warnings = checkChangedSinceLastYear(item(PCI206, { selected: ["Acciones de información sobre avances y resultados", "Jornadas de diálogo"] }), old);
    expect(warnings).toEqual([]);
  });
});

describe("related questions that disagree", () => {
  const answers = (...items: AnsweredQuestion[]) => new Map(items.map((i) => [i.question.code, i]));
  it("flags more risks materialised than identified, on both questions", () => {
    const warnings = checkRelatedPairs(answers(item(TRA207, { numbers: { [ANSWER_KEY]: 2 } }), item(TRA212, { numbers: { [ANSWER_KEY]: 3 } })));
    expect(warnings.map((w) => [w.questionCode, w.relatedCode])).toEqual([["TRA212", "TRA207"], ["TRA207", "TRA212"]]);
    expect(warnings[0]?.message).toMatch(/no pueden ser más que los identificados/);
  });
  it("flags authorities informed when no risk materialised, unless «Ninguna»", () => {
    const zero = item(TRA212, { numbers: { [ANSWER_KEY]: 0 } });
    expect(checkRelatedPairs(answers(zero, item(TRA213, { selected: ["Fiscalía"] })))).toHaveLength(2);
    expect(checkRelatedPairs(answers(zero, item(TRA213, { selected: ["Ninguna de las anteriores"] })))).toEqual([]);
  });
  it("waits until both questions are answered", () => {
    expect(checkRelatedPairs(answers(item(TRA212, { numbers: { [ANSWER_KEY]: 3 } }), item(TRA207, null)))).toEqual([]);
  });
});

describe("all checks together", () => {
  it("lists each question's warnings in questionnaire order", () => {
    const rule = (w: { rule: string; questionCode: string }) => `${w.questionCode}:${w.rule}`;
    const warnings = runConsistencyChecks([
      { ...item(TRA207, { numbers: { [ANSWER_KEY]: 1 } }), answerId: "1", previous: null },
      { ...item(TRA212, { numbers: { [ANSWER_KEY]: 2 }, supports: { [ANSWER_KEY]: "Informe" } }), answerId: "2", previous: null },
    ]);
    expect(warnings.map(rule)).toEqual(["TRA207:MISSING_EVIDENCE", "TRA207:RELATED_PAIR", "TRA212:RELATED_PAIR"]);
  });
});
