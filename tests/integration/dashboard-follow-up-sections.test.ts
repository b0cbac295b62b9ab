// The dashboard's follow-up sections (evidence review, open findings, FURAG
// readiness) and the official results trend, on the demo data plus a few
// rows added here, checked against figures computed by hand from the raw
// rows; and the PDF and Excel reports carry them.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntityContext, type EntityContext } from "@/lib/authz/entity-context";
import { loadDashboard, sectionOf } from "@/lib/dashboard/load-dashboard";
import { renderDashboardWorkbook } from "@/lib/dashboard/reports/dashboard-excel";
import { renderDashboardPdf } from "@/lib/dashboard/reports/dashboard-pdf";
import type { Dashboard } from "@/lib/dashboard/types";
import { createPrismaClient, setAppPrisma, type Db } from "@/lib/db/prisma";
import { dateOnly } from "@/lib/evidence/expiry";
import { loadFuragItems } from "@/lib/furag/workspace/load-furag-items";
import { computeReadiness, readinessPercents } from "@/lib/furag/workspace/readiness";
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { demoEmail } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "./setup/database";

const NOW = new Date("2026-03-05T15:00:00Z");
let database: TestDatabase;
let owner: Db;
let app: Db;
let ctx: EntityContext;
let dashboard: Dashboard;
let evidenceDir: string;
const savedDir = process.env.EVIDENCE_DIR;

/** Rows that make every count differ: another state, another vigencia, another entity, a closed finding. */
async function addRows() {
  const guarne = await owner.entity.findUniqueOrThrow({ where: { sigepCode: "900318" } });
  const person = await owner.user.findUniqueOrThrow({ where: { email: demoEmail("RESPONSABLE", "rionegro") } });
  const evidence = (vigencia: number, over: Record<string, unknown> = {}, entityId = ctx.entityId) =>
    owner.evidence.create({ data: { entityId, vigencia, title: "Prueba", documentDate: dateOnly("2025-05-01"), ownerId: person.id, createdById: person.id, ...over } });
  await evidence(2025, { reviewState: "RECHAZADA", validUntil: dateOnly("2026-03-20") }); // por vencer (30 days from 05/03/2026)
  await evidence(2025, { validUntil: dateOnly("2026-04-05") }); // 31 days: not yet "por vencer"
  await evidence(2024, { validUntil: dateOnly("2024-12-31") }); // other vigencia
  await evidence(2025, { validUntil: dateOnly("2025-01-01") }, guarne.id); // other entity
  const finding = (over: Record<string, unknown>, entityId = ctx.entityId) =>
    owner.finding.create({ data: { entityId, description: "Hallazgo de prueba", responsibleId: person.id, createdById: person.id, createdByName: "Prueba", severity: "MEDIA", dueDate: dateOnly("2026-01-10"), ...over } });
  await finding({ severity: "CRITICA", state: "RESPONDIDO", dueDate: dateOnly("2026-03-04"), createdAt: new Date("2025-06-01T12:00:00Z"), description: "El más antiguo" });
  await finding({ state: "CERRADO" });
  await finding({ severity: "BAJA", dueDate: dateOnly("2026-03-05") }); // due today: not overdue
  await finding({ severity: "CRITICA" }, guarne.id);
}

beforeAll(async () => {
  evidenceDir = await mkdtemp(path.join(tmpdir(), "faro-dash-evid-"));
  process.env.EVIDENCE_DIR = evidenceDir;
  database = await createTestDatabase("dashboard_follow_up");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
  setAppPrisma(app);
  await seedReferenceData(owner);
  await seedDemo(owner);
  const committee = await owner.user.findUniqueOrThrow({ where: { email: demoEmail("COMITE", "rionegro") }, include: { memberships: true } });
  ctx = await loadEntityContext(committee.id, committee.memberships[0]!.entityId);
  await addRows();
  dashboard = await loadDashboard(ctx, 2025, NOW);
}, 240_000);
afterAll(async () => {
  setAppPrisma(undefined);
  await owner?.$disconnect();
  await app?.$disconnect();
  await database?.drop();
  await rm(evidenceDir, { recursive: true, force: true });
  process.env.EVIDENCE_DIR = savedDir;
});

