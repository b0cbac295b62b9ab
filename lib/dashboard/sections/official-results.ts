// The entity's official FURAG results (published by Función Pública, never
// mixed with its autodiagnóstico): the IDI and each policy across vigencias,
// the change from the previous vigencia and the grupo par median (read from
// the statistics the import precomputes, lib/results/peer-stats.ts). Null
// when nothing official has been imported for the entity, so the section is
// not shown. Two statements in the dashboard's transaction, whatever the
// number of vigencias; they select the rows the results page's loaders
// (loadEntityOfficialResults, loadPeerPosition) select, and
// tests/integration/dashboard-sql-equals-pages.test.ts keeps them equal.
import type { EntityContext } from "@/lib/authz/entity-context";
import { sql, type SqlTx } from "@/lib/db/sql";
import { POLICY_NAMES } from "@/lib/members/policy-names";
import { POLICY_CODES } from "@/lib/results/official-layout";
import { changeFromPrevious } from "@/lib/results/queries/entity-results";
import type { OfficialResultsSection } from "../types";

type ResultRow = {
  id: string;
  vigencia: number;
  peerGroup: string | null;
  meciOnly: boolean;
  idi: number | null;
  peerMedianIdi: number | null;
  /** POL code → score (null: does not apply); codes without a row are absent. */
  policies: Record<string, number | null>;
};

/** The result the figures are about: the dashboard's vigencia if published, else the latest. */
function selectedIndex(results: ResultRow[], vigencia: number): number {
  const exact = results.findIndex((r) => r.vigencia === vigencia);
  return exact >= 0 ? exact : results.length - 1;
}

export async function readOfficialResultsSection(tx: SqlTx, ctx: EntityContext, vigencia: number): Promise<OfficialResultsSection | null> {
  // Found by the entity's current código SIGEP as well as by the link made at import time (as the results page).
  const results = await tx.rows<ResultRow>(sql`
    SELECT r.id::text AS id, r.vigencia, r.peer_group AS "peerGroup", r.meci_only AS "meciOnly", r.idi, g.median AS "peerMedianIdi",
      COALESCE((SELECT json_object_agg(s.policy_code, s.score) FROM official_policy_scores s WHERE s.result_id = r.id), '{}'::json) AS policies
    FROM official_entity_results r
    LEFT JOIN official_peer_group_stats g ON g.vigencia = r.vigencia AND g.peer_group = r.peer_group AND g.code = 'IDI'
    WHERE r.sigep_code = (SELECT e.sigep_code FROM entities e WHERE e.id = ${ctx.entityId}::uuid) OR r.entity_id = ${ctx.entityId}::uuid
    ORDER BY r.vigencia`);
  if (results.length === 0) return null;
  const index = selectedIndex(results, vigencia);
  const selected = results[index]!;
  const medians = await tx.rows<{ code: string; median: number }>(sql`
    SELECT g.code, g.median FROM official_entity_results r
    JOIN official_peer_group_stats g ON g.vigencia = r.vigencia AND g.peer_group = r.peer_group
    WHERE r.id = ${selected.id}::uuid`);
  const peers = new Map(medians.map((m) => [m.code, m.median]));
  const score = (r: ResultRow, code: string) => r.policies[code] ?? null;
  return {
    kind: "official-results",
    vigencia: selected.vigencia,
    peerGroup: selected.peerGroup,
    vigencias: results.map((r) => ({ vigencia: r.vigencia, idi: r.idi, meciOnly: r.meciOnly, peerMedianIdi: r.peerMedianIdi })),
    idi: selected.idi,
    idiChange: changeFromPrevious(results, index, (r) => r.idi),
    policies: POLICY_CODES.map((code) => ({
      code,
      name: POLICY_NAMES[code],
      scores: results.map((r) => score(r, code)),
      change: changeFromPrevious(results, index, (r) => score(r, code)),
      peerMedian: peers.get(code) ?? null,
    })),
  };
}
