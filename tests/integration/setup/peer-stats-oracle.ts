// The grupo par figures as the app computed them on every request before
// issue #9 moved them into the results import: these statements are the
// oracle the precomputed tables must equal. Kept verbatim (only the result id
// is a parameter) so any drift in lib/results/peer-stats.ts or the migration
// backfill shows up.
import type { DbClient } from "@/lib/db/prisma";
import type { PeerStanding } from "@/lib/results/queries/peer-position";

type Row = { code: string; group_size: bigint; median: number; score: number | null; position: bigint | null; percentile: number | null; alone: boolean };

/** The former loadPeerPosition: aggregates the whole grupo par on the fly. */
export async function peerPositionOnTheFly(db: DbClient, resultId: string): Promise<PeerStanding[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH me AS (
      SELECT id, vigencia, peer_group FROM "official_entity_results" WHERE id = ${resultId}::uuid AND peer_group IS NOT NULL
    ), peers AS (
      SELECT r.id, 'IDI'::text AS code, r.idi AS score
      FROM "official_entity_results" r JOIN me ON r.vigencia = me.vigencia AND r.peer_group = me.peer_group
      WHERE r.idi IS NOT NULL
      UNION ALL
      SELECT r.id, s.policy_code, s.score
      FROM "official_entity_results" r JOIN me ON r.vigencia = me.vigencia AND r.peer_group = me.peer_group
      JOIN "official_policy_scores" s ON s.result_id = r.id
      WHERE s.score IS NOT NULL
    ), ranked AS (
      SELECT id, code, score,
        percent_rank() OVER (PARTITION BY code ORDER BY score) AS percentile,
        rank() OVER (PARTITION BY code ORDER BY score DESC) AS position
      FROM peers
    ), groups AS (
      SELECT code, count(*) AS group_size, percentile_cont(0.5) WITHIN GROUP (ORDER BY score) AS median FROM peers GROUP BY code
    )
    SELECT g.code, g.group_size, g.median, k.score, k.position, k.percentile * 100 AS percentile, g.group_size = 1 AS alone
    FROM groups g LEFT JOIN ranked k ON k.code = g.code AND k.id = ${resultId}::uuid
    ORDER BY g.code = 'IDI' DESC, g.code`;
  return rows.map((r) => ({
    code: r.code,
    groupSize: Number(r.group_size),
    median: r.median,
    score: r.score,
    position: r.position === null ? null : Number(r.position),
    percentile: r.percentile === null || r.alone ? null : r.percentile,
  }));
}

/** The former peerMedianIdis of the dashboard: median IDI of each result's grupo par. */
export async function peerMedianIdisOnTheFly(db: DbClient, resultIds: string[]): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ id: string; median: number }[]>`
    SELECT me.id::text AS id, percentile_cont(0.5) WITHIN GROUP (ORDER BY r.idi) AS median
    FROM "official_entity_results" me
    JOIN "official_entity_results" r ON r.vigencia = me.vigencia AND r.peer_group = me.peer_group
    WHERE me.id = ANY(${resultIds}::uuid[]) AND r.idi IS NOT NULL
    GROUP BY me.id`;
  return new Map(rows.map((r) => [r.id, r.median]));
}
