// Evidence files linked to FURAG options (targetKind FURAG_OPTION): the link
// is checked against the entity and the question, readiness and the
// "evidence missing" warning count linked files that still stand, and the
// module export lists them beside the support reference.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntityContext, type EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { linkEvidence } from "@/lib/evidence/link-evidence";
import { saveFuragAnswer } from "@/lib/furag/answers/save-answer";
import { exportModule } from "@/lib/furag/export/export-module";
import { loadFuragItems } from "@/lib/furag/workspace/load-furag-items";
import { warningsOf } from "@/lib/furag/workspace/load-warnings";
import { computeReadiness, readinessPercents } from "@/lib/furag/workspace/readiness";
import { FURAG_FIXTURE_VIGENCIA } from "./authorization/furag-fixture";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

const ADOPTED = "Plan adoptado";
const PUBLISHED = "Plan publicado";

let f: TenantFixture;
let planner: EntityContext;
let answerA: string;
let answerB: string;

async function newEvidence(title: string, patch: { reviewState?: "RECHAZADA"; validUntil?: Date } = {}) {
  const e = await f.owner.evidence.create({
    data: { entityId: f.A.entityId, vigencia: 2030, title, documentDate: new Date("2030-01-10"), ownerId: f.A.users.PLANEACION, createdById: f.A.users.PLANEACION, ...patch },
  });
  return e.id;
}

const link = (evidenceId: string, targetId: string, targetSubId: string) =>
  withTenant(planner, (db) => linkEvidence(db, planner, evidenceId, { kind: "FURAG_OPTION", targetId, targetSubId }));

const load = async () => {
  const workspace = await loadFuragItems(planner, FURAG_FIXTURE_VIGENCIA);
  const item = workspace.items.find((i) => i.question.code === "PLA900")!;
  return { item, readiness: readinessPercents(computeReadiness(workspace.items).overall), warnings: warningsOf(workspace.items, workspace.links) };
};

beforeAll(async () => {
  f = await createTenantFixture("furag_evidence");
  planner = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
  const answers = await f.owner.furagAnswer.findMany({ where: { questionId: f.furagQuestionId }, select: { id: true, entityId: true, version: true } });
  answerA = answers.find((a) => a.entityId === f.A.entityId)!.id;
  answerB = answers.find((a) => a.entityId === f.B.entityId)!.id;
  // A declares both plan options, without written supports.
  const version = answers.find((a) => a.entityId === f.A.entityId)!.version;
  await saveFuragAnswer(planner, {
    entityId: f.A.entityId, questionId: f.furagQuestionId, baseVersion: version,
    value: { selected: [ADOPTED, PUBLISHED], numbers: {}, text: "", supports: {} }, notApplicable: false, notApplicableReason: "",
  });
}, 60_000);
afterAll(async () => f?.close());

describe("evidencia vinculada a opciones FURAG", () => {
  it("una respuesta de otra entidad es 404 y no crea el vínculo", async () => {
    const evidence = await newEvidence("Acta de adopción");
    await expect(link(evidence, answerB, ADOPTED)).rejects.toMatchObject({ status: 404 });
    expect(await f.owner.evidenceLink.count({ where: { evidenceId: evidence } })).toBe(0);
  });

  it("una opción que no está en la pregunta es 422; una no elegida también, con su razón", async () => {
    const evidence = await newEvidence("Documento suelto");
    await expect(link(evidence, answerA, "Opción inventada")).rejects.toMatchObject({ status: 422, message: "Esa opción no está en la pregunta." });
    await expect(link(evidence, answerA, "Ninguna de las anteriores")).rejects.toMatchObject({ status: 422, message: expect.stringContaining("guarde la respuesta") });
    await expect(link(evidence, answerA, "respuesta")).rejects.toMatchObject({ status: 422 });
    expect(await f.owner.evidenceLink.count({ where: { evidenceId: evidence } })).toBe(0);
  });

  it("el avance cuenta la evidencia vinculada y la alerta de evidencia faltante desaparece", async () => {
    const before = await load();
    expect(before.item.evidence.missing).toEqual([ADOPTED, PUBLISHED]);
    expect(before.readiness.evidence).toBe(0);
    await link(await newEvidence("Resolución de adopción del plan"), answerA, ADOPTED);
    const after = await load();
    expect(after.item.evidence).toMatchObject({ supported: [ADOPTED], missing: [PUBLISHED] });
    expect(after.readiness.evidence).toBe(50);
    expect(after.warnings.filter((w) => w.rule === "MISSING_EVIDENCE").map((w) => w.message)).toEqual([`La opción «${PUBLISHED}» requiere evidencia y no tiene soporte.`]);
    const stored = await f.owner.evidenceLink.findFirstOrThrow({ where: { targetId: answerA, targetSubId: ADOPTED } });
    expect(stored).toMatchObject({ entityId: f.A.entityId, targetKind: "FURAG_OPTION", policyCode: "POL03" });
  });

  it("una evidencia rechazada (en el vínculo o entera) o vencida no cuenta como soporte", async () => {
    const rejected = await newEvidence("Pantallazo sin fecha", { reviewState: "RECHAZADA" });
    const expired = await newEvidence("Publicación de 2019", { validUntil: new Date("2020-12-31") });
    const rejectedLink = await newEvidence("Borrador del plan");
    for (const id of [rejected, expired, rejectedLink]) await link(id, answerA, PUBLISHED);
    await f.owner.evidenceLink.updateMany({ where: { evidenceId: rejectedLink }, data: { reviewState: "RECHAZADA" } });
    const { item, readiness } = await load();
    expect(item.evidence.missing).toEqual([PUBLISHED]);
    expect(readiness.evidence).toBe(50);
    expect(item.linkedEvidence[PUBLISHED]!.map((e) => [e.title, e.counts, e.expired])).toEqual([
      ["Pantallazo sin fecha", false, false],
      ["Publicación de 2019", false, true],
      ["Borrador del plan", false, false],
    ]);
  });

  it("la exportación del módulo lista las evidencias vinculadas junto al soporte", async () => {
    const xlsx = await exportModule(planner, FURAG_FIXTURE_VIGENCIA, "PLA", "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[2]![6]).toBe("Evidencias vinculadas");
    const published = rows.find((r) => r[3] === PUBLISHED)!;
    expect(published[6]).toBe("Pantallazo sin fecha (pendiente, evidencia rechazada); Publicación de 2019 (pendiente, vencida); Borrador del plan (rechazada)");
    expect(rows.find((r) => r[3] === ADOPTED)![6]).toBe("Resolución de adopción del plan (pendiente)");
  });
});
