import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findModuleMapping, MODULE_POLICY_MAP, POLICY_CODES } from "../module-policy-map";
import type { FuragQuestionnaire } from "./furag-question-schema";
import { parseFuragQuestionsWorkbook } from "./parse-furag-questions-workbook";

const OFFICIAL_FILE = path.resolve(process.cwd(), "../shared/data/furag-2025-preguntas.xlsx");

describe("FURAG 2025 question bank", () => {
  let data: FuragQuestionnaire;

  beforeAll(async () => {
    data = await parseFuragQuestionsWorkbook(readFileSync(OFFICIAL_FILE));
  }, 30_000);

  it("imports all 423 questions with the year of the header", () => {
    expect(data.year).toBe(2025);
    expect(data.questions).toHaveLength(423);
    expect(new Set(data.questions.map((q) => q.code)).size).toBe(423);
  });

  it("maps the Spanish type names: 163/229/18/7/5/1", () => {
    const counts: Record<string, number> = {};
    for (const q of data.questions) counts[q.type] = (counts[q.type] ?? 0) + 1;
    expect(counts).toEqual({
      SINGLE_CHOICE: 163,
      MULTIPLE_CHOICE: 229,
      MULTIPLE_CHOICE_NUMERIC: 18,
      OPEN_NUMERIC: 7,
      OPEN_TEXT: 5,
      MATRIX: 1,
    });
  });

  it("reads the first question with its options, and open questions without", () => {
    expect(data.questions[0]).toEqual({
      externalId: "1",
      code: "PER200",
      modulePrefix: "PER",
      text: "¿Considera que el MIPG ha generado valor agregado a la gestión de la entidad?",
      type: "SINGLE_CHOICE",
      options: ["SÍ, explique brevemente su respuesta:", "No, explique brevemente su respuesta:"],
    });
    expect(data.questions.find((q) => q.code === "PER202")).toMatchObject({ type: "OPEN_TEXT", options: [] });
    expect(data.questions.find((q) => q.code === "THI242")?.options).toHaveLength(15);
  });

  it("finds 19 module prefixes, two-digit codes included (EMI08)", () => {
    const prefixes = new Set(data.questions.map((q) => q.modulePrefix));
    expect(prefixes.size).toBe(19);
    expect(data.questions.find((q) => q.code === "EMI08")?.modulePrefix).toBe("EMI");
  });

  it("has a policy mapping for every prefix of the file, and only those", () => {
    const prefixes = [...new Set(data.questions.map((q) => q.modulePrefix))].sort();
    expect(MODULE_POLICY_MAP.map((m) => m.prefix).sort()).toEqual(prefixes);
    for (const prefix of prefixes) expect(findModuleMapping(prefix)).toBeDefined();
    const mapped = MODULE_POLICY_MAP.flatMap((m) => (m.policyCode ? [m.policyCode] : []));
    for (const code of mapped) expect(POLICY_CODES).toContain(code);
    expect(MODULE_POLICY_MAP.filter((m) => m.policyCode === null).map((m) => m.prefix)).toEqual(["PER", "EMI", "FIN"]);
    expect(findModuleMapping("pla")?.policyCode).toBe("POL03");
  });
});
