// Where an entity stands in its grupo par for one vigencia, for the IDI and
// each policy: group size, median, position (1 = highest score) and
// percentile (share of the other entities of the group with a lower score,
// PostgreSQL's percent_rank). Entities whose score is blank (does not apply)
// are left out of that score's group. One SQL statement.
import type { DbClient } from "@/lib/db/prisma";

export type PeerStanding = {
  /** "IDI" or "POL01".."POL19". */
  code: string;
  groupSize: number;
  median: number;
  /** Null when the entity has no score for it. */
  score: number | null;
  position: number | null;
  /** 0-100; null without a score or when the entity is alone in the group. */
  percentile: number | null;
};

type Row = { code: string; group_size: bigint; median: number; score: number | null; position: bigint | null; percentile: number | null; alone: boolean };

export async function loadPeerPosition(db: DbClient, resultId: string): Promise<PeerStanding[]> {
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
