// The departmental advisor's workspace: territory scope, the sharing rule for
// autodiagnósticos (enforced by row-level security), the departmental table
// with off-platform entities, the request workflow with the before/after
// comparison, training offers, and the Excel/PDF exports.
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { exportDepartmentTable } from "@/lib/advisor/export/export-department-table";
import { loadAdvisedEntity } from "@/lib/advisor/load-advised-entity";
import { loadDepartmentTable } from "@/lib/advisor/load-department-table";
import { assignResponsible, closeRequest, recordAssistancePlan, recordSession, referToLeader } from "@/lib/advisor/requests/handle-request";
import { listEntityRequests, loadDepartmentRequest } from "@/lib/advisor/requests/load-requests";
import { createTrainingOffer, loadTrainingOffer, recordAttendance } from "@/lib/advisor/training/training-offers";
import { loadAdvisorContext, withAdvisor, type AdvisorContext } from "@/lib/authz/advisor-context";
import { loadEntityContext } from "@/lib/authz/entity-context";
import { ConflictError, NotFoundError } from "@/lib/errors/app-error";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";
import { insertOfficialResults } from "./setup/official-results";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUserId: async () => session.userId, requireSessionUserId: async () => session.userId ?? "" }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

let f: TenantFixture;
let advisor: AdvisorContext;
/** An entity of department 05 that does NOT share, with its own assessment. */
let quiet: { entityId: string; sigepCode: string; plannerId: string };

beforeAll(async () => {
  f = await createTenantFixture("advisor_workspace");
  advisor = await loadAdvisorContext(f.A.advisorId, "05");
  // A shares with the advisor; B (department 08) shares too, but is not in the territory.
  await f.owner.entity.updateMany({ where: { id: { in: [f.A.entityId, f.B.entityId] } }, data: { sharesWithAdvisor: true } });
  await f.owner.activityResponse.create({ data: { entityId: f.A.entityId, assessmentId: f.A.assessmentId, activityId: f.A.activityIds[0]!, score: 80 } });
  const entity = await createEntity(f.owner, { name: "Alcaldía Reservada", type: "ALCALDIA", departmentCode: "05", departmentName: "Antioquia", municipalityName: "Reservada" });
  const planner = await createUser(f.owner, { name: "Planeación Reservada" });
  await addMembership(f.owner, planner.id, entity.id, "PLANEACION");
  const instrument = await f.owner.instrument.findFirstOrThrow({ where: { policyCode: "POL03", source: "FARO_REFERENCE" } });
  await f.owner.selfAssessment.create({ data: { entityId: entity.id, vigencia: 2025, policyCode: "POL03", instrumentId: instrument.id } });
  quiet = { entityId: entity.id, sigepCode: entity.sigepCode, plannerId: planner.id };
  // 2025 results: A improves POL03 from 40 (2024, fixture) to 55; an entity not on the platform.
  await insertOfficialResults(f.owner, 2025, [
    { sigepCode: f.A.sigepCode, entityName: "Alcaldía A", entityId: f.A.entityId, departmentCode: "05", idi: 66, scores: { POL03: 55, POL05: 72.5 } },
    { sigepCode: quiet.sigepCode, entityName: "Alcaldía Reservada", departmentCode: "05", idi: 50, scores: { POL03: 61, POL05: 30.25 } },
    { sigepCode: "OFF001", entityName: "Alcaldía de Abejorral", departmentCode: "05", idi: 45, scores: { POL03: 20, POL05: 90 } },
    { sigepCode: "OFF025", entityName: "Alcaldía de Cundinamarca", departmentCode: "25", idi: 10, scores: { POL03: 5 } },
  ]);
});
afterAll(async () => f?.close());

describe("territorio del asesor", () => {
  it("un asesor solo entra a su departamento; un miembro de una entidad no es asesor", async () => {
    await expect(loadAdvisorContext(f.A.advisorId, "25")).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadAdvisorContext(f.B.advisorId, "05")).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadAdvisorContext(f.A.users.ADMIN, "05")).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadAdvisorContext(f.A.advisorId, "5")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("la tabla lista cada resultado oficial del departamento, en Faro o no, y nada de otros departamentos", async () => {
    const table = await loadDepartmentTable(advisor);
    expect(table.vigencias).toEqual([2025, 2024]);
    expect(table.vigencia).toBe(2025);
    expect(table.rows.map((r) => [r.entityName, r.entityId !== null])).toEqual([
      ["Alcaldía A", true],
      ["Alcaldía de Abejorral", false],
      ["Alcaldía Reservada", true], // matched by código SIGEP though the row has no entity id
    ]);
    expect(table.rows.find((r) => r.sigepCode === quiet.sigepCode)?.lowest).toEqual({ policyCodes: ["POL05"], score: 30.25 });
    expect((await loadDepartmentTable(advisor, 2024)).rows.map((r) => r.entityName)).toEqual(["Alcaldía A"]);
  });
});

