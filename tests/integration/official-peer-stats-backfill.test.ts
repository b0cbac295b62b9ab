// The migration that adds the grupo par statistics backfills them from the
// official results already in the database (the demo, the benchmark data):
// a database migrated up to the previous migration, with results of two
// vigencias, must read after the migration exactly what the former on-the-fly
// SQL computes, and what a fresh import of the same rows stores.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withSystem, withUser } from "@/lib/db/context";
import { applyMigrations, readMigrationFiles } from "@/lib/db/migrations";
import { createPrismaClient, type Db } from "@/lib/db/prisma";
import { POLICY_CODES } from "@/lib/results/official-layout";
import { refreshPeerStats } from "@/lib/results/peer-stats";
import { loadPeerPosition } from "@/lib/results/queries/peer-position";
import { generateReferenceRows, type GeneratedResultRow } from "@/lib/results/testing/generate-results-workbook";
import { createEmptyDatabase, type TestDatabase } from "./setup/database";
import { peerPositionOnTheFly } from "./setup/peer-stats-oracle";
import { snapshotPeerStats } from "./setup/peer-stats-snapshot";

const MIGRATION = "20261122081036_official_peer_stats";
const VIGENCIAS = [2023, 2024];

let database: TestDatabase;
let owner: Db;
let app: Db;

/** Rows as the import before this migration wrote them (the owner writes directly: the old import code is gone). */
async function insertAsBefore(vigencia: number, rows: GeneratedResultRow[]) {
  const imported = await owner.resultsImport.create({
    data: { vigencia, kind: "RESULTADOS", scope: "territorio", fileName: `anterior-${vigencia}.xlsx`, sha256: "0".repeat(64), rowCount: rows.length, matchedCount: 0 },
  });
  for (const [i, r] of rows.entries()) {
    await owner.officialEntityResult.create({
      data: {
        importId: imported.id,
        vigencia,
        sigepCode: r.sigepCode,
        entityName: r.entityName,
        // Ties across the group: every 4th row repeats the previous IDI; one row has no grupo par.
        peerGroup: i === 5 ? null : r.peerGroup,
        idi: i % 4 === 3 ? rows[i - 1]!.idi : r.idi,
        meciOnly: r.formType === "MECI",
        policyScores: { create: POLICY_CODES.map((policyCode) => ({ policyCode, score: r.policies[policyCode] })) },
      },
    });
  }
}

beforeAll(async () => {
  database = await createEmptyDatabase("peer_stats_backfill");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
  const files = readMigrationFiles();
  const at = files.findIndex((f) => f.name === MIGRATION);
  expect(at).toBeGreaterThan(0);
  await applyMigrations(database.url, { files: files.slice(0, at) });
  for (const [i, vigencia] of VIGENCIAS.entries()) await insertAsBefore(vigencia, generateReferenceRows(36, 40 + i, 520_000));
  await applyMigrations(database.url);
});

afterAll(async () => {
  await owner?.$disconnect();
  await app?.$disconnect();
  await database?.drop();
});

describe("migración de las estadísticas del grupo par", () => {
  it("calcula las estadísticas de los resultados ya importados, igual que el cálculo al vuelo", async () => {
    const reader = await owner.user.create({ data: { email: "lector-backfill@pruebas.faro.co", name: "Lector" } });
    for (const vigencia of VIGENCIAS) {
      const results = await owner.officialEntityResult.findMany({ where: { vigencia }, select: { id: true } });
      expect(results).toHaveLength(36);
      for (const { id } of results) expect(await withUser(reader.id, (db) => loadPeerPosition(db, id), app)).toEqual(await peerPositionOnTheFly(owner, id));
      expect(await owner.officialPeerGroupStat.count({ where: { vigencia } })).toBeGreaterThan(5 * 19);
    }
  });

  it("guarda lo mismo que la importación calcula para cada vigencia", async () => {
    for (const vigencia of VIGENCIAS) {
      const backfilled = await snapshotPeerStats(owner, vigencia);
      await withSystem(null, (db) => refreshPeerStats(db, vigencia), app);
      expect(await snapshotPeerStats(owner, vigencia)).toEqual(backfilled);
    }
  });
});
