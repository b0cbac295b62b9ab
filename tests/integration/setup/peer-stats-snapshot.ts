// Everything stored about the grupo par statistics of one vigencia, keyed by
// código SIGEP rather than result id, to prove that an import left another
// vigencia untouched or that two databases hold the same figures.
import type { DbClient } from "@/lib/db/prisma";

export async function snapshotPeerStats(db: DbClient, vigencia: number) {
  const groups = await db.officialPeerGroupStat.findMany({ where: { vigencia }, orderBy: [{ peerGroup: "asc" }, { code: "asc" }] });
  const standings = await db.officialPeerStanding.findMany({
    where: { result: { vigencia } },
    select: { code: true, position: true, percentile: true, result: { select: { id: true, sigepCode: true } } },
  });
  const bySigep = standings
    .map((s) => ({ resultId: s.result.id, sigepCode: s.result.sigepCode, code: s.code, position: s.position, percentile: s.percentile }))
    .sort((a, b) => a.sigepCode.localeCompare(b.sigepCode) || a.code.localeCompare(b.code));
  return { groups, standings: bySigep };
}
