import { describe, expect, it } from "vitest";
import { ANSWER_KEY, answerValueSchemaFor, EMPTY_ANSWER, isAnswered, type QuestionShape } from "./answer-value";

const single: QuestionShape = { type: "SINGLE_CHOICE", options: ["Sí", "No"] };
const multiple: QuestionShape = { type: "MULTIPLE_CHOICE", options: ["A", "B", "Ninguna de las anteriores"] };
const numbers: QuestionShape = { type: "MULTIPLE_CHOICE_NUMERIC", options: ["Asesor:", "Profesional:"] };
const open: QuestionShape = { type: "OPEN_NUMERIC", options: [] };

describe("answer value per question type", () => {
  it("single choice holds at most one of its options", () => {
    expect(answerValueSchemaFor(single).safeParse({ ...EMPTY_ANSWER, selected: ["Sí"] }).success).toBe(true);
    expect(answerValueSchemaFor(single).safeParse({ ...EMPTY_ANSWER, selected: ["Sí", "No"] }).error?.issues[0]?.message).toBe("Elija una sola opción.");
    expect(answerValueSchemaFor(multiple).safeParse({ ...EMPTY_ANSWER, selected: ["C"] }).error?.issues[0]?.message).toBe("Opción que no está en la pregunta: «C».");
  });
  it("numeric questions take numbers only for their own keys", () => {
    expect(answerValueSchemaFor(open).safeParse({ ...EMPTY_ANSWER, numbers: { [ANSWER_KEY]: 3 } }).success).toBe(true);
    expect(answerValueSchemaFor(open).safeParse({ ...EMPTY_ANSWER, selected: ["Sí"] }).success).toBe(false);
    expect(answerValueSchemaFor(numbers).safeParse({ ...EMPTY_ANSWER, numbers: { "Otro:": 3 } }).success).toBe(false);
  });
  it("refuses unknown keys (strict) and supports of options the question lacks", () => {
    expect(answerValueSchemaFor(multiple).safeParse({ ...EMPTY_ANSWER, extra: 1 }).success).toBe(false);
    expect(answerValueSchemaFor(multiple).safeParse({ ...EMPTY_ANSWER, supports: { Z: "acta" } }).success).toBe(false);
  });
  it("counts as answered only when complete", () => {
    expect(isAnswered(multiple, { ...EMPTY_ANSWER, selected: ["A"] })).toBe(true);
    expect(isAnswered(numbers, { ...EMPTY_ANSWER, numbers: { "Asesor:": 2 } })).toBe(false);
    expect(isAnswered(numbers, { ...EMPTY_ANSWER, numbers: { "Asesor:": 2, "Profesional:": 0 } })).toBe(true);
    expect(isAnswered({ type: "OPEN_TEXT", options: [] }, { ...EMPTY_ANSWER, text: "  " })).toBe(false);
  });
});
