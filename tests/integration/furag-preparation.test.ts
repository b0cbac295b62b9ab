// The FURAG preparation workspace end to end below the UI: answers with
// optimistic concurrency, the RESPONSABLE's policy scope, review and
// comments, readiness, consistency (with last vigencia), gaps and exports.
import ExcelJS from "exceljs";
import { extractText } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntityContext, type EntityContext } from "@/lib/authz/entity-context";
import { ConflictError, ForbiddenError } from "@/lib/errors/app-error";
import { addFuragComment } from "@/lib/furag/answers/add-comment";
import { ANSWER_KEY, type FuragAnswerValue } from "@/lib/furag/answers/answer-value";
import { assignFuragResponsible } from "@/lib/furag/answers/assign-responsible";
import { reviewFuragAnswer } from "@/lib/furag/answers/review-answer";
import { saveFuragAnswer } from "@/lib/furag/answers/save-answer";
import { exportModule } from "@/lib/furag/export/export-module";
import { loadFuragGaps } from "@/lib/furag/gaps";
import { importQuestionnaireFile } from "@/lib/furag/questionnaire/import-questionnaire";
import { loadFuragItems } from "@/lib/furag/workspace/load-furag-items";
import { warningsOf } from "@/lib/furag/workspace/load-warnings";
import { computeReadiness, readinessPercents } from "@/lib/furag/workspace/readiness";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const PLA200 = ["Contó con un normograma actualizado", "Identificó las características de sus grupos de valor", "Contó con una visión institucional", "Ninguno de los anteriores"];

