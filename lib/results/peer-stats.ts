// Grupo par statistics of one vigencia, derived from its official results:
// the size and median of each group for the IDI and each policy
// (official_peer_group_stats) and each result's position and percentile in
// it (official_peer_standings). Official results only change when an import
// replaces a vigencia, so the import recomputes them in its own transaction
// and the pages read them by primary key (issue #9: computing them on every
// request cost ~75 ms of database time per dashboard at national scale).
//
// Semantics (the on-the-fly queries they replace): a blank score (does not
// apply) is left out of that score's group; median = percentile_cont(0.5);
// position = rank() by score descending (ties share it); percentile =
// percent_rank() × 100 by score ascending, null when alone in the group.
// Results without a grupo par have no statistics.
//
// The migration 20261122081036_official_peer_stats backfills every vigencia
// with the same statement; keep both in step.
import type { DbClient } from "@/lib/db/prisma";

/** Replaces the grupo par statistics of a vigencia: two deletes and one INSERT … SELECT (set-based, no per-row work). */
export async function refreshPeerStats(db: DbClient, vigencia: number): Promise<void> {
  await db.$executeRaw`DELETE FROM "official_peer_group_stats" WHERE vigencia = ${vigencia}::int`;
  // Standings of rows replaced by the import went with them (ON DELETE CASCADE);
  // rows of the vigencia imported with another scope's file are recomputed too.
  await db.$executeRaw`
    DELETE FROM "official_peer_standings" s USING "official_entity_results" r
    WHERE s.result_id = r.id AND r.vigencia = ${vigencia}::int`;
  await db.$executeRaw`
    WITH scores AS (
      SELECT r.id, r.peer_group, 'IDI'::text AS code, r.idi AS score
      FROM "official_entity_results" r
      WHERE r.vigencia = ${vigencia}::int AND r.peer_group IS NOT NULL AND r.idi IS NOT NULL
      UNION ALL
      SELECT r.id, r.peer_group, s.policy_code, s.score
      FROM "official_entity_results" r JOIN "official_policy_scores" s ON s.result_id = r.id
      WHERE r.vigencia = ${vigencia}::int AND r.peer_group IS NOT NULL AND s.score IS NOT NULL
    ), groups AS (
      INSERT INTO "official_peer_group_stats" (vigencia, peer_group, code, group_size, median)
      SELECT ${vigencia}::int, peer_group, code, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY score)
      FROM scores GROUP BY peer_group, code
    )
    INSERT INTO "official_peer_standings" (result_id, code, position, percentile)
    SELECT id, code,
      rank() OVER (PARTITION BY peer_group, code ORDER BY score DESC),
      CASE WHEN count(*) OVER (PARTITION BY peer_group, code) = 1 THEN NULL
           ELSE percent_rank() OVER (PARTITION BY peer_group, code ORDER BY score) * 100 END
    FROM scores`;
}