describe("autodiagnóstico compartido o no", () => {
  it("una entidad que comparte: el asesor ve su autodiagnóstico con el puntaje del módulo de puntajes", async () => {
    const seen = await loadAdvisedEntity(advisor, f.A.sigepCode);
    expect(seen.platformEntity).toEqual({ id: f.A.entityId, sharesWithAdvisor: true });
    expect(seen.trend.map((t) => [t.vigencia, t.scores.POL03])).toEqual([[2024, 40], [2025, 55]]);
    const pol03 = seen.selfAssessment?.overview.dimensions.flatMap((d) => d.policies).find((p) => p.code === "POL03");
    expect(seen.selfAssessment?.vigencia).toBe(2025);
    expect(pol03?.assessment?.score).toBe(80);
  });

  it("una entidad que no comparte: nada de su autodiagnóstico, ni pidiéndolo directo a la base de datos", async () => {
    const seen = await loadAdvisedEntity(advisor, quiet.sigepCode);
    expect(seen.platformEntity?.sharesWithAdvisor).toBe(false);
    expect(seen.selfAssessment).toBeNull();
    expect(seen.trend).toHaveLength(1); // official results stay visible
    const rows = await withAdvisor(advisor, (db) => db.selfAssessment.findMany({ where: { entityId: { in: [quiet.entityId, f.B.entityId] } } }));
    expect(rows).toEqual([]); // not shared / shared but another department
    const shared = await withAdvisor(advisor, (db) => db.selfAssessment.count({ where: { entityId: f.A.entityId } }));
    expect(shared).toBe(1);
  });

  it("el asesor lee pero no escribe el autodiagnóstico compartido", async () => {
    const changed = await withAdvisor(advisor, (db) => db.activityResponse.updateMany({ where: { entityId: f.A.entityId }, data: { score: 1 } }));
    expect(changed.count).toBe(0);
    expect((await f.owner.activityResponse.findFirstOrThrow({ where: { entityId: f.A.entityId } })).score).toBe(80);
  });

  it("una entidad de otro departamento no existe para el asesor (404)", async () => {
    await expect(loadAdvisedEntity(advisor, "OFF025")).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadAdvisedEntity(advisor, f.B.sigepCode)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("solicitud de asesoría (Tablas 9-14)", () => {
  let requestId: string;
  const input = () => ({ departmentCode: "05", requestId });

  it("la entidad la radica (PLANEACION); va al departamento de la entidad, no al que diga el cliente", async () => {
    const { fileAdvisoryRequestAction } = await import("@/app/(app)/e/[entityId]/asesoria/actions");
    session.userId = f.A.users.PLANEACION;
    const bad = await fileAdvisoryRequestAction({ entityId: f.A.entityId, policyCode: "POL99", subject: " ", description: "x" });
    expect(bad).toMatchObject({ ok: false, status: 422, fieldErrors: { policyCode: ["Elija una política."], subject: ["Escriba el asunto."] } });
    const extra = await fileAdvisoryRequestAction({ entityId: f.A.entityId, policyCode: "POL03", subject: "a", description: "b", departmentCode: "25" });
    expect(extra).toMatchObject({ ok: false, status: 422 });
    const filed = await fileAdvisoryRequestAction({ entityId: f.A.entityId, policyCode: "POL03", subject: "Direccionamiento", description: "Apoyo para el plan" });
    expect(filed.ok).toBe(true);
    requestId = (filed as { data: { requestId: string } }).data.requestId;
    const row = await f.owner.advisoryRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(row).toMatchObject({ departmentCode: "05", state: "RECIBIDA", baselineVigencia: 2025 });
  });

  it("sigue el orden: sin plan no hay sesiones, sin sesiones no hay cierre", async () => {
    await expect(recordSession(advisor, { ...input(), heldOn: "2026-01-10", modality: "VIRTUAL", attendees: "x", topics: "y" })).rejects.toBeInstanceOf(ConflictError);
    await expect(recordAssistancePlan(advisor, { ...input(), plan: "p" })).rejects.toBeInstanceOf(ConflictError); // no responsible yet
    await assignResponsible(advisor, { ...input(), responsibleId: f.A.advisorId });
    await expect(assignResponsible(advisor, { ...input(), responsibleId: f.B.advisorId })).rejects.toMatchObject({ status: 422 });
    await referToLeader(advisor, { ...input(), referral: "Oficio 45 a Función Pública" });
    await recordAssistancePlan(advisor, { ...input(), plan: "Revisar el direccionamiento estratégico en dos sesiones" });
    await expect(closeRequest(advisor, { ...input(), summary: "s" })).rejects.toBeInstanceOf(ConflictError);
    await expect(recordSession(advisor, { ...input(), heldOn: "2999-01-01", modality: "VIRTUAL", attendees: "x", topics: "y" })).rejects.toMatchObject({ status: 422 });
    await recordSession(advisor, { ...input(), heldOn: "2026-01-10", modality: "PRESENCIAL", attendees: "Jefe de planeación", topics: "Plan indicativo" });
    await closeRequest(advisor, { ...input(), summary: "Plan ajustado" });
    await expect(recordSession(advisor, { ...input(), heldOn: "2026-01-11", modality: "VIRTUAL", attendees: "x", topics: "y" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("al cerrar compara el puntaje oficial antes y después; la entidad ve el avance", async () => {
    // Baseline 2025; a 2026 result is published later.
    await insertOfficialResults(f.owner, 2026, [{ sigepCode: f.A.sigepCode, entityName: "Alcaldía A", entityId: f.A.entityId, departmentCode: "05", scores: { POL03: 71.5 } }]);
    const { request, comparison } = await loadDepartmentRequest(advisor, requestId);
    expect(request).toMatchObject({ state: "CERRADA", responsibleName: "Asesor del departamento 05", sessions: [{ topics: "Plan indicativo" }] });
    expect(comparison).toEqual({ before: { vigencia: 2025, score: 55 }, after: { vigencia: 2026, score: 71.5 }, change: 16.5 });
    const own = await listEntityRequests(await loadEntityContext(f.A.users.LECTOR, f.A.entityId));
    expect(own.find((r) => r.request.id === requestId)?.comparison?.change).toBe(16.5);
    await expect(loadDepartmentRequest(await loadAdvisorContext(f.B.advisorId, "08"), requestId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("oferta de capacitación (Tablas 6-8)", () => {
  it("se crea para entidades del departamento con resultados de esa vigencia y registra asistencia", async () => {
    const base = { departmentCode: "05", policyCode: "POL05", vigencia: 2025, title: "Talento humano", description: "Taller", scheduledOn: "2026-05-02", modality: "VIRTUAL" as const, place: "Teams" };
    await expect(createTrainingOffer(advisor, { ...base, sigepCodes: ["OFF025"] })).rejects.toMatchObject({ status: 422 });
    const { offerId } = await createTrainingOffer(advisor, { ...base, sigepCodes: [quiet.sigepCode, "OFF001"] });
    await recordAttendance(advisor, { departmentCode: "05", offerId, attendance: [{ sigepCode: "OFF001", attended: true, attendeeCount: 4 }, { sigepCode: quiet.sigepCode, attended: false, attendeeCount: null }] });
    const offer = await loadTrainingOffer(advisor, offerId);
    expect(offer.invitees.map((i) => [i.entityName, i.attended, i.attendeeCount])).toEqual([
      ["Alcaldía de Abejorral", true, 4],
      ["Alcaldía Reservada", false, 0],
    ]);
    await expect(recordAttendance(advisor, { departmentCode: "05", offerId, attendance: [{ sigepCode: "OFF025", attended: true, attendeeCount: 1 }] })).rejects.toMatchObject({ status: 422 });
  });
});

describe("exportaciones de la tabla departamental", () => {
  it("Excel: una fila por entidad con los puntajes como números y la agrupación por política", async () => {
    const { bytes, fileName } = await exportDepartmentTable(advisor, { format: "xlsx", vigencia: "2025", orden: "POL03", dir: "asc" });
    expect(fileName).toBe("resultados-2025-departamento-05.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Puntajes oficiales")!;
    expect(String(sheet.getCell("A1").value)).toBe("Resultados oficiales FURAG 2025 · Antioquia");
    expect(String(sheet.getCell("G3").value)).toMatch(/^POL03 /);
    expect([4, 5, 6].map((r) => [sheet.getCell(`B${r}`).value, sheet.getCell(`C${r}`).value, sheet.getCell(`G${r}`).value])).toEqual([
      ["Alcaldía de Abejorral", "No", 20],
      ["Alcaldía A", "Sí", 55],
      ["Alcaldía Reservada", "Sí", 61],
    ]);
    const groups = book.getWorksheet("Agrupación por política")!;
    expect(groups.getRow(2).values).toEqual([undefined, expect.stringMatching(/^POL03 /), "Alcaldía de Abejorral", "OFF001", 20, ""]);
  });

  it("PDF: en español, con coma decimal y la leyenda de niveles", async () => {
    const { bytes } = await exportDepartmentTable(advisor, { format: "pdf", vigencia: "2025" });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text).toContain("Resultados oficiales FURAG 2025 · Antioquia");
    expect(text).toContain("Alcaldía Reservada");
    expect(text).toContain("30,3 (2)"); // 30.25 with one decimal, level 2
    expect(text).toContain("Nivel 5 · Consolidado");
    expect(text).not.toContain("Cundinamarca");
  });

  it("formato desconocido: 422 en español", async () => {
    await expect(exportDepartmentTable(advisor, { format: "docx" })).rejects.toMatchObject({ status: 422, message: "Elija el formato: xlsx o pdf." });
  });
});
