// One entity's official results, every vigencia, oldest first: the IDI, the
// 7 dimensions and the 19 policies, for the results page and the trend.
// Rows are found by the entity's current código SIGEP as well as by the link
// made at import time, so an entity created after an import still sees its
// results.
import type { DbClient } from "@/lib/db/prisma";
import { DIMENSION_KEYS, POLICY_CODES, type DimensionKey, type PolicyCode } from "../official-layout";

export type OfficialResult = {
  id: string;
  vigencia: number;
  sigepCode: string;
  entityName: string;
  peerGroup: string | null;
  formType: string | null;
  meciOnly: boolean;
  idi: number | null;
  dimensions: Record<DimensionKey, number | null>;
  policies: Record<PolicyCode, number | null>;
  indexScores: Record<string, number>;
  importedAt: Date;
  fileName: string;
  columnLabels: Record<string, string>;
};

export async function loadEntityOfficialResults(db: DbClient, entity: { id: string; sigepCode: string }): Promise<OfficialResult[]> {
  const rows = await db.officialEntityResult.findMany({
    where: { OR: [{ sigepCode: entity.sigepCode }, { entityId: entity.id }] },
    orderBy: { vigencia: "asc" },
    include: {
      policyScores: { select: { policyCode: true, score: true } },
      import: { select: { importedAt: true, fileName: true, columnLabels: true } },
    },
  });
  return rows.map((r) => {
    const policies = Object.fromEntries(POLICY_CODES.map((code) => [code, null])) as Record<PolicyCode, number | null>;
    for (const s of r.policyScores) if (s.policyCode in policies) policies[s.policyCode as PolicyCode] = s.score;
    return {
      id: r.id,
      vigencia: r.vigencia,
      sigepCode: r.sigepCode,
      entityName: r.entityName,
      peerGroup: r.peerGroup,
      formType: r.formType,
      meciOnly: r.meciOnly,
      idi: r.idi,
      dimensions: Object.fromEntries(DIMENSION_KEYS.map((d) => [d, r[d]])) as Record<DimensionKey, number | null>,
      policies,
      indexScores: (r.indexScores ?? {}) as Record<string, number>,
      importedAt: r.import.importedAt,
      fileName: r.import.fileName,
      columnLabels: (r.import.columnLabels ?? {}) as Record<string, string>,
    };
  });
}

/** The change of a score from the previous vigencia that has one, or null (results page and tablero). */
export function changeFromPrevious<R>(results: readonly R[], index: number, pick: (r: R) => number | null): number | null {
  const current = results[index] ? pick(results[index]) : null;
  if (current === null) return null;
  for (let i = index - 1; i >= 0; i -= 1) {
    const previous = pick(results[i]!);
    if (previous !== null) return current - previous;
  }
  return null;
}
