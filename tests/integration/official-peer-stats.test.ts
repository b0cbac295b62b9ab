// Grupo par statistics precomputed by the results import (issue #9): after
// importing generated workbooks in Función Pública's layout, what the pages
// read (loadPeerPosition, the dashboard's medians) must equal what the former
// on-the-fly SQL computes (tests/integration/setup/peer-stats-oracle.ts), with
// blanks, ties, an entity alone in its group, rows without a grupo par, a
// re-import, a second scope, and the migration's backfill of existing data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntityContext } from "@/lib/authz/entity-context";
import { readOfficialResultsSection } from "@/lib/dashboard/sections/official-results";
import { withTenant, withUser } from "@/lib/db/context";
import { createPrismaClient, setAppPrisma, type Db } from "@/lib/db/prisma";
import { withTenantSql } from "@/lib/db/sql";
import { importResultsWorkbook } from "@/lib/results/import-results";
import { loadPeerPosition } from "@/lib/results/queries/peer-position";
import { generateReferenceRows, generateScores, seededRandom, writeResultsWorkbook, type GeneratedResultRow } from "@/lib/results/testing/generate-results-workbook";
import { addMembership, createEntity, createUser } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "./setup/database";
import { peerMedianIdisOnTheFly, peerPositionOnTheFly } from "./setup/peer-stats-oracle";
import { snapshotPeerStats } from "./setup/peer-stats-snapshot";

const TIED = "Grupo con empates";
const LINKED_SIGEP = "600002";

/** Six members of one grupo par: IDI and POL03 ties and blanks, POL05 scored by one member only, the last one MECI-only. */
function tiedGroup(vigencia: number, shift = 0): GeneratedResultRow[] {
  const random = seededRandom(vigencia);
  return [0, 1, 2, 3, 4, 5].map((i) => {
    const row = generateScores({ sigepCode: String(600_000 + i), entityName: `Par ${i}`, departmentName: "Antioquia", municipalityName: `Municipio ${i}`, peerGroup: TIED }, i, random);
    row.idi = i === 5 ? null : [60, 60, 70, 80, 80][i]! + shift;
    row.policies.POL03 = [40, 40, 55, 90, null, null][i]!;
    row.policies.POL05 = i === 2 ? 61.5 : null;
    if (i === 5) {
      row.formType = "MECI";
      for (const code of Object.keys(row.policies) as (keyof typeof row.policies)[]) if (code !== "POL19") row.policies[code] = null;
    }
    return row;
  });
}

const alone = (vigencia: number) =>
  generateScores({ sigepCode: "600010", entityName: "Sola en su grupo", departmentName: "Meta", municipalityName: "Sola", peerGroup: "Grupo de una entidad" }, 0, seededRandom(vigencia + 50));
const withoutGroup = (vigencia: number) =>
  generateScores({ sigepCode: "600020", entityName: "Sin grupo par", departmentName: "Huila", municipalityName: "Sin grupo", peerGroup: "" }, 1, seededRandom(vigencia + 60));

let database: TestDatabase;
let owner: Db;
let app: Db;
let readerId: string;
let linkedEntityId: string;

async function importFile(vigencia: number, rows: GeneratedResultRow[], scope: "territorio" | "nacion" = "territorio") {
  const bytes = await writeResultsWorkbook(rows, vigencia);
  return importResultsWorkbook(null, { vigencia, scope, fileName: `Resultados_vig${vigencia}_${scope}.xlsx`, bytes }, app);
}

const resultIdsOf = async (vigencia: number) =>
  (await owner.officialEntityResult.findMany({ where: { vigencia }, select: { id: true }, orderBy: { sigepCode: "asc" } })).map((r) => r.id);
const resultIdOf = async (vigencia: number, sigepCode: string) => (await owner.officialEntityResult.findUniqueOrThrow({ where: { vigencia_sigepCode: { vigencia, sigepCode } } })).id;
const stored = (resultId: string) => withUser(readerId, (db) => loadPeerPosition(db, resultId), app);

