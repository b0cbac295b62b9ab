// The entity's official FURAG results (published by Función Pública, never
// mixed with its autodiagnóstico): the IDI and each policy across vigencias,
// the change from the previous vigencia and the grupo par median. Null when
// nothing official has been imported for the entity, so the section is not
// shown. Three queries, whatever the number of vigencias.
import type { EntityContext } from "@/lib/authz/entity-context";
import { withTenant } from "@/lib/db/context";
import type { DbClient } from "@/lib/db/prisma";
import { POLICY_NAMES } from "@/lib/members/policy-names";
import { POLICY_CODES } from "@/lib/results/official-layout";
import { changeFromPrevious, loadEntityOfficialResults, type OfficialResult } from "@/lib/results/queries/entity-results";
import { loadPeerPosition } from "@/lib/results/queries/peer-position";
import type { OfficialResultsSection } from "../types";

type MedianRow = { id: string; median: number };

/** Median IDI of each result's grupo par and vigencia (blank scores left out), precomputed by the results import. */
async function peerMedianIdis(db: DbClient, resultIds: string[]): Promise<Map<string, number>> {
  if (resultIds.length === 0) return new Map();
  const rows = await db.$queryRaw<MedianRow[]>`
    SELECT me.id::text AS id, g.median
    FROM "official_entity_results" me
    JOIN "official_peer_group_stats" g ON g.vigencia = me.vigencia AND g.peer_group = me.peer_group AND g.code = 'IDI'
    WHERE me.id = ANY(${resultIds}::uuid[])`;
  return new Map(rows.map((r) => [r.id, r.median]));
}

/** The result the figures are about: the dashboard's vigencia if published, else the latest. */
function selectedIndex(results: OfficialResult[], vigencia: number): number {
  const exact = results.findIndex((r) => r.vigencia === vigencia);
  return exact >= 0 ? exact : results.length - 1;
}

export async function loadOfficialResultsSection(ctx: EntityContext, vigencia: number): Promise<OfficialResultsSection | null> {
  return withTenant(ctx, async (db) => {
    const entity = await db.entity.findUniqueOrThrow({ where: { id: ctx.entityId }, select: { id: true, sigepCode: true } });
    const results = await loadEntityOfficialResults(db, entity);
    if (results.length === 0) return null;
    const index = selectedIndex(results, vigencia);
    const selected = results[index]!;
    const medians = await peerMedianIdis(db, results.filter((r) => r.peerGroup !== null).map((r) => r.id));
    const peers = new Map((await loadPeerPosition(db, selected.id)).map((s) => [s.code, s.median]));
    return {
      kind: "official-results",
      vigencia: selected.vigencia,
      peerGroup: selected.peerGroup,
      vigencias: results.map((r) => ({ vigencia: r.vigencia, idi: r.idi, meciOnly: r.meciOnly, peerMedianIdi: medians.get(r.id) ?? null })),
      idi: selected.idi,
      idiChange: changeFromPrevious(results, index, (r) => r.idi),
      policies: POLICY_CODES.map((code) => ({
        code,
        name: POLICY_NAMES[code],
        scores: results.map((r) => r.policies[code]),
        change: changeFromPrevious(results, index, (r) => r.policies[code]),
        peerMedian: peers.get(code) ?? null,
      })),
    };
  });
}