async function questionnaire(year: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Preguntas");
  sheet.addRow(["ID", "Código", `Pregunta ${year}`, "Tipo de pregunta", "Opción 1", "Opción 2", "Opción 3", "Opción 4"]);
  sheet.addRow([1, "PLA200", "En el direccionamiento estratégico, la entidad:", "Selección múltiple", ...PLA200]);
  sheet.addRow([2, "TRA207", "¿Cuántos riesgos de corrupción tiene identificados la entidad?", "Abierta numérica"]);
  sheet.addRow([3, "TRA212", "¿Cuántos riesgos de corrupción se materializaron?", "Abierta numérica"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

let f: TenantFixture;
let planner: EntityContext;
let responsable: EntityContext;
let control: EntityContext;
let ids: Record<string, string>;

const value = (v: Partial<FuragAnswerValue>): FuragAnswerValue => ({ selected: [], numbers: {}, text: "", supports: {}, ...v });
const save = (ctx: EntityContext, code: string, v: Partial<FuragAnswerValue>, baseVersion: number) =>
  saveFuragAnswer(ctx, { entityId: ctx.entityId, questionId: ids[code]!, baseVersion, value: value(v), notApplicable: false, notApplicableReason: "" });

beforeAll(async () => {
  f = await createTenantFixture("furag_preparation");
  planner = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
  responsable = await loadEntityContext(f.A.users.RESPONSABLE, f.A.entityId);
  control = await loadEntityContext(f.A.users.CONTROL_INTERNO, f.A.entityId);
  for (const year of [2028, 2029]) await importQuestionnaireFile(f.superadminId, { vigencia: year, fileName: `q${year}.xlsx`, bytes: await questionnaire(year) });
  const items = (await loadFuragItems(planner, 2029)).items;
  ids = Object.fromEntries(items.map((i) => [i.question.code, i.question.id]));
  // Last vigencia's answer, for the "changed since" check.
  const old = Object.fromEntries((await loadFuragItems(planner, 2028)).items.map((i) => [i.question.code, i.question.id]));
  await saveFuragAnswer(planner, { entityId: f.A.entityId, questionId: old.PLA200!, baseVersion: 0, value: value({ selected: [PLA200[2]!] }), notApplicable: false, notApplicableReason: "" });
}, 60_000);
afterAll(async () => f?.close());

describe("preparación FURAG", () => {
  it("una respuesta guardada cambia el avance: respondidas y evidencia", async () => {
    const before = computeReadiness((await loadFuragItems(planner, 2029)).items).overall;
    expect(readinessPercents(before)).toEqual({ answered: 0, evidence: null, reviewed: 0 });
    const saved = await save(planner, "PLA200", { selected: [PLA200[0]!, PLA200[1]!], supports: { [PLA200[0]!]: "Resolución 45 de 2029" } }, 0);
    expect(saved).toMatchObject({ state: "RESPONDIDA", version: 1 });
    const after = computeReadiness((await loadFuragItems(planner, 2029)).items);
    expect(readinessPercents(after.overall)).toEqual({ answered: 33.3, evidence: 50, reviewed: 0 });
    expect(after.blockers.map((b) => `${b.code}:${b.kind}`)).toEqual(["PLA200:SIN_EVIDENCIA", "TRA207:SIN_RESPONDER", "TRA212:SIN_RESPONDER"]);
  });

  it("dos guardados sobre la misma versión: el segundo recibe 409 y no pisa al primero", async () => {
    await save(planner, "TRA207", { numbers: { [ANSWER_KEY]: 4 } }, 0);
    await expect(save(planner, "TRA207", { numbers: { [ANSWER_KEY]: 9 } }, 0)).rejects.toBeInstanceOf(ConflictError);
    const item = (await loadFuragItems(planner, 2029)).items.find((i) => i.question.code === "TRA207")!;
    expect(item.answer?.value?.numbers[ANSWER_KEY]).toBe(4);
  });

  it("rechaza una respuesta que no corresponde al tipo de la pregunta (422)", async () => {
    await expect(save(planner, "TRA212", { selected: ["Sí"] }, 0)).rejects.toMatchObject({ status: 422 });
    await expect(save(planner, "PLA200", { selected: ["Opción inventada"] }, 1)).rejects.toMatchObject({ status: 422 });
  });

  it("el RESPONSABLE responde solo preguntas de sus políticas (POL03 sí, POL15 no)", async () => {
    await expect(save(responsable, "TRA212", { numbers: { [ANSWER_KEY]: 6 } }, 0)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(assignFuragResponsible(responsable, { entityId: f.A.entityId, questionId: ids.TRA212!, responsibleUserId: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await assignFuragResponsible(planner, { entityId: f.A.entityId, questionId: ids.PLA200!, responsibleUserId: f.A.users.RESPONSABLE });
    // A LECTOR cannot be made responsible.
    await expect(assignFuragResponsible(planner, { entityId: f.A.entityId, questionId: ids.PLA200!, responsibleUserId: f.A.users.LECTOR })).rejects.toMatchObject({ status: 422 });
    const item = (await loadFuragItems(planner, 2029)).items.find((i) => i.question.code === "PLA200")!;
    expect(item.answer?.responsible?.id).toBe(f.A.users.RESPONSABLE);
  });

  it("las alertas de consistencia señalan pares relacionados y cambios frente a la vigencia anterior", async () => {
    await save(planner, "TRA212", { numbers: { [ANSWER_KEY]: 6 }, supports: { [ANSWER_KEY]: "Informe OCI" } }, 0);
    const workspace = await loadFuragItems(planner, 2029);
    const rules = warningsOf(workspace.items, workspace.links).map((w) => `${w.questionCode}:${w.rule}`);
    expect(rules).toEqual([
      "PLA200:MISSING_EVIDENCE",
      "PLA200:CHANGED_SINCE_LAST_YEAR",
      "PLA200:CHANGED_SINCE_LAST_YEAR",
      "PLA200:CHANGED_SINCE_LAST_YEAR",
      "TRA207:MISSING_EVIDENCE",
      "TRA207:RELATED_PAIR",
      "TRA212:RELATED_PAIR",
    ]);
  });

  it("control interno revisa o devuelve con observación; cambiar la respuesta exige revisarla de nuevo", async () => {
    await expect(reviewFuragAnswer(planner, { entityId: f.A.entityId, questionId: ids.TRA207!, outcome: "REVISADA", observation: "" })).resolves.toBeTruthy();
    await reviewFuragAnswer(control, { entityId: f.A.entityId, questionId: ids.TRA212!, outcome: "CON_OBSERVACIONES", observation: "No cuadra con TRA207." });
    await addFuragComment(planner, { entityId: f.A.entityId, questionId: ids.TRA212!, body: "Corregido con el informe." });
    const comments = await f.owner.furagAnswerComment.findMany({ where: { entityId: f.A.entityId }, orderBy: { createdAt: "asc" }, select: { body: true } });
    expect(comments.map((c) => c.body)).toEqual(["Observación de control interno: No cuadra con TRA207.", "Corregido con el informe."]);
    const saved = await save(planner, "TRA212", { numbers: { [ANSWER_KEY]: 2 }, supports: { [ANSWER_KEY]: "Informe OCI" } }, 1);
    expect(saved.state).toBe("RESPONDIDA");
    const reviewed = computeReadiness((await loadFuragItems(planner, 2029)).items).overall;
    expect(reviewed).toMatchObject({ reviewed: 1, withObservations: 0 });
  });

  it("las opciones no elegidas de selección múltiple son brechas para el plan de acción", async () => {
    const gaps = await loadFuragGaps(planner, 2029);
    expect(gaps.map((g) => [g.questionCode, g.option, g.policyCode])).toEqual([["PLA200", PLA200[2], "POL03"]]);
  });

  it("exporta el módulo a Excel y a un PDF con las respuestas para transcribir", async () => {
    const xlsx = await exportModule(planner, 2029, "PLA", "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    // The blank row under the title is not in the sparse list.
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[2]).toEqual(["Código", "Pregunta", "Tipo", "Opción o dato", "Respuesta", "Soporte", "Evidencias vinculadas", "Estado", "Responsable"]);
    expect(rows[3]).toEqual(["PLA200", "En el direccionamiento estratégico, la entidad:", "Selección múltiple", PLA200[0], "X", "Resolución 45 de 2029", "", "Respondida", "RESPONSABLE de A"]);
    const pdf = await exportModule(planner, 2029, "PLA", "pdf");
    const { text } = await extractText(pdf.bytes, { mergePages: true });
    expect(text).toContain("[X] Contó con un normograma actualizado");
    expect(text).toContain("Soporte: Resolución 45 de 2029");
  });

  it("otra entidad no ve estas respuestas", async () => {
    const other = await loadEntityContext(f.B.users.PLANEACION, f.B.entityId);
    const items = (await loadFuragItems(other, 2029)).items;
    expect(items.every((i) => i.answer === null)).toBe(true);
  });
});
