// The dashboard's action plans section on the demo data plus plans added here
// (another plan of 2025, one of 2024, one of Guarne), against figures computed
// by hand from the raw rows at a fixed clock; and the PDF and Excel carry it.
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
import { seedReferenceData } from "@/lib/reference-data/seed-reference-data";
import { demoEmail } from "@/prisma/seed/demo-data";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "./setup/database";

const NOW = new Date("2027-01-15T15:00:00Z"); // 10:00 in Bogotá
const TODAY = "2027-01-15";
let database: TestDatabase;
let owner: Db;
let app: Db;
let ctx: EntityContext;
let dashboard: Dashboard;
let evidenceDir: string;
const savedDir = process.env.EVIDENCE_DIR;

async function addPlan(entityId: string, vigencia: number, name: string, items: { status: "PENDIENTE" | "EN_CURSO" | "CUMPLIDA" | "CANCELADA"; due: string; progress: number }[]) {
  const plan = await owner.actionPlan.create({ data: { entityId, vigencia, name, state: "EN_SEGUIMIENTO" } });
  for (const [i, item] of items.entries()) {
    await owner.actionPlanItem.create({
      data: {
        entityId,
        planId: plan.id,
        sourceKind: "ACTIVITY",
        sourceKey: `MANUAL:${plan.id}:${i}`,
        gapLabel: `Brecha ${i + 1}`,
        action: `${name}: acción ${i + 1}`,
        status: item.status,
        progress: item.progress,
        dueDate: new Date(`${item.due}T00:00:00Z`),
        sortOrder: i,
      },
    });
  }
}

/** The rule written out again, independently: past due in Bogotá and not cumplida/cancelada. */
function expectedStatus(item: { status: string; dueDate: Date | null }): string {
  if (item.status === "CUMPLIDA" || item.status === "CANCELADA" || !item.dueDate) return item.status;
  return item.dueDate.toISOString().slice(0, 10) < TODAY ? "VENCIDA" : item.status;
}

beforeAll(async () => {
  evidenceDir = await mkdtemp(path.join(tmpdir(), "faro-dash-plans-"));
  process.env.EVIDENCE_DIR = evidenceDir;
  database = await createTestDatabase("dashboard_plans");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
  setAppPrisma(app);
  await seedReferenceData(owner);
  await seedDemo(owner);
  const committee = await owner.user.findUniqueOrThrow({ where: { email: demoEmail("COMITE", "rionegro") }, include: { memberships: true } });
  ctx = await loadEntityContext(committee.id, committee.memberships[0]!.entityId);
  const guarne = await owner.entity.findUniqueOrThrow({ where: { sigepCode: "900318" } });
  await addPlan(ctx.entityId, 2025, "Plan de prueba del tablero", [
    { status: "EN_CURSO", due: "2027-01-14", progress: 40 }, // overdue since yesterday
    { status: "PENDIENTE", due: TODAY, progress: 0 }, // due today: not overdue yet
    { status: "CUMPLIDA", due: "2026-12-01", progress: 100 },
  ]);
  await addPlan(ctx.entityId, 2024, "Plan de otra vigencia", [{ status: "PENDIENTE", due: "2025-01-01", progress: 0 }]);
  await addPlan(guarne.id, 2025, "Plan de Guarne", [{ status: "PENDIENTE", due: "2025-01-01", progress: 0 }]);
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

describe("sección de planes de acción del tablero", () => {
  it("cuenta las acciones de los planes 2025 de Rionegro por estado visible, con vencida calculada al reloj fijo", async () => {
    const section = sectionOf(dashboard, "action-plans")!;
    const rows = await owner.actionPlanItem.findMany({ where: { entityId: ctx.entityId, plan: { vigencia: 2025 } }, include: { plan: true } });
    const expected: Record<string, number> = { PENDIENTE: 0, EN_CURSO: 0, CUMPLIDA: 0, VENCIDA: 0, CANCELADA: 0 };
    for (const row of rows) expected[expectedStatus(row)]! += 1;
    expect(section.statusCounts).toEqual(expected);
    expect(section.plans.map((p) => p.name).sort()).toEqual(["Plan de mejoramiento Integridad 2025", "Plan de prueba del tablero"]);
    const mine = section.plans.find((p) => p.name === "Plan de prueba del tablero")!;
    // Items: vencida 40 %, pendiente 0 %, cumplida 100 % → mean 46,67 %.
    expect(mine.progress).toEqual({ total: 3, done: 1, overdue: 1, cancelled: 0, progress: 140 / 3 });
    expect(section.totals.total).toBe(rows.length);
  });

  it("lista las acciones vencidas más atrasadas primero, a lo sumo cinco", async () => {
    const section = sectionOf(dashboard, "action-plans")!;
    const rows = await owner.actionPlanItem.findMany({ where: { entityId: ctx.entityId, plan: { vigencia: 2025 } } });
    const overdue = rows.filter((r) => expectedStatus(r) === "VENCIDA").sort((a, b) => a.dueDate!.getTime() - b.dueDate!.getTime() || a.id.localeCompare(b.id));
    expect(section.overdueItems.map((i) => i.id)).toEqual(overdue.slice(0, 5).map((r) => r.id));
    expect(section.overdueItems.some((i) => i.action === "Plan de prueba del tablero: acción 1")).toBe(overdue.slice(0, 5).some((r) => r.action === "Plan de prueba del tablero: acción 1"));
  });

  it("sin planes en la vigencia la sección no aparece", async () => {
    expect(sectionOf(await loadDashboard(ctx, 2023, NOW), "action-plans")).toBeUndefined();
  });

  it("el PDF y el Excel del tablero llevan la sección con sus cifras", async () => {
    const section = sectionOf(dashboard, "action-plans")!;
    const pdf = await renderDashboardPdf(dashboard);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain("Planes de acción 2025");
    expect(text).toContain("Plan de prueba del tablero");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await renderDashboardWorkbook(dashboard)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet("Planes de acción")!;
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === "Plan de prueba del tablero")!;
    expect([row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]).toEqual([3, 1, 1]);
    expect(row.getCell(7).value).toBeCloseTo(46.7, 5);
    expect(sheet.getRows(2, sheet.rowCount - 1)!.find((r) => String(r.getCell(1).value).startsWith("Total"))!.getCell(3).value).toBe(section.totals.total);
  });
});
