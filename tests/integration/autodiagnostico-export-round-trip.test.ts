// Exporting a self-assessment to Excel in the official layout, and importing
// that file again "without loss": same answers, same scores at every level,
// same (or an equivalent) instrument. Both for an imported official workbook
// and for a Faro reference instrument. Text stays text (no formulas), and
// another entity's assessment is not found.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/(app)/e/[entityId]/autodiagnosticos/importar/libro/route";
import { GET } from "@/app/api/e/[entityId]/autodiagnosticos/[assessmentId]/exportar/route";
import { parseAutodiagnosticoWorkbook, readAutodiagnosticoCachedTotals } from "@/lib/autodiagnostico";
import { loadEntityContext, type EntityContext } from "@/lib/authz/entity-context";
import type { WorkbookImportSummary } from "@/lib/self-assessments/import/import-workbook";
import { loadAssessment, type AssessmentView } from "@/lib/self-assessments/load-assessment";
import { saveActivityResponse } from "@/lib/self-assessments/save-response";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";
import { tenantSnapshot } from "./authorization/tenant-snapshot";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));

const OFFICIAL = readFileSync(path.resolve(process.cwd(), "../shared/data/autodiagnostico-talento-humano.xlsx"));
const FORMULA_LIKE = '=HYPERLINK("http://ejemplo.invalid","clic")';

async function exportFile(userId: string | null, entityId: string, assessmentId: string): Promise<Response> {
  session.userId = userId;
  const request = new Request(`http://localhost/api/e/${entityId}/autodiagnosticos/${assessmentId}/exportar`);
  return GET(request, { params: Promise.resolve({ entityId, assessmentId }) });
}

async function importFile(userId: string, entityId: string, bytes: Uint8Array, vigencia: number): Promise<WorkbookImportSummary> {
  session.userId = userId;
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], "libro.xlsx"));
  form.append("vigencia", String(vigencia));
  const response = await POST(new Request("http://localhost/", { method: "POST", body: form }), { params: Promise.resolve({ entityId }) });
  const body = (await response.json()) as WorkbookImportSummary & { error?: string };
  expect(response.status, body.error).toBeLessThan(300);
  return body;
}

/** Every answer as the page shows it, in instrument order; "no aplica" as it counts (by rule or by answer). */
function answersOf(view: AssessmentView) {
  return view.components.flatMap((c) =>
    c.categories.flatMap((k) =>
      k.activities.map((a) => ({ score: a.response.score, notApplicable: !a.applies || a.response.notApplicable, observations: a.response.observations })),
    ),
  );
}

/** Scores at every level, by position (ids differ between two instruments). */
function scoresOf(view: AssessmentView) {
  return {
    policy: view.scores.policy,
    components: view.components.map((c) => view.scores.components[c.id] ?? null),
    categories: view.components.flatMap((c) => c.categories.map((k) => view.scores.categories[k.id] ?? null)),
  };
}

function instrumentOf(view: AssessmentView) {
  return view.components.map((c) => ({
    name: c.name,
    categories: c.categories.map((k) => ({ name: k.name, activities: k.activities.map((a) => ({ text: a.itemText ?? a.activityText, rubric: a.rubric })) })),
  }));
}

let f: TenantFixture;
let planner: EntityContext;
beforeAll(async () => {
  f = await createTenantFixture("wb_export");
  planner = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
});
afterAll(async () => f?.close());

describe("exportar un autodiagnóstico importado del libro oficial, e importarlo de nuevo", () => {
  let original: AssessmentView;
  let exported: Buffer;

  beforeAll(async () => {
    const imported = await importFile(f.A.users.PLANEACION, f.A.entityId, OFFICIAL, 2025);
    const assessmentId = imported.answers!.assessmentId;
    // The official file has no observations nor "no aplica": add some through the app.
    const view = await loadAssessment(planner, assessmentId);
    const [first, second, third] = view.components.flatMap((c) => c.categories.flatMap((k) => k.activities)).slice(-3);
    await saveActivityResponse(planner, { assessmentId, activityId: first!.id }, { score: null, notApplicable: true, observations: "Sin planta temporal", baseVersion: first!.response.version });
    await saveActivityResponse(planner, { assessmentId, activityId: second!.id }, { score: 55.5, notApplicable: false, observations: FORMULA_LIKE, baseVersion: second!.response.version });
    await saveActivityResponse(planner, { assessmentId, activityId: third!.id }, { score: null, notApplicable: true, observations: null, baseVersion: third!.response.version });
    original = await loadAssessment(planner, assessmentId);
    const response = await exportFile(f.A.users.LECTOR, f.A.entityId, assessmentId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="autodiagnostico-POL01-2025.xlsx"');
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    exported = Buffer.from(await response.arrayBuffer());
  }, 60_000);

  it("el archivo tiene el formato oficial y los puntajes calculados por el módulo de puntajes", async () => {
    const parsed = await parseAutodiagnosticoWorkbook(exported);
    expect(parsed).toMatchObject({ policyName: "GESTIÓN ESTRATÉGICA DEL TALENTO HUMANO", entityName: "Alcaldía A", warnings: [] });
    const totals = await readAutodiagnosticoCachedTotals(exported);
    const scores = scoresOf(original);
    expect(totals.policy).toBe(scores.policy);
    expect(totals.components.map((c) => c.value)).toEqual(scores.components);
    expect(totals.categories.map((c) => c.value)).toEqual(scores.categories);
  });

  it("un texto que empieza con «=» queda como texto, nunca como fórmula", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(exported).buffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    const cell = cells.find((c) => c.value === FORMULA_LIKE);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cells.filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
  });

  it("importado como vigencia 2026 da el mismo instrumento, las mismas respuestas y los mismos puntajes", async () => {
    const again = await importFile(f.A.users.PLANEACION, f.A.entityId, exported, 2026);
    expect(again.instrument).toMatchObject({ created: false, rows: 131 });
    const copy = await loadAssessment(planner, again.answers!.assessmentId);
    expect(copy.vigencia).toBe(2026);
    expect(instrumentOf(copy)).toEqual(instrumentOf(original));
    expect(answersOf(copy)).toEqual(answersOf(original));
    expect(scoresOf(copy)).toEqual(scoresOf(original));
    expect(answersOf(copy)).toContainEqual({ score: null, notApplicable: true, observations: "Sin planta temporal" });
    expect(answersOf(copy)).toContainEqual({ score: 55.5, notApplicable: false, observations: FORMULA_LIKE });
  }, 60_000);
});

