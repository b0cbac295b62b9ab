// Official FURAG results: importing workbooks generated in Función Pública's
// layout (blanks, MECI-only rows, entities not in the platform) into a real
// database, replacing a vigencia, linking entities by código SIGEP, and the
// queries (trend, grupo par position, department) against hand-computed values.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withSystem, withTenant, withUser } from "@/lib/db/context";
import { ConflictError, ValidationError } from "@/lib/errors/app-error";
import { importRecommendationsWorkbook } from "@/lib/results/import-recommendations";
import { importResultsWorkbook } from "@/lib/results/import-results";
import { loadDepartmentOfficialResults } from "@/lib/results/queries/department-overview";
import { loadEntityRecommendations } from "@/lib/results/queries/entity-recommendations";
import { changeFromPrevious, loadEntityOfficialResults } from "@/lib/results/queries/entity-results";
import { loadPeerPosition } from "@/lib/results/queries/peer-position";
import { writeRecommendationsWorkbook } from "@/lib/results/testing/generate-recommendations-workbook";
import {
  generateReferenceRows,
  generateScores,
  seededRandom,
  writeResultsWorkbook,
  type GeneratedResultRow,
} from "@/lib/results/testing/generate-results-workbook";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

let f: TenantFixture;
let sigepA: string;
let sigepB: string;

const GROUP = "Grupo de prueba";

/** Five members of one grupo par with IDI and POL03 chosen by hand; A is the middle one. */
function peerRows(vigencia: number): GeneratedResultRow[] {
  const random = seededRandom(vigencia);
  const idis = [50, 60, 70, 80, 90];
  return idis.map((idi, i) => {
    const row = generateScores(
      {
        sigepCode: i === 2 ? sigepA : String(700_000 + i),
        entityName: i === 2 ? "Alcaldía A" : `Par ${i}`,
        departmentName: "Antioquia",
        municipalityName: `Municipio ${i}`,
        peerGroup: GROUP,
      },
      i,
      random,
    );
    row.idi = idi + (vigencia - 2024) * 2;
    row.policies.POL03 = [40, 40, 55, 90, null][i]!;
    return row;
  });
}

async function importFile(vigencia: number, rows: GeneratedResultRow[], scope: "territorio" | "nacion" = "territorio") {
  const bytes = await writeResultsWorkbook(rows, vigencia);
  return importResultsWorkbook(f.superadminId, { vigencia, scope, fileName: `Resultados_vig${vigencia}_${scope}.xlsx`, bytes });
}

beforeAll(async () => {
  f = await createTenantFixture("official_results");
  // The fixture gives each side a 2024 result (for the advisor's cases); these tests import their own files.
  await f.owner.officialEntityResult.deleteMany();
  await f.owner.resultsImport.deleteMany();
  sigepA = (await f.owner.entity.findUniqueOrThrow({ where: { id: f.A.entityId } })).sigepCode;
  sigepB = (await f.owner.entity.findUniqueOrThrow({ where: { id: f.B.entityId } })).sigepCode;
});
afterAll(async () => f?.close());

const ctxA = () => ({ userId: f.A.users.LECTOR, entityId: f.A.entityId });

describe("importación de resultados oficiales", () => {
  it("importa filas de la plataforma, de referencia y solo MECI, con blancos como «no aplica»", async () => {
    const reference = generateReferenceRows(40, 3); // position 3 has blanks, 22 is MECI-only
    const rowB = generateScores({ sigepCode: sigepB, entityName: "Alcaldía B", departmentName: "Atlántico", municipalityName: "B", peerGroup: "Otro" }, 0, seededRandom(1));
    const summary = await importFile(2024, [...peerRows(2024), rowB, ...reference]);
    expect(summary).toMatchObject({ vigencia: 2024, rowCount: 46, matchedCount: 2, referenceCount: 44, meciOnlyCount: 1, replacedCount: 0 });

    const stored = await f.owner.officialEntityResult.findMany({ where: { vigencia: 2024 }, include: { policyScores: true } });
    expect(stored).toHaveLength(46);
    const a = stored.find((r) => r.sigepCode === sigepA)!;
    expect(a).toMatchObject({ entityId: f.A.entityId, idi: 70, peerGroup: GROUP, departmentCode: "05", meciOnly: false });
    expect(a.policyScores).toHaveLength(19);
    expect(stored.find((r) => r.sigepCode === sigepB)).toMatchObject({ entityId: f.B.entityId, departmentCode: "08" });
    const withBlanks = stored.find((r) => r.sigepCode === reference[3]!.sigepCode)!;
    expect(withBlanks.entityId).toBeNull();
    expect(withBlanks.policyScores.find((s) => s.policyCode === "POL09")!.score).toBeNull();
    expect(Object.keys(withBlanks.indexScores as object).length).toBeLessThan(68);
    const meci = stored.find((r) => r.sigepCode === reference[22]!.sigepCode)!;
    expect(meci).toMatchObject({ meciOnly: true, idi: null, d1: null, formType: "MECI" });
    expect(meci.d7).not.toBeNull();
    expect(meci.policyScores.filter((s) => s.score !== null).map((s) => s.policyCode)).toEqual(["POL19"]);
    const audit = await f.owner.auditLog.findMany({ where: { tableName: "results_imports", recordId: summary.importId } });
    expect(audit).toMatchObject([{ action: "CREATE", actorUserId: f.superadminId }]);
  });

  it("reimportar la misma vigencia reemplaza sus filas y conserva la importación anterior como historia", async () => {
    const first = await f.owner.resultsImport.findFirstOrThrow({ where: { vigencia: 2024, supersededAt: null } });
    const summary = await importFile(2024, peerRows(2024));
    expect(summary).toMatchObject({ rowCount: 5, matchedCount: 1, replacedCount: 46 });
    expect(await f.owner.officialEntityResult.count({ where: { vigencia: 2024 } })).toBe(5);
    expect((await f.owner.resultsImport.findUniqueOrThrow({ where: { id: first.id } })).supersededAt).not.toBeNull();
  });

  it("un archivo con errores no cambia nada; una entidad en dos alcances de la misma vigencia se rechaza", async () => {
    const before = await f.owner.officialEntityResult.count();
    const bad = peerRows(2024);
    bad[0]!.idi = 140;
    await expect(importFile(2024, bad)).rejects.toBeInstanceOf(ValidationError);
    await expect(importFile(2024, peerRows(2024).slice(0, 1), "nacion")).rejects.toBeInstanceOf(ConflictError);
    expect(await f.owner.officialEntityResult.count()).toBe(before);
    const wrongTitle = await writeResultsWorkbook(peerRows(2024), 2023);
    await expect(importResultsWorkbook(f.superadminId, { vigencia: 2024, scope: "territorio", fileName: "x.xlsx", bytes: wrongTitle })).rejects.toThrow(
      "El título del archivo dice vigencia 2023, pero eligió la vigencia 2024.",
    );
  });
});

