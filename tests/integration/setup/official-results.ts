// Test data for official FURAG results: one import with the given rows, as
// the results import would write them (owner client). Scores are chosen by
// each test; they are test data, never shown as real results.
import type { DbClient } from "@/lib/db/prisma";
import { refreshPeerStats } from "@/lib/results/peer-stats";

export type OfficialRowInput = {
  sigepCode: string;
  entityName: string;
  entityId?: string | null;
  departmentCode: string;
  municipalityName?: string;
  idi?: number | null;
  meciOnly?: boolean;
  /** POL code -> score; missing codes are stored as blank (does not apply). */
  scores: Record<string, number | null>;
};

export async function insertOfficialResults(owner: DbClient, vigencia: number, rows: OfficialRowInput[], scope = "territorio") {
  const imported = await owner.resultsImport.create({
    data: { vigencia, kind: "RESULTADOS", scope, fileName: `prueba-${vigencia}.xlsx`, sha256: "0".repeat(64), rowCount: rows.length, matchedCount: 0 },
  });
  for (const r of rows) {
    await owner.officialEntityResult.create({
      data: {
        importId: imported.id,
        vigencia,
        sigepCode: r.sigepCode,
        entityId: r.entityId ?? null,
        entityName: r.entityName,
        departmentCode: r.departmentCode,
        departmentName: r.departmentCode === "05" ? "Antioquia" : `Departamento ${r.departmentCode}`,
        municipalityName: r.municipalityName ?? null,
        meciOnly: r.meciOnly ?? false,
        idi: r.idi ?? null,
        policyScores: { create: Object.entries(r.scores).map(([policyCode, score]) => ({ policyCode, score })) },
      },
    });
  }
  // Like the import: the vigencia's grupo par statistics follow its rows.
  await refreshPeerStats(owner, vigencia);
  return imported.id;
}
