-- CreateTable
CREATE TABLE "official_peer_group_stats" (
    "vigencia" INTEGER NOT NULL,
    "peer_group" TEXT NOT NULL,
    "code" VARCHAR(5) NOT NULL,
    "group_size" INTEGER NOT NULL,
    "median" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "official_peer_group_stats_pkey" PRIMARY KEY ("vigencia","peer_group","code")
);

-- CreateTable
CREATE TABLE "official_peer_standings" (
    "result_id" UUID NOT NULL,
    "code" VARCHAR(5) NOT NULL,
    "position" INTEGER NOT NULL,
    "percentile" DOUBLE PRECISION,

    CONSTRAINT "official_peer_standings_pkey" PRIMARY KEY ("result_id","code")
);

-- AddForeignKey
ALTER TABLE "official_peer_standings" ADD CONSTRAINT "official_peer_standings_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "official_entity_results"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Grupo par statistics are derived from the official results, which are
-- platform reference data: the same grants and row-level security as
-- official_entity_results (every signed-in person reads, only system scope —
-- the results import — writes). No audit trigger: like the result rows, they
-- are the imported file itself, recomputed by every import.
GRANT SELECT, INSERT, UPDATE, DELETE ON "official_peer_group_stats", "official_peer_standings" TO faro_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['official_peer_group_stats', 'official_peer_standings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR SELECT USING (faro_is_system() OR faro_current_user_id() IS NOT NULL)',
      t || '_read', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I FOR ALL USING (faro_is_system()) WITH CHECK (faro_is_system())',
      t || '_write', t);
  END LOOP;
END
$$;

-- Backfill every vigencia already imported, so a database migrated with
-- results in it (the demo, the benchmark dataset) is right at once. The same
-- statement as lib/results/peer-stats.ts (refreshPeerStats), for all
-- vigencias at once: keep both in step.
-- System scope for this transaction only: the results tables FORCE row-level
-- security, so a migrating role that is their owner but not a superuser would
-- otherwise read no result and write no statistic.
SELECT set_config('faro.system', 'on', true);
WITH scores AS (
  SELECT r.id, r.vigencia, r.peer_group, 'IDI'::text AS code, r.idi AS score
  FROM "official_entity_results" r
  WHERE r.peer_group IS NOT NULL AND r.idi IS NOT NULL
  UNION ALL
  SELECT r.id, r.vigencia, r.peer_group, s.policy_code, s.score
  FROM "official_entity_results" r JOIN "official_policy_scores" s ON s.result_id = r.id
  WHERE r.peer_group IS NOT NULL AND s.score IS NOT NULL
), groups AS (
  INSERT INTO "official_peer_group_stats" (vigencia, peer_group, code, group_size, median)
  SELECT vigencia, peer_group, code, count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY score)
  FROM scores GROUP BY vigencia, peer_group, code
)
INSERT INTO "official_peer_standings" (result_id, code, position, percentile)
SELECT id, code,
  rank() OVER (PARTITION BY vigencia, peer_group, code ORDER BY score DESC),
  CASE WHEN count(*) OVER (PARTITION BY vigencia, peer_group, code) = 1 THEN NULL
       ELSE percent_rank() OVER (PARTITION BY vigencia, peer_group, code ORDER BY score) * 100 END
FROM scores;