describe("exportar un autodiagnóstico con el instrumento de referencia Faro, e importarlo de nuevo", () => {
  it("mismo formato de columnas; reimportado da un instrumento equivalente con las mismas respuestas y puntajes", async () => {
    const assessmentId = f.A.assessmentId; // POL03, vigencia 2025, Faro reference instrument
    const view = await loadAssessment(planner, assessmentId);
    const activities = view.components.flatMap((c) => c.categories.flatMap((k) => k.activities));
    const answers = [
      { score: 80, notApplicable: false, observations: "Plan aprobado por el comité" },
      { score: 35.25, notApplicable: false, observations: null },
      { score: null, notApplicable: true, observations: null },
      { score: null, notApplicable: true, observations: "No aplica: la entidad no tiene sedes" },
      { score: 0, notApplicable: false, observations: "=SUMA(A1:A9)" },
    ];
    for (const [i, answer] of answers.entries()) {
      await saveActivityResponse(planner, { assessmentId, activityId: activities[i]!.id }, { ...answer, baseVersion: activities[i]!.response.version });
    }
    const original = await loadAssessment(planner, assessmentId);

    const response = await exportFile(f.A.users.COMITE, f.A.entityId, assessmentId);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="autodiagnostico-POL03-2025.xlsx"');
    const exported = Buffer.from(await response.arrayBuffer());
    const parsed = await parseAutodiagnosticoWorkbook(exported);
    // Numbered 1..n in instrument order, as the code's own number (POL03-01 → 1).
    const items = parsed.components.flatMap((c) => c.categories.flatMap((k) => k.items));
    expect(items.map((item) => item.code)).toEqual(activities.map((a) => String(Number(a.code.split("-")[1]))));

    const again = await importFile(f.A.users.PLANEACION, f.A.entityId, exported, 2026);
    expect(again).toMatchObject({ policyCode: "POL03", instrument: { created: true, rows: activities.length } });
    const copy = await loadAssessment(planner, again.answers!.assessmentId);
    expect(copy.instrument.source).toBe("OFFICIAL_WORKBOOK");
    expect(instrumentOf(copy)).toEqual(instrumentOf(original));
    expect(answersOf(copy)).toEqual(answersOf(original));
    expect(scoresOf(copy)).toEqual(scoresOf(original));
    expect(original.scores.policy).not.toBeNull();
  }, 60_000);
});

describe("aislamiento", () => {
  it("un miembro de B no descarga el autodiagnóstico de A: 404 con su entidad o con la de A", async () => {
    const before = await tenantSnapshot(f.owner, f.A.entityId);
    expect((await exportFile(f.B.users.PLANEACION, f.B.entityId, f.A.assessmentId)).status).toBe(404);
    expect((await exportFile(f.B.users.PLANEACION, f.A.entityId, f.A.assessmentId)).status).toBe(404);
    expect(await tenantSnapshot(f.owner, f.A.entityId)).toEqual(before);
  });

  it("un id que no es de un autodiagnóstico responde 404, y sin sesión 401", async () => {
    expect((await exportFile(f.A.users.LECTOR, f.A.entityId, "no-es-un-id")).status).toBe(404);
    expect((await exportFile(f.A.users.LECTOR, f.A.entityId, f.A.entityId)).status).toBe(404);
    expect((await exportFile(null, f.A.entityId, f.A.assessmentId)).status).toBe(401);
  });
});
