// The dashboard on the demo data: its figures are the scoring module's own
// (recomputed here straight from the stored answers), and the PDF and Excel
// reports carry those same figures.
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
import { computeProgress, estimateDimensionScore, formatScore, scoreLevelNumber, scorePolicy } from "@/lib/scoring";
import { activityApplies, toScorableActivity } from "@/lib/self-assessments/applicability";
import { demoEmail } from "@/prisma/seed/demo-data";
import { DEMO_ASSESSMENT_VIGENCIA } from "@/prisma/seed/demo-self-assessments";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { createTestDatabase, type TestDatabase } from "./setup/database";

let database: TestDatabase;
let owner: Db;
let app: Db;
let ctx: EntityContext;
let dashboard: Dashboard;

beforeAll(async () => {
  database = await createTestDatabase("dashboard_reports");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
  setAppPrisma(app);
  await seedReferenceData(owner);
  await seedDemo(owner);
  const committee = await owner.user.findUniqueOrThrow({ where: { email: demoEmail("COMITE", "rionegro") }, include: { memberships: true } });
  ctx = await loadEntityContext(committee.id, committee.memberships[0]!.entityId);
  dashboard = await loadDashboard(ctx, DEMO_ASSESSMENT_VIGENCIA, new Date("2026-03-05T15:00:00Z"));
}, 240_000);
afterAll(async () => {
  setAppPrisma(undefined);
  await owner?.$disconnect();
  await app?.$disconnect();
  await database?.drop();
});

/** Policy scores and progress recomputed from the raw rows with lib/scoring, bypassing every app loader. */
async function recomputeFromRows() {
  const entity = await owner.entity.findUniqueOrThrow({ where: { id: ctx.entityId } });
  const assessments = await owner.selfAssessment.findMany({
    where: { entityId: ctx.entityId, vigencia: DEMO_ASSESSMENT_VIGENCIA },
    include: { responses: true, instrument: { include: { activities: { include: { category: true } } } } },
  });
  return new Map(
    assessments.map((a) => {
      const answers = new Map(a.responses.map((r) => [r.activityId, r]));
      const scorable = a.instrument.activities.map((act) =>
        toScorableActivity(
          { id: act.id, categoryId: act.categoryId, componentId: act.category.componentId, applies: activityApplies(act.applicability, entity) },
          answers.get(act.id),
        ),
      );
      return [a.policyCode, { score: scorePolicy(scorable), progress: computeProgress(scorable), state: a.state }];
    }),
  );
}

describe("tablero de la entidad con los datos de demostración", () => {
  it("muestra para cada política el puntaje y el nivel del módulo de puntajes", async () => {
    const expected = await recomputeFromRows();
    const scores = sectionOf(dashboard, "policy-scores")!;
    const policies = scores.dimensions.flatMap((d) => d.policies);
    expect(policies).toHaveLength(19);
    expect(expected.size).toBe(16); // the demo leaves three policies unstarted
    for (const policy of policies) {
      const want = expected.get(policy.code);
      expect(policy.score, policy.code).toBe(want?.score ?? null);
      expect(policy.level, policy.code).toBe(want?.score == null ? null : scoreLevelNumber(want.score));
      expect(policy.state, policy.code).toBe(want?.state ?? null);
    }
    for (const dimension of scores.dimensions) {
      expect(dimension.score).toBe(estimateDimensionScore(dimension.policies.map((p) => ({ policyId: p.code, score: expected.get(p.code)?.score ?? null }))));
    }
    // The demo spans several levels, so a level mix-up would show.
    expect(new Set(policies.map((p) => p.level)).size).toBeGreaterThanOrEqual(3);
  });

  it("cuenta el avance y los estados de los 19 autodiagnósticos", async () => {
    const expected = await recomputeFromRows();
    const progress = sectionOf(dashboard, "self-assessment-progress")!;
    expect(progress.states).toEqual({ NO_INICIADO: 3, BORRADOR: 8, EN_REVISION: 3, APROBADO: 5 });
    for (const p of progress.policies) {
      expect(p.ratio, p.code).toBe(expected.get(p.code)?.progress.ratio ?? null);
    }
  });

  it("el PDF trae el nombre de la entidad y los puntajes con coma decimal", async () => {
    const bytes = await renderDashboardPdf(dashboard);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Alcaldía de Rionegro");
    expect(flat).toContain("05/03/2026");
    const policy = sectionOf(dashboard, "policy-scores")!.dimensions[0]!.policies.find((p) => p.score !== null)!;
    expect(formatScore(policy.score)).toMatch(/,\d\d$/);
    expect(flat).toContain(`${formatScore(policy.score)} · N${policy.level}`);
    expect(flat).toMatch(/Página 1 de \d+/);
  });

  it("el Excel tiene una hoja por sección y los puntajes como números", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await renderDashboardWorkbook(dashboard)).buffer);
    expect(workbook.worksheets.map((s) => s.name).slice(0, 4)).toEqual(["Tablero", "Puntajes por política", "Dimensiones (estimado)", "Avance autodiagnósticos"]);
    expect(workbook.getWorksheet("Tablero")!.getRow(1).values).toEqual([undefined, "Entidad", "Alcaldía de Rionegro"]);
    expect(workbook.getWorksheet("Tablero")!.getRow(2).getCell(2).value).toBe(2025);
    const sheet = workbook.getWorksheet("Puntajes por política")!;
    const byCode = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => n > 1 && byCode.set(String(row.getCell(2).value), row));
    expect(byCode.size).toBe(19);
    for (const policy of sectionOf(dashboard, "policy-scores")!.dimensions.flatMap((d) => d.policies)) {
      const cell = byCode.get(policy.code)!.getCell(4);
      if (policy.score === null) expect(cell.value).toBeNull();
      else {
        expect(typeof cell.value).toBe("number");
        expect(cell.value).toBe(policy.score);
      }
    }
  });
});
