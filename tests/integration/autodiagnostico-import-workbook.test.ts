// Importing an official autodiagnóstico workbook: by upload (the route the
// import page posts to) and by `npm run import:autodiagnostico`. The real
// Talento Humano file gives, from the DATABASE, the scores its own formulas
// show; re-imports update in place; refusals store nothing; entities never
// see or touch each other's imports.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/(app)/e/[entityId]/autodiagnosticos/importar/libro/route";
import { exportAutodiagnosticoWorkbook, parseAutodiagnosticoWorkbook, readAutodiagnosticoCachedTotals } from "@/lib/autodiagnostico";
import { loadEntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import { ValidationError } from "@/lib/errors/app-error";
import { roundTo4 } from "@/lib/scoring";
import type { WorkbookImportSummary } from "@/lib/self-assessments/import/import-workbook";
import { loadAssessment } from "@/lib/self-assessments/load-assessment";
import { startAssessment } from "@/lib/self-assessments/start-assessment";
import { ImportArgumentsError, readImportArguments } from "@/scripts/autodiagnostico/read-import-arguments";
import { runImportCommand } from "@/scripts/autodiagnostico/run-import-command";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";
import { tenantSnapshot } from "./authorization/tenant-snapshot";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => session.userId,
  requireSessionUserId: async () => session.userId ?? "",
}));

const OFFICIAL_PATH = path.resolve(process.cwd(), "../shared/data/autodiagnostico-talento-humano.xlsx");
const OFFICIAL = readFileSync(OFFICIAL_PATH);
const FURAG = readFileSync(path.resolve(process.cwd(), "../shared/data/furag-2025-preguntas.xlsx"));
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Fields = Record<string, string | File>;
type ErrorBody = { error: string; fieldErrors?: Record<string, string[]> };

function workbookFile(bytes: Uint8Array, name = "autodiagnostico-talento-humano.xlsx"): File {
  return new File([new Uint8Array(bytes)], name, { type: XLSX });
}

async function upload(userId: string, entityId: string, fields: Fields): Promise<Response> {
  session.userId = userId;
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const request = new Request(`http://localhost/e/${entityId}/autodiagnosticos/importar/libro`, { method: "POST", body: form });
  return POST(request, { params: Promise.resolve({ entityId }) });
}

async function uploadOk(userId: string, entityId: string, fields: Fields): Promise<WorkbookImportSummary> {
  const response = await upload(userId, entityId, fields);
  const body = (await response.json()) as WorkbookImportSummary & ErrorBody;
  expect(response.status, body.error).toBeLessThan(300);
  return body;
}

/** The official file with some rows changed, written by the exporter in the same layout. */
async function officialWith(change: (items: Awaited<ReturnType<typeof parseAutodiagnosticoWorkbook>>["components"][number]["categories"][number]["items"]) => void) {
  const workbook = await parseAutodiagnosticoWorkbook(OFFICIAL);
  change(workbook.components.flatMap((c) => c.categories.flatMap((k) => k.items)));
  return exportAutodiagnosticoWorkbook(workbook);
}

let f: TenantFixture;
beforeAll(async () => {
  f = await createTenantFixture("wb_import");
});
afterAll(async () => f?.close());