describe("consultas de resultados oficiales", () => {
  beforeAll(async () => {
    await importFile(2025, peerRows(2025));
  });

  it("la entidad ve su tendencia por vigencia", async () => {
    const entity = { id: f.A.entityId, sigepCode: sigepA };
    const results = await withTenant(ctxA(), (db) => loadEntityOfficialResults(db, entity));
    expect(results.map((r) => [r.vigencia, r.idi])).toEqual([
      [2024, 70],
      [2025, 72],
    ]);
    expect(changeFromPrevious(results, 1, (r) => r.idi)).toBe(2);
    expect(changeFromPrevious(results, 0, (r) => r.idi)).toBeNull();
  });

  it("posición en el grupo par: percentil, mediana y puesto calculados a mano", async () => {
    const resultId = (await f.owner.officialEntityResult.findFirstOrThrow({ where: { vigencia: 2025, sigepCode: sigepA } })).id;
    const standing = await withTenant(ctxA(), (db) => loadPeerPosition(db, resultId));
    // IDI of the group: 52, 62, 72 (A), 82, 92 → median 72, A is 3rd of 5, beats 2 of the other 4 = 50 %.
    expect(standing[0]).toEqual({ code: "IDI", groupSize: 5, median: 72, score: 72, position: 3, percentile: 50 });
    // POL03: 40, 40, 55 (A), 90 and one blank (left out) → median 47.5, A 2nd of 4, beats 2 of 3 = 66.67 %.
    const pol03 = standing.find((s) => s.code === "POL03")!;
    expect(pol03).toMatchObject({ groupSize: 4, median: 47.5, score: 55, position: 2 });
    expect(pol03.percentile).toBeCloseTo(66.6667, 3);
  });

  it("el departamento ve todas sus entidades con los 19 puntajes de política", async () => {
    const rows = await withUser(f.A.users.LECTOR, (db) => loadDepartmentOfficialResults(db, "05", 2025));
    expect(rows).toHaveLength(5);
    const a = rows.find((r) => r.sigepCode === sigepA)!;
    expect(a).toMatchObject({ entityId: f.A.entityId, idi: 72 });
    expect(Object.keys(a.policies)).toHaveLength(19);
    expect(a.policies.POL03).toBe(55);
    expect(rows.find((r) => r.sigepCode === "700004")!.policies.POL03).toBeNull();
  });

  it("todo usuario con sesión lee los resultados, pero solo el sistema los escribe", async () => {
    await expect(
      withTenant(ctxA(), (db) => db.officialEntityResult.updateMany({ where: { vigencia: 2025 }, data: { idi: 100 } })),
    ).resolves.toEqual({ count: 0 });
    await expect(withTenant(ctxA(), (db) => db.resultsImport.create({ data: { vigencia: 2030, kind: "RESULTADOS", scope: "territorio", fileName: "x", sha256: "x", rowCount: 0, matchedCount: 0 } }))).rejects.toThrow();
    expect(await withSystem(null, (db) => db.officialEntityResult.count({ where: { vigencia: 2025, idi: 100 } }))).toBe(0);
    expect(await withUser("00000000-0000-0000-0000-000000000000", (db) => db.officialEntityResult.count())).toBeGreaterThan(0);
  });
});

describe("recomendaciones oficiales", () => {
  it("importa una hoja por entidad, reconoce la política y la entidad por código SIGEP", async () => {
    const bytes = await writeRecommendationsWorkbook(
      [
        { sigepCode: sigepA, entityName: "Alcaldía A", rows: [["Gestión Documental", "Actualizar las tablas de retención documental.", "Transparencia"], ["POL03 Planeación Institucional", "Publicar el plan de acción a tiempo.", null]] },
        { sigepCode: "999999", entityName: "Otra", rows: [["Integridad", "Adoptar el código de integridad.", null]] },
      ],
      2025,
    );
    const summary = await importRecommendationsWorkbook(f.superadminId, { vigencia: 2025, scope: "territorio", fileName: "Recomendaciones.xlsx", bytes });
    expect(summary).toMatchObject({ kind: "RECOMENDACIONES", rowCount: 3, matchedCount: 1, referenceCount: 1 });
    const list = await withTenant(ctxA(), (db) => loadEntityRecommendations(db, { id: f.A.entityId, sigepCode: sigepA }, 2025));
    expect(list.map((r) => [r.policyCode, r.text])).toEqual([
      ["POL03", "Publicar el plan de acción a tiempo."],
      ["POL16", "Actualizar las tablas de retención documental."],
    ]);
  });
});