describe("secciones de seguimiento del tablero", () => {
  it("revisión de evidencias 2025: los 3 de la demo más 2 de Rionegro (una rechazada por vencer); ni 2024 ni Guarne", () => {
    expect(sectionOf(dashboard, "evidence-review")).toEqual({
      kind: "evidence-review",
      vigencia: 2025,
      total: 5,
      states: { PENDIENTE: 2, ACEPTADA: 1, CON_OBSERVACIONES: 1, RECHAZADA: 1 },
      expired: 1, // the demo's póliza, valid until 15/01/2025
      expiringSoon: 1,
      expiringSoonDays: 30,
      canOpenQueue: false, // the committee does not review evidence
    });
  });

  it("hallazgos abiertos: el de la demo (alta) y uno crítico respondido y vencido; ni el cerrado ni Guarne", () => {
    const section = sectionOf(dashboard, "open-findings")!;
    expect(section).toMatchObject({ open: 3, bySeverity: { CRITICA: 1, ALTA: 1, MEDIA: 0, BAJA: 1 }, answered: 1, overdue: 1 });
    expect(section.oldest.map((f) => [f.description, f.severity, f.overdue])).toEqual([
      ["El más antiguo", "CRITICA", true],
      ["La póliza de manejo global está vencida desde el 15/01/2025 y no se ha cargado la renovación.", "ALTA", false],
      ["Hallazgo de prueba", "BAJA", false],
    ]);
    expect(section.oldest[0]!.dueDate).toBe("2026-03-04");
  });

  it("preparación FURAG 2025: una respuesta de la demo, con uno de dos soportes, y los mismos números que la página de preparación", async () => {
    const section = sectionOf(dashboard, "furag-readiness")!;
    const total = await owner.furagQuestion.count({ where: { questionnaire: { vigencia: 2025 }, retired: false } });
    expect(total).toBeGreaterThan(100);
    expect(section).toMatchObject({ hasQuestionnaire: true, total, answered: 1, reviewed: 0, evidenceRequired: 2, evidenceSupported: 1 });
    expect(section.percents).toEqual({ answered: Math.round((1 / total) * 1000) / 10, evidence: 50, reviewed: 0 });
    const prefixes = (await owner.furagQuestion.findMany({ where: { questionnaire: { vigencia: 2025 } }, distinct: ["modulePrefix"], select: { modulePrefix: true } }))
      .map((q) => q.modulePrefix)
      .filter((p) => p !== "PLA")
      .sort();
    expect(section.weakestModules.map((m) => m.prefix)).toEqual(prefixes.slice(0, 5));
    const readiness = computeReadiness((await loadFuragItems(ctx, 2025)).items);
    expect(section.percents).toEqual(readinessPercents(readiness.overall));
  });

  it("resultados oficiales: IDI de cada vigencia, cambio frente a 2024 y mediana del grupo par calculada a mano", async () => {
    const section = sectionOf(dashboard, "official-results")!;
    const rows = await owner.officialEntityResult.findMany({ where: { sigepCode: "900615" }, orderBy: { vigencia: "asc" }, include: { policyScores: true } });
    expect(section.vigencias.map((v) => [v.vigencia, v.idi])).toEqual(rows.map((r) => [r.vigencia, r.idi]));
    const last = rows.at(-1)!;
    const previous = rows.at(-2)!;
    expect(section.vigencia).toBe(2025);
    expect(section.idiChange).toBeCloseTo(last.idi! - previous.idi!, 10);
    const median = (values: number[]) => {
      const s = [...values].sort((a, b) => a - b);
      const mid = (s.length - 1) / 2;
      return (s[Math.floor(mid)]! + s[Math.ceil(mid)]!) / 2;
    };
    for (const [i, row] of rows.entries()) {
      const peers = await owner.officialEntityResult.findMany({ where: { vigencia: row.vigencia, peerGroup: row.peerGroup, idi: { not: null } }, select: { idi: true } });
      expect(peers.length).toBeGreaterThan(10);
      expect(section.vigencias[i]!.peerMedianIdi).toBeCloseTo(median(peers.map((p) => p.idi!)), 10);
    }
    const pol03 = section.policies.find((p) => p.code === "POL03")!;
    const score = (r: (typeof rows)[number]) => r.policyScores.find((s) => s.policyCode === "POL03")?.score ?? null;
    expect(pol03.scores).toEqual(rows.map(score));
    expect(pol03.change).toBeCloseTo(score(last)! - score(previous)!, 10);
    const peerScores = await owner.officialPolicyScore.findMany({ where: { policyCode: "POL03", score: { not: null }, result: { vigencia: 2025, peerGroup: last.peerGroup } } });
    expect(pol03.peerMedian).toBeCloseTo(median(peerScores.map((s) => s.score!)), 10);
  });

  it("una entidad sin resultados oficiales ni evidencias no muestra la sección oficial y cuenta ceros", async () => {
    const entity = await createEntity(owner, { name: "Alcaldía Nueva", type: "ALCALDIA", departmentCode: "05", departmentName: "Antioquia", municipalityCode: "05001", municipalityName: "Nueva" });
    const user = await createUser(owner);
    await addMembership(owner, user.id, entity.id, "LECTOR");
    const empty = await loadDashboard(await loadEntityContext(user.id, entity.id), 2025, NOW);
    expect(sectionOf(empty, "official-results")).toBeUndefined();
    expect(sectionOf(empty, "evidence-review")!.total).toBe(0);
    expect(sectionOf(empty, "open-findings")!.open).toBe(0);
    expect(sectionOf(empty, "furag-readiness")!.answered).toBe(0);
    expect(sectionOf(await loadDashboard(ctx, 2019, NOW), "furag-readiness")!.hasQuestionnaire).toBe(false);
  });
});

