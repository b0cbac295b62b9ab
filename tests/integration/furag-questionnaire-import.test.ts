// Importing the FURAG questionnaire: the real 2025 question bank, a
// malformed file refused with row and column, a corrected file re-imported
// without losing answers, and the module → policy table seeded.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntityContext, type EntityContext } from "@/lib/authz/entity-context";
import { AppError } from "@/lib/errors/app-error";
import { saveFuragAnswer } from "@/lib/furag/answers/save-answer";
import { importQuestionnaireFile } from "@/lib/furag/questionnaire/import-questionnaire";
import { loadFuragItems } from "@/lib/furag/workspace/load-furag-items";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const OFFICIAL = readFileSync(path.resolve(process.cwd(), "../shared/data/furag-2025-preguntas.xlsx"));
const HEADER = ["ID", "Código", "Pregunta 2024", "Tipo de pregunta", "Opción 1", "Opción 2", "Opción 3"];

async function workbook(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Preguntas");
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

let f: TenantFixture;
let planner: EntityContext;

beforeAll(async () => {
  f = await createTenantFixture("furag_import");
  planner = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
}, 60_000);
afterAll(async () => f?.close());

describe("cuestionario FURAG", () => {
  it("importa las 423 preguntas reales de 2025 con su tipo, opciones y política", async () => {
    const result = await importQuestionnaireFile(f.superadminId, { vigencia: 2025, fileName: "furag-2025-preguntas.xlsx", bytes: OFFICIAL });
    expect(result).toMatchObject({ created: true, questionCount: 423, added: 423 });
    const { items } = await loadFuragItems(planner, 2025);
    expect(items).toHaveLength(423);
    const pla200 = items.find((i) => i.question.code === "PLA200")!.question;
    expect(pla200).toMatchObject({ type: "MULTIPLE_CHOICE", policyCode: "POL03" });
    expect(pla200.options).toHaveLength(8);
    expect(items.find((i) => i.question.code === "THI242")!.question.type).toBe("MATRIX");
    expect(new Set(items.map((i) => i.question.modulePrefix)).size).toBe(19);
    // The seeded module → policy table covers every module of the file.
    expect(await f.owner.furagModulePolicy.count()).toBe(19);
  }, 60_000);

  it("una segunda importación del mismo archivo no cambia nada", async () => {
    const result = await importQuestionnaireFile(f.superadminId, { vigencia: 2025, fileName: "furag-2025-preguntas.xlsx", bytes: OFFICIAL });
    expect(result).toMatchObject({ created: false, added: 0, updated: 0, unchanged: 423, removed: 0 });
  }, 60_000);

  it("rechaza un archivo mal formado con la fila y columna de cada problema, sin guardar nada", async () => {
    const bytes = await workbook([
      [1, "PLA200", "¿Planeó?", "Selección única", "Sí", "No"],
      [2, "PLA201", "¿Tipo raro?", "Selección rara", "A", "B"],
      [3, "PLA202", null, "Abierta texto"],
    ]);
    const error = await importQuestionnaireFile(f.superadminId, { vigencia: 2024, fileName: "malo.xlsx", bytes }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).fieldErrors?.archivo).toEqual([
      expect.stringMatching(/^Fila 3, columna D \(Tipo de pregunta\): tipo «Selección rara» desconocido/),
      "Fila 4, columna C (Pregunta 2024): el texto de la pregunta está vacío",
    ]);
    expect(await f.owner.furagQuestionnaire.findUnique({ where: { vigencia: 2024 } })).toBeNull();
  });

  it("rechaza un archivo de otro año que la vigencia elegida", async () => {
    const bytes = await workbook([[1, "PLA200", "¿Planeó?", "Selección única", "Sí", "No"]]);
    await expect(importQuestionnaireFile(f.superadminId, { vigencia: 2023, fileName: "x.xlsx", bytes })).rejects.toMatchObject({ status: 422 });
  });

  it("reimportar un archivo corregido actualiza preguntas sin perder las respuestas", async () => {
    const first = await workbook([
      [1, "PLA200", "¿Planeó la entidad?", "Selección múltiple", "Plan", "Presupuesto", "Ninguna de las anteriores"],
      [2, "PLA201", "¿Cuántos planes?", "Abierta numérica"],
      [3, "PLA202", "Pregunta con errata", "Selección única", "Sí", "No"],
    ]);
    await importQuestionnaireFile(f.superadminId, { vigencia: 2024, fileName: "v1.xlsx", bytes: first });
    const items = (await loadFuragItems(planner, 2024)).items;
    const id = (code: string) => items.find((i) => i.question.code === code)!.question.id;
    const base = { entityId: f.A.entityId, baseVersion: 0, notApplicable: false, notApplicableReason: "" };
    await saveFuragAnswer(planner, { ...base, questionId: id("PLA200"), value: { selected: ["Plan"], numbers: {}, text: "", supports: { Plan: "Acta 3" } } });
    await saveFuragAnswer(planner, { ...base, questionId: id("PLA202"), value: { selected: ["Sí"], numbers: {}, text: "", supports: {} } });

    const corrected = await workbook([
      [1, "PLA200", "¿Planeó la entidad en la vigencia?", "Selección múltiple", "Plan", "Presupuesto", "Ninguna de las anteriores"],
      [2, "PLA201", "¿Cuántos planes adoptó?", "Abierta numérica"],
    ]);
    const result = await importQuestionnaireFile(f.superadminId, { vigencia: 2024, fileName: "v2.xlsx", bytes: corrected });
    expect(result).toMatchObject({ created: false, updated: 2, added: 0, retired: 1, removed: 0 });
    const after = (await loadFuragItems(planner, 2024)).items;
    expect(after.map((i) => i.question.code)).toEqual(["PLA200", "PLA201"]);
    expect(after[0]!.question.text).toBe("¿Planeó la entidad en la vigencia?");
    expect(after[0]!.answer).toMatchObject({ state: "RESPONDIDA", value: { selected: ["Plan"], supports: { Plan: "Acta 3" } } });
    // The answer to the question the new file dropped is kept, hidden.
    expect(await f.owner.furagAnswer.count({ where: { questionId: id("PLA202") } })).toBe(1);
  });
});
