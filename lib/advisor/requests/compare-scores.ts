// Tabla 14: on closing, the policy's official score before the assistance
// (the vigencia the request started from) and after it (the newest later
// vigencia published). Official rows are matched by entity or by código SIGEP.
import type { DbClient } from "@/lib/db/prisma";

export type ScoreComparison = {
  before: { vigencia: number; score: number | null } | null;
  /** Null until Función Pública publishes a vigencia after the baseline. */
  after: { vigencia: number; score: number | null } | null;
  /** after - before, when both exist. */
  change: number | null;
};

export async function compareOfficialScores(
  db: DbClient,
  entity: { id: string; sigepCode: string },
  policyCode: string,
  baselineVigencia: number,
): Promise<ScoreComparison> {
  const rows = await db.officialEntityResult.findMany({
    where: { OR: [{ entityId: entity.id }, { sigepCode: entity.sigepCode }], vigencia: { gte: baselineVigencia } },
    select: { vigencia: true, policyScores: { where: { policyCode }, select: { score: true } } },
    orderBy: { vigencia: "asc" },
  });
  const at = (row: (typeof rows)[number] | undefined) => (row ? { vigencia: row.vigencia, score: row.policyScores[0]?.score ?? null } : null);
  const before = at(rows.find((r) => r.vigencia === baselineVigencia));
  const latest = rows.at(-1);
  const after = latest && latest.vigencia > baselineVigencia ? at(latest) : null;
  const change = before?.score != null && after?.score != null ? after.score - before.score : null;
  return { before, after, change };
}