describe("los informes del tablero con las nuevas secciones", () => {
  it("el PDF trae los encabezados de las secciones nuevas y sus cifras", async () => {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await renderDashboardPdf(dashboard))), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    for (const heading of ["Revisión de evidencias 2025", "Hallazgos abiertos", "Preparación FURAG 2025", "Resultados oficiales FURAG"]) expect(flat).toContain(heading);
    expect(flat).toContain("5 evidencias en la vigencia 2025: 1 aceptada, 1 con observaciones, 1 rechazada y 2 pendientes de revisión.");
    expect(flat).toContain("3 hallazgos abiertos. Por severidad: crítica 1, alta 1, media 0, baja 1. 1 tiene el plazo vencido.");
    expect(flat).toContain("50 % de los soportes requeridos tienen evidencia (1 de 2)");
    expect(flat).toMatch(/Resultados oficiales FURAG 2025: IDI \d+,\d/);
  });

  it("el Excel agrega una hoja por sección nueva, con números", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await renderDashboardWorkbook(dashboard)).buffer);
    expect(workbook.worksheets.map((s) => s.name).slice(4)).toEqual(["Planes de acción", "Revisión de evidencias", "Hallazgos abiertos", "Preparación FURAG", "Resultados oficiales FURAG"]);
    expect(workbook.getWorksheet("Revisión de evidencias")!.getRow(6).values).toEqual([undefined, "Total de la vigencia 2025", 5]);
    const official = workbook.getWorksheet("Resultados oficiales FURAG")!;
    const section = sectionOf(dashboard, "official-results")!;
    expect(official.getRow(2).getCell(1).value).toBe("IDI");
    expect(official.getRow(2).getCell(2 + section.vigencias.length).value).toBe(section.idi);
  });
});