describe("importar el libro oficial de Talento Humano", () => {
  let summary: WorkbookImportSummary;

  beforeAll(async () => {
    summary = await uploadOk(f.A.users.PLANEACION, f.A.entityId, { file: workbookFile(OFFICIAL), vigencia: "2025" });
  }, 60_000);

  it("guarda el instrumento completo: componentes, categorías y las 131 filas con sus rúbricas", async () => {
    const parsed = await parseAutodiagnosticoWorkbook(OFFICIAL);
    expect(summary).toMatchObject({ policyCode: "POL01", instrument: { created: true, components: 4, categories: 25, rows: 131 } });
    const stored = await withTenant({ userId: f.A.users.PLANEACION, entityId: f.A.entityId }, (db) =>
      db.instrument.findUniqueOrThrow({
        where: { id: summary.instrument.id },
        select: {
          entityId: true,
          policyCode: true,
          source: true,
          components: {
            orderBy: { sortOrder: "asc" },
            select: { name: true, categories: { orderBy: { sortOrder: "asc" }, select: { name: true, activities: { orderBy: { sortOrder: "asc" }, select: { code: true, rubric: true, criterion: true, analysisPeriod: true } } } } },
          },
        },
      }),
    );
    expect(stored).toMatchObject({ entityId: f.A.entityId, policyCode: "POL01", source: "OFFICIAL_WORKBOOK" });
    expect(stored.components).toEqual(
      parsed.components.map((component) => ({
        name: component.name,
        categories: component.categories.map((category) => ({
          name: category.name,
          activities: category.items.map((item) => ({ code: item.code, rubric: item.rubric, criterion: item.criterion, analysisPeriod: item.analysisPeriod })),
        })),
      })),
    );
  });

  it("calcula desde la base de datos 62,5641 para la política y 63,6364 para Planeación, lo mismo que las fórmulas del libro", async () => {
    const planner = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
    const view = await loadAssessment(planner, summary.answers!.assessmentId);
    const cached = await readAutodiagnosticoCachedTotals(OFFICIAL);
    expect(roundTo4(view.scores.policy!)).toBe(62.5641);
    expect(roundTo4(view.scores.policy!)).toBe(roundTo4(cached.policy!));
    const components = view.components.map((c) => view.scores.components[c.id] ?? null);
    expect(components[0]).not.toBeNull();
    expect(roundTo4(components[0]!)).toBe(63.6364);
    expect(components.map((s) => (s === null ? null : roundTo4(s)))).toEqual(cached.components.map((c) => (c.value === null ? null : roundTo4(c.value))));
    const categories = view.components.flatMap((c) => c.categories.map((k) => view.scores.categories[k.id] ?? null));
    expect(categories.map((s) => (s === null ? null : roundTo4(s)))).toEqual(cached.categories.map((c) => (c.value === null ? null : roundTo4(c.value))));
    expect(summary.answers).toMatchObject({ vigencia: 2025, assessmentCreated: true, scored: 39, written: 39 });
    expect(summary.answers!.policyScore).toBe(view.scores.policy);
    expect(view).toMatchObject({ vigencia: 2025, policyCode: "POL01", state: "BORRADOR", instrument: { source: "OFFICIAL_WORKBOOK" } });
  });

  it("importar otra vez el mismo libro reutiliza el instrumento y no toca ninguna respuesta", async () => {
    const before = await tenantSnapshot(f.owner, f.A.entityId);
    const again = await uploadOk(f.A.users.PLANEACION, f.A.entityId, { file: workbookFile(OFFICIAL), vigencia: "2025" });
    expect(again.instrument).toMatchObject({ id: summary.instrument.id, created: false });
    expect(again.answers).toMatchObject({ assessmentId: summary.answers!.assessmentId, assessmentCreated: false, written: 0, unchanged: 131 });
    expect(await tenantSnapshot(f.owner, f.A.entityId)).toEqual(before);
  });

  it("un libro con puntajes corregidos actualiza las respuestas de ese autodiagnóstico y sube su versión", async () => {
    const corrected = await officialWith((items) => {
      items[0]!.score = 100; // was 40
      items[1]!.observations = "Normograma actualizado en marzo";
    });
    const result = await uploadOk(f.A.users.PLANEACION, f.A.entityId, { file: workbookFile(corrected, "corregido.xlsx"), vigencia: "2025" });
    expect(result.instrument).toMatchObject({ id: summary.instrument.id, created: false });
    expect(result.answers).toMatchObject({ assessmentCreated: false, written: 2 });
    const rows = await f.owner.activityResponse.findMany({
      where: { assessmentId: summary.answers!.assessmentId, activity: { code: { in: ["1", "2"] } } },
      orderBy: { activity: { sortOrder: "asc" } },
      select: { score: true, observations: true, version: true, updatedById: true },
    });
    expect(rows).toEqual([
      { score: 100, observations: null, version: 2, updatedById: f.A.users.PLANEACION },
      { score: 80, observations: "Normograma actualizado en marzo", version: 2, updatedById: f.A.users.PLANEACION },
    ]);
    expect(result.answers!.policyScore).toBeGreaterThan(summary.answers!.policyScore!);
  });

  it("si el autodiagnóstico de la vigencia ya usa otro instrumento, lo rechaza en español y no guarda nada", async () => {
    const planner = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
    await startAssessment(planner, { entityId: f.A.entityId, vigencia: 2026, policyCode: "POL01", fromPrevious: false });
    const before = await tenantSnapshot(f.owner, f.A.entityId);
    const response = await upload(f.A.users.PLANEACION, f.A.entityId, { file: workbookFile(OFFICIAL), vigencia: "2026" });
    expect(response.status).toBe(409);
    expect(((await response.json()) as ErrorBody).error).toMatch(/vigencia 2026 ya existe y usa otro instrumento \(«Instrumento de referencia Faro/);
    expect(await tenantSnapshot(f.owner, f.A.entityId)).toEqual(before);
  });

  it("un autodiagnóstico enviado a revisión no se modifica con un libro", async () => {
    await f.owner.selfAssessment.update({ where: { id: summary.answers!.assessmentId }, data: { state: "EN_REVISION" } });
    try {
      const corrected = await officialWith((items) => {
        items[2]!.score = 0;
      });
      const before = await tenantSnapshot(f.owner, f.A.entityId);
      const response = await upload(f.A.users.PLANEACION, f.A.entityId, { file: workbookFile(corrected), vigencia: "2025" });
      expect(response.status).toBe(409);
      expect(((await response.json()) as ErrorBody).error).toMatch(/está «En revisión» y no se puede modificar/);
      expect(await tenantSnapshot(f.owner, f.A.entityId)).toEqual(before);
    } finally {
      await f.owner.selfAssessment.update({ where: { id: summary.answers!.assessmentId }, data: { state: "BORRADOR" } });
    }
  });
});

describe("archivos que no son un autodiagnóstico", () => {
  it.each([
    ["un texto con extensión .xlsx", new File(["Componente;Puntaje\nPlaneación;80"], "puntajes.xlsx"), /no es un libro de Excel \(\.xlsx\) válido/],
    ["un libro de Excel sin la hoja «Autodiagnóstico»", workbookFile(FURAG, "furag.xlsx"), /no tiene la hoja «Autodiagnóstico» \(hojas encontradas: «/],
    ["un archivo que no es .xlsx", new File(["%PDF-1.7"], "informe.pdf"), /debe ser un libro de Excel \(\.xlsx\)/],
    ["un archivo vacío", new File([], "vacio.xlsx"), /está vacío/],
  ])("%s: 422 con el motivo en español, junto al campo del archivo, y nada guardado", async (_label, file, message) => {
    const before = await tenantSnapshot(f.owner, f.A.entityId);
    const response = await upload(f.A.users.PLANEACION, f.A.entityId, { file, vigencia: "2024" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as ErrorBody).fieldErrors?.file?.[0]).toMatch(message);
    expect(await tenantSnapshot(f.owner, f.A.entityId)).toEqual(before);
  });

  it("un archivo de más de 10 MB se rechaza", async () => {
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "grande.xlsx");
    const response = await upload(f.A.users.PLANEACION, f.A.entityId, { file: big });
    expect([413, 422]).toContain(response.status);
    expect(((await response.json()) as ErrorBody).fieldErrors?.file).toEqual(["El archivo supera el límite de 10 MB."]);
  });

  it("un envío que declara más de 10 MB se rechaza con 413 antes de leerlo", async () => {
    session.userId = f.A.users.PLANEACION;
    const request = new Request("http://localhost/", { method: "POST", headers: { "content-length": String(11 * 1024 * 1024) }, body: "x" });
    const response = await POST(request, { params: Promise.resolve({ entityId: f.A.entityId }) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).error).toBe("El archivo supera el límite de 10 MB.");
  });

  it("un título que no nombra una política del catálogo pide elegirla; elegida, se importa", async () => {
    const workbook = await parseAutodiagnosticoWorkbook(OFFICIAL);
    const unknown = await exportAutodiagnosticoWorkbook({ ...workbook, policyName: "GESTIÓN AMBIENTAL" });
    const refused = await upload(f.A.users.PLANEACION, f.A.entityId, { file: workbookFile(unknown) });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as ErrorBody).fieldErrors?.policyCode?.[0]).toMatch(/No se reconoció la política del libro \(«GESTIÓN AMBIENTAL»\)/);
    const chosen = await uploadOk(f.A.users.PLANEACION, f.A.entityId, { file: workbookFile(unknown), policyCode: "POL16" });
    expect(chosen).toMatchObject({ policyCode: "POL16", answers: null, instrument: { created: true } });
  });
});

