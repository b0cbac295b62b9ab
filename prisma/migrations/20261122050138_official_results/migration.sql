-- CreateEnum
CREATE TYPE "ResultsImportKind" AS ENUM ('RESULTADOS', 'RECOMENDACIONES');

-- CreateTable
CREATE TABLE "results_imports" (
    "id" UUID NOT NULL,
    "vigencia" INTEGER NOT NULL,
    "kind" "ResultsImportKind" NOT NULL,
    "scope" VARCHAR(20) NOT NULL,
    "file_name" TEXT NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "row_count" INTEGER NOT NULL,
    "matched_count" INTEGER NOT NULL,
    "meci_only_count" INTEGER NOT NULL DEFAULT 0,
    "column_labels" JSONB,
    "imported_by_id" UUID,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "superseded_at" TIMESTAMPTZ(3),

    CONSTRAINT "results_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "official_entity_results" (
    "id" UUID NOT NULL,
    "import_id" UUID NOT NULL,
    "vigencia" INTEGER NOT NULL,
    "sigep_code" VARCHAR(20) NOT NULL,
    "entity_id" UUID,
    "entity_name" TEXT NOT NULL,
    "legal_nature" TEXT,
    "orden" TEXT,
    "sector" TEXT,
    "department_code" VARCHAR(2),
    "department_name" TEXT,
    "municipality_code" VARCHAR(5),
    "municipality_name" TEXT,
    "peer_group" TEXT,
    "form_type" TEXT,
    "meci_only" BOOLEAN NOT NULL DEFAULT false,
    "idi" DOUBLE PRECISION,
    "d1" DOUBLE PRECISION,
    "d2" DOUBLE PRECISION,
    "d3" DOUBLE PRECISION,
    "d4" DOUBLE PRECISION,
    "d5" DOUBLE PRECISION,
    "d6" DOUBLE PRECISION,
    "d7" DOUBLE PRECISION,
    "index_scores" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "official_entity_results_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "official_policy_scores" (
    "result_id" UUID NOT NULL,
    "policy_code" VARCHAR(5) NOT NULL,
    "score" DOUBLE PRECISION,

    CONSTRAINT "official_policy_scores_pkey" PRIMARY KEY ("result_id","policy_code")
);

-- CreateTable
CREATE TABLE "official_recommendations" (
    "id" UUID NOT NULL,
    "import_id" UUID NOT NULL,
    "vigencia" INTEGER NOT NULL,
    "sigep_code" VARCHAR(20) NOT NULL,
    "entity_id" UUID,
    "policy_code" VARCHAR(5),
    "policy_name" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "related_policy_name" TEXT,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "official_recommendations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "results_imports_vigencia_kind_scope_idx" ON "results_imports"("vigencia", "kind", "scope");

-- CreateIndex
CREATE INDEX "official_entity_results_sigep_code_idx" ON "official_entity_results"("sigep_code");

-- CreateIndex
CREATE INDEX "official_entity_results_vigencia_department_code_idx" ON "official_entity_results"("vigencia", "department_code");

-- CreateIndex
CREATE INDEX "official_entity_results_vigencia_peer_group_idx" ON "official_entity_results"("vigencia", "peer_group");

-- CreateIndex
CREATE INDEX "official_entity_results_entity_id_vigencia_idx" ON "official_entity_results"("entity_id", "vigencia");

-- CreateIndex
CREATE INDEX "official_entity_results_import_id_idx" ON "official_entity_results"("import_id");

-- CreateIndex
CREATE UNIQUE INDEX "official_entity_results_vigencia_sigep_code_key" ON "official_entity_results"("vigencia", "sigep_code");

-- CreateIndex
CREATE INDEX "official_recommendations_entity_id_vigencia_idx" ON "official_recommendations"("entity_id", "vigencia");

-- CreateIndex
CREATE INDEX "official_recommendations_vigencia_sigep_code_idx" ON "official_recommendations"("vigencia", "sigep_code");

-- CreateIndex
CREATE INDEX "official_recommendations_import_id_idx" ON "official_recommendations"("import_id");

-- AddForeignKey
ALTER TABLE "results_imports" ADD CONSTRAINT "results_imports_imported_by_id_fkey" FOREIGN KEY ("imported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_entity_results" ADD CONSTRAINT "official_entity_results_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "results_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_entity_results" ADD CONSTRAINT "official_entity_results_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_policy_scores" ADD CONSTRAINT "official_policy_scores_result_id_fkey" FOREIGN KEY ("result_id") REFERENCES "official_entity_results"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_recommendations" ADD CONSTRAINT "official_recommendations_import_id_fkey" FOREIGN KEY ("import_id") REFERENCES "results_imports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "official_recommendations" ADD CONSTRAINT "official_recommendations_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Official FURAG results are platform reference data: every signed-in person
-- may read them (peer comparison needs other entities' rows), so no tenant
-- filter on reading; only system scope (the platform operator's import, the
-- CLI, the seed) writes them.
GRANT SELECT, INSERT, UPDATE, DELETE ON
  "results_imports", "official_entity_results", "official_policy_scores", "official_recommendations"
TO faro_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['results_imports', 'official_entity_results', 'official_policy_scores', 'official_recommendations'] LOOP
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

-- Who imported which file and when is audited; the thousands of result rows
-- of one import are not (they are the file itself, identified by its sha256).
CREATE TRIGGER audit_results_imports AFTER INSERT OR UPDATE OR DELETE ON "results_imports" FOR EACH ROW EXECUTE FUNCTION faro_audit();