/** Every result of the vigencia: what the app reads equals what the on-the-fly SQL computes. */
async function expectMatchesOracle(vigencia: number) {
  const ids = await resultIdsOf(vigencia);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) expect(await stored(id), `resultado ${id}`).toEqual(await peerPositionOnTheFly(owner, id));
  const groups = await owner.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (SELECT DISTINCT r.peer_group, s.policy_code FROM official_entity_results r JOIN official_policy_scores s ON s.result_id = r.id
      WHERE r.vigencia = ${vigencia}::int AND r.peer_group IS NOT NULL AND s.score IS NOT NULL
      UNION SELECT DISTINCT peer_group, 'IDI' FROM official_entity_results WHERE vigencia = ${vigencia}::int AND peer_group IS NOT NULL AND idi IS NOT NULL) g`;
  expect(await owner.officialPeerGroupStat.count({ where: { vigencia } })).toBe(Number(groups[0]!.n));
}

beforeAll(async () => {
  database = await createTestDatabase("peer_stats");
  owner = createPrismaClient(database.url, { asAppRole: false });
  app = createPrismaClient(database.url);
  setAppPrisma(app);
  const entity = await createEntity(owner, { name: "Alcaldía enlazada", type: "ALCALDIA", sigepCode: LINKED_SIGEP, departmentCode: "05", departmentName: "Antioquia" });
  const reader = await createUser(owner);
  await addMembership(owner, reader.id, entity.id, "LECTOR");
  readerId = reader.id;
  linkedEntityId = entity.id;
  await importFile(2024, [...tiedGroup(2024), alone(2024), withoutGroup(2024), ...generateReferenceRows(30, 7, 510_000)]);
  await importFile(2025, [...tiedGroup(2025, 2), alone(2025), withoutGroup(2025), ...generateReferenceRows(25, 9, 510_000)]);
});

afterAll(async () => {
  setAppPrisma(undefined);
  await owner?.$disconnect();
  await app?.$disconnect();
  await database?.drop();
});

describe("estadísticas del grupo par calculadas al importar", () => {
  it("coinciden con el cálculo al vuelo para cada resultado de cada vigencia", async () => {
    await expectMatchesOracle(2024);
    await expectMatchesOracle(2025);
  });

  it("empates, blancos, una sola entidad con puntaje y entidades sin grupo par, calculados a mano", async () => {
    const [first, second, middle, , , meci] = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => resultIdOf(2024, String(600_000 + i)).then(stored)));
    // IDI 60, 60, 70, 80, 80 and a MECI-only blank → median 70; ties share the position.
    expect(first!.find((s) => s.code === "IDI")).toEqual({ code: "IDI", groupSize: 5, median: 70, score: 60, position: 4, percentile: 0 });
    expect(second!.find((s) => s.code === "IDI")).toEqual({ code: "IDI", groupSize: 5, median: 70, score: 60, position: 4, percentile: 0 });
    expect(middle!.find((s) => s.code === "IDI")).toEqual({ code: "IDI", groupSize: 5, median: 70, score: 70, position: 3, percentile: 50 });
    expect(meci!.find((s) => s.code === "IDI")).toEqual({ code: "IDI", groupSize: 5, median: 70, score: null, position: null, percentile: null });
    // POL03 40, 40, 55, 90 and two blanks → median 47.5.
    expect(middle!.find((s) => s.code === "POL03")!).toMatchObject({ groupSize: 4, median: 47.5, score: 55, position: 2 });
    // POL05: only the middle member has a score, so it is alone (no percentile) and the others see the group without a position.
    expect(middle!.find((s) => s.code === "POL05")).toEqual({ code: "POL05", groupSize: 1, median: 61.5, score: 61.5, position: 1, percentile: null });
    expect(first!.find((s) => s.code === "POL05")).toEqual({ code: "POL05", groupSize: 1, median: 61.5, score: null, position: null, percentile: null });
    expect(first![0]!.code).toBe("IDI");
    expect(await owner.officialPeerStanding.count({ where: { result: { vigencia: 2024, sigepCode: "600005" } } })).toBe(1); // only POL19

    const solo = await stored(await resultIdOf(2024, "600010"));
    expect(solo).toHaveLength(20);
    for (const s of solo) expect(s).toMatchObject({ groupSize: 1, position: 1, percentile: null, median: s.score });

    const noGroup = await resultIdOf(2024, "600020");
    expect((await owner.officialEntityResult.findUniqueOrThrow({ where: { id: noGroup } })).peerGroup).toBeNull();
    expect(await stored(noGroup)).toEqual([]);
    expect(await owner.officialPeerStanding.count({ where: { resultId: noGroup } })).toBe(0);
  });

  it("el tablero lee las mismas medianas del grupo par que antes", async () => {
    const ctx = await loadEntityContext(readerId, linkedEntityId);
    const section = (await withTenantSql(ctx, (tx) => readOfficialResultsSection(tx, ctx, 2025)))!;
    const ids = [await resultIdOf(2024, LINKED_SIGEP), await resultIdOf(2025, LINKED_SIGEP)];
    const medians = await peerMedianIdisOnTheFly(owner, ids);
    expect(section.vigencias.map((v) => v.peerMedianIdi)).toEqual(ids.map((id) => medians.get(id)));
    expect(section.vigencias.map((v) => v.peerMedianIdi)).toEqual([70, 72]);
    const standings = await peerPositionOnTheFly(owner, ids[1]!);
    for (const policy of section.policies) expect(policy.peerMedian).toBe(standings.find((s) => s.code === policy.code)?.median ?? null);
  });

  it("reimportar una vigencia con otros puntajes las actualiza y no toca las demás vigencias", async () => {
    const before2025 = await snapshotPeerStats(owner, 2025);
    const before2024 = await snapshotPeerStats(owner, 2024);
    const changed = tiedGroup(2024, 10);
    changed[1]!.policies.POL05 = 30; // POL05 is no longer a group of one
    await importFile(2024, [...changed, alone(2024), ...generateReferenceRows(12, 8, 510_000)]);
    await expectMatchesOracle(2024);
    expect(await snapshotPeerStats(owner, 2024)).not.toEqual(before2024);
    expect((await stored(await resultIdOf(2024, "600002"))).find((s) => s.code === "POL05")).toEqual({ code: "POL05", groupSize: 2, median: 45.75, score: 61.5, position: 1, percentile: 100 });
    expect(await snapshotPeerStats(owner, 2025)).toEqual(before2025);
    // The standings of the replaced rows went with them.
    const orphans = await owner.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM official_peer_standings s JOIN official_entity_results r ON r.id = s.result_id JOIN results_imports i ON i.id = r.import_id WHERE i.superseded_at IS NOT NULL`;
    expect(Number(orphans[0]!.n)).toBe(0);
  });

  it("un archivo de otro alcance en la misma vigencia recalcula el grupo con las filas de ambos archivos", async () => {
    const national = generateScores({ sigepCode: "600030", entityName: "Entidad nacional del grupo", departmentName: "Antioquia", municipalityName: null, peerGroup: TIED }, 1, seededRandom(3));
    national.idi = 99;
    await importFile(2025, [national], "nacion");
    await expectMatchesOracle(2025);
    expect((await stored(await resultIdOf(2025, "600003"))).find((s) => s.code === "IDI")).toMatchObject({ groupSize: 6, score: 82, position: 2 });
  });

  it("solo el sistema escribe las estadísticas; toda persona con sesión las lee", async () => {
    const ctx = { userId: readerId, entityId: linkedEntityId };
    await expect(withTenant(ctx, (db) => db.officialPeerGroupStat.updateMany({ data: { median: 0 } }), app)).resolves.toEqual({ count: 0 });
    await expect(withTenant(ctx, (db) => db.officialPeerStanding.deleteMany(), app)).resolves.toEqual({ count: 0 });
    await expect(withTenant(ctx, (db) => db.officialPeerGroupStat.create({ data: { vigencia: 2030, peerGroup: "x", code: "IDI", groupSize: 1, median: 1 } }), app)).rejects.toThrow();
    expect(await withTenant(ctx, (db) => db.officialPeerGroupStat.count(), app)).toBe(await owner.officialPeerGroupStat.count());
  });
});