describe("permisos y aislamiento entre entidades", () => {
  it("un RESPONSABLE solo importa en las políticas que tiene asignadas", async () => {
    const before = await tenantSnapshot(f.owner, f.A.entityId);
    const refused = await upload(f.A.users.RESPONSABLE, f.A.entityId, { file: workbookFile(OFFICIAL), vigencia: "2024" });
    expect(refused.status).toBe(403);
    expect(await tenantSnapshot(f.owner, f.A.entityId)).toEqual(before);
    // POL03 is assigned to them: the workbook may be imported as that policy, with a note.
    const allowed = await uploadOk(f.A.users.RESPONSABLE, f.A.entityId, { file: workbookFile(OFFICIAL), policyCode: "POL03" });
    expect(allowed.policyCode).toBe("POL03");
    expect(allowed.warnings[0]).toBe("El título del libro corresponde a POL01, pero se importó como POL03, la política elegida.");
  });

  it.each(["LECTOR", "COMITE", "CONTROL_INTERNO", "ADMIN"] as const)("rol %s: 403 y nada guardado", async (role) => {
    const before = await tenantSnapshot(f.owner, f.A.entityId);
    expect((await upload(f.A.users[role], f.A.entityId, { file: workbookFile(OFFICIAL), vigencia: "2024" })).status).toBe(403);
    expect(await tenantSnapshot(f.owner, f.A.entityId)).toEqual(before);
  });

  it("un miembro de A que sube a la dirección de B recibe 404 y B no cambia", async () => {
    const before = await tenantSnapshot(f.owner, f.B.entityId);
    const response = await upload(f.A.users.PLANEACION, f.B.entityId, { file: workbookFile(OFFICIAL), vigencia: "2024" });
    expect(response.status).toBe(404);
    expect(await tenantSnapshot(f.owner, f.B.entityId)).toEqual(before);
  });

  it("la entidad no se elige en el formulario: un campo entityId se rechaza y nada cambia", async () => {
    const beforeA = await tenantSnapshot(f.owner, f.A.entityId);
    const beforeB = await tenantSnapshot(f.owner, f.B.entityId);
    const response = await upload(f.A.users.PLANEACION, f.A.entityId, { file: workbookFile(OFFICIAL), vigencia: "2024", entityId: f.B.entityId });
    expect(response.status).toBe(422);
    expect(await tenantSnapshot(f.owner, f.A.entityId)).toEqual(beforeA);
    expect(await tenantSnapshot(f.owner, f.B.entityId)).toEqual(beforeB);
  });

  it("B importa el mismo archivo sin chocar con el de A, y ninguna ve el instrumento de la otra", async () => {
    const ofB = await uploadOk(f.B.users.PLANEACION, f.B.entityId, { file: workbookFile(OFFICIAL) });
    expect(ofB.instrument.created).toBe(true);
    const ofA = await f.owner.instrument.findMany({ where: { entityId: f.A.entityId, policyCode: "POL01" }, select: { id: true } });
    expect(ofA.map((i) => i.id)).not.toContain(ofB.instrument.id);
    const seenByB = await withTenant({ userId: f.B.users.PLANEACION, entityId: f.B.entityId }, (db) =>
      db.instrument.findMany({ where: { source: "OFFICIAL_WORKBOOK" }, select: { id: true } }),
    );
    expect(seenByB).toEqual([{ id: ofB.instrument.id }]);
  });

  it("sin sesión responde 401", async () => {
    const form = new FormData();
    form.append("file", workbookFile(OFFICIAL));
    session.userId = null;
    const response = await POST(new Request("http://localhost/", { method: "POST", body: form }), { params: Promise.resolve({ entityId: f.A.entityId }) });
    expect(response.status).toBe(401);
  });
});

