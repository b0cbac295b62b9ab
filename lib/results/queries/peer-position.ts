// Where an entity stands in its grupo par for one vigencia, for the IDI and
// each policy: group size, median, position (1 = highest score) and
// percentile (share of the other entities of the group with a lower score,
// PostgreSQL's percent_rank). Entities whose score is blank (does not apply)
// are left out of that score's group. The figures are computed by the import
// (lib/results/peer-stats.ts); this reads them by primary key: one statement.
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

type Row = { code: string; group_size: number; median: number; score: number | null; position: number | null; percentile: number | null };

export async function loadPeerPosition(db: DbClient, resultId: string): Promise<PeerStanding[]> {
  // Every code the group has a score for; the entity's own score and standing
  // only where it has one (a blank score has no standing row).
  const rows = await db.$queryRaw<Row[]>`
    SELECT g.code, g.group_size, g.median, k.position, k.percentile,
      CASE WHEN k.result_id IS NULL THEN NULL WHEN g.code = 'IDI' THEN me.idi ELSE p.score END AS score
    FROM "official_entity_results" me
    JOIN "official_peer_group_stats" g ON g.vigencia = me.vigencia AND g.peer_group = me.peer_group
    LEFT JOIN "official_peer_standings" k ON k.result_id = me.id AND k.code = g.code
    LEFT JOIN "official_policy_scores" p ON p.result_id = me.id AND p.policy_code = g.code
    WHERE me.id = ${resultId}::uuid
    ORDER BY g.code = 'IDI' DESC, g.code`;
  return rows.map((r) => ({
    code: r.code,
    groupSize: r.group_size,
    median: r.median,
    score: r.score,
    position: r.position,
    percentile: r.percentile,
  }));
}
