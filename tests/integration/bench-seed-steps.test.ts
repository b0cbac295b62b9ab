// The national bench dataset's new steps produce rows the app itself reads:
// evidence metadata (revisions, file rows, links to activities) through the
// evidence pages' loaders, and official results through the real import of
// the bench workbook (synthetic text SIGEP codes, linked to entities).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntityContext } from "@/lib/authz/entity-context";
import { listEvidences } from "@/lib/evidence/list-evidences";
import { loadEvidence } from "@/lib/evidence/load-evidence";
import { importResultsWorkbook } from "@/lib/results/import-results";
import { createRandom } from "@/scripts/bench/seed/prng";
import { EVIDENCES_PER_VIGENCIA, seedEvidence } from "@/scripts/bench/seed/seed-evidence";
import { benchResultRows, writeBenchResultsWorkbook } from "@/scripts/bench/seed/seed-official-results";
import type { BenchEntity } from "@/scripts/bench/seed/national-entities";
import { createTenantFixture, type TenantFixture } from "./authorization/tenant-fixture";

let f: TenantFixture;
let entity: BenchEntity;

beforeAll(async () => {
  f = await createTenantFixture("bench_seed_steps");
  const row = await f.owner.entity.findUniqueOrThrow({ where: { id: f.A.entityId } });
  entity = {
    id: row.id,
    index: 1,
    name: row.name,
    nit: row.nit,
    sigepCode: "B000001",
    type: row.type,
    departmentCode: row.departmentCode,
    departmentName: row.departmentName,
    municipalityCode: row.municipalityCode,
    municipalityName: row.municipalityName,
    municipalCategory: row.municipalCategory,
    sharesWithAdvisor: false,
  };
  await f.owner.entity.update({ where: { id: entity.id }, data: { sigepCode: entity.sigepCode } });
});
afterAll(async () => f?.close());

describe("datos nacionales del benchmark", () => {
  it("los metadatos de evidencias se leen con los cargadores de la aplicación", async () => {
    const client = new pg.Client({ connectionString: f.database.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      const seeded = [{ entityId: entity.id, vigencia: 2025, assessmentId: f.A.assessmentId, policyCode: "POL03", activityIds: f.A.activityIds }];
      const counts = await seedEvidence(client, createRandom(7), [entity], seeded, () => f.A.users.RESPONSABLE);
      await client.query("COMMIT");
      expect(counts.evidences).toBe(EVIDENCES_PER_VIGENCIA);
      expect(counts.revisions).toBeGreaterThanOrEqual(EVIDENCES_PER_VIGENCIA);
      expect(counts.files).toBeGreaterThanOrEqual(counts.revisions);
    } finally {
      await client.end();
    }
    const ctx = await loadEntityContext(f.A.users.PLANEACION, f.A.entityId);
    const list = await listEvidences(ctx, { vigencia: 2025 });
    // The fixture's own evidence plus the seeded ones.
    expect(list.total).toBe(EVIDENCES_PER_VIGENCIA + 1);
    const seededRow = list.rows.find((r) => / — POL03 2025$/.test(r.title))!;
    const evidence = await loadEvidence(ctx, seededRow.id);
    expect(evidence.revisions[0]!.files.length).toBeGreaterThan(0);
    for (const file of evidence.revisions.flatMap((r) => r.files)) {
      expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(file.storageKey).toMatch(/^objetos\/[0-9a-f]{2}\/[0-9a-f]{40}$/);
    }
    expect(evidence.links.every((l) => l.targetKind === "ACTIVITY" && l.targetId === f.A.assessmentId)).toBe(true);
  });

  it("el libro de resultados del benchmark entra por la importación real y se enlaza por código SIGEP", async () => {
    const rows = benchResultRows([entity], 2025, 20_261_122);
    expect(benchResultRows([entity], 2025, 20_261_122)).toEqual(rows);
    const bytes = await writeBenchResultsWorkbook(rows, 2025);
    const summary = await importResultsWorkbook(null, { vigencia: 2025, scope: "territorio", fileName: "Resultados_vig2025_territorio.xlsx", bytes }, f.app);
    expect(summary).toMatchObject({ rowCount: 1, matchedCount: 1, replacedCount: 0 });
    const stored = await f.owner.officialEntityResult.findFirstOrThrow({ where: { vigencia: 2025, sigepCode: "B000001" }, include: { policyScores: true } });
    expect(stored.entityId).toBe(entity.id);
    expect(stored.policyScores.find((s) => s.policyCode === "POL03")?.score).toBe(rows[0]!.policies.POL03);
  });
});