describe("npm run import:autodiagnostico", () => {
  const sigepOf = async (entityId: string) => (await f.owner.entity.findUniqueOrThrow({ where: { id: entityId } })).sigepCode;

  it("importa instrumento, puntajes y observaciones en la vigencia indicada e imprime un resumen en español", async () => {
    const sigep = await sigepOf(f.A.entityId);
    const args = readImportArguments([OFFICIAL_PATH, "--entity", sigep, "--vigencia", "2023"], process.cwd());
    // As the command runs: the login role, not the app's.
    const lines = await runImportCommand(args, f.owner);
    expect(lines.join("\n")).toMatch(/«autodiagnostico-talento-humano\.xlsx» importado en Alcaldía A/);
    expect(lines).toContain("  Política: POL01 Gestión Estratégica del Talento Humano");
    expect(lines.join("\n")).toMatch(/Instrumento existente \(ya importado antes\).* 4 componentes, 25 categorías, 131 filas calificables/);
    expect(lines.join("\n")).toMatch(/Vigencia 2023: autodiagnóstico creado; 39 puntajes, 0 «no aplica», 0 con observaciones/);
    expect(lines).toContain("  Puntaje de la política: 62,56 (Nivel 4 · Avanzado)");
    const assessment = await f.owner.selfAssessment.findUniqueOrThrow({
      where: { entityId_vigencia_policyCode: { entityId: f.A.entityId, vigencia: 2023, policyCode: "POL01" } },
      select: { id: true, _count: { select: { responses: true } } },
    });
    expect(assessment._count.responses).toBe(39);
    // Written under the entity's row-level security, by nobody in particular.
    const audit = await f.owner.auditLog.findMany({ where: { tableName: "self_assessments", recordId: assessment.id }, select: { entityId: true, actorUserId: true } });
    expect(audit).toEqual([{ entityId: f.A.entityId, actorUserId: null }]);

    const again = await runImportCommand(args, f.owner);
    expect(again.join("\n")).toMatch(/Vigencia 2023: autodiagnóstico actualizado; .*\(0 respuestas guardadas, 131 sin cambios\)/);
  }, 60_000);

  it("explica en español una entidad inexistente y los argumentos que faltan", async () => {
    const args = readImportArguments([OFFICIAL_PATH, "--entity", "000000", "--vigencia", "2023"], process.cwd());
    await expect(runImportCommand(args, f.owner)).rejects.toThrow(new ValidationError("No hay ninguna entidad con el código SIGEP 000000."));
    expect(() => readImportArguments([OFFICIAL_PATH, "--entity", "900615"], process.cwd())).toThrow(ImportArgumentsError);
    expect(() => readImportArguments([OFFICIAL_PATH, "--entity", "900615", "--vigencia", "2025", "--politica", "POL20"], process.cwd())).toThrow(/POL01 a POL19/);
    expect(() => readImportArguments(["no-existe.xlsx", "--entity", "900615", "--vigencia", "2025"], process.cwd())).toThrow(/No se pudo leer no-existe\.xlsx/);
  });
});
