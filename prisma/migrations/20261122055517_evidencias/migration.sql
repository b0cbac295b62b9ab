-- CreateEnum
CREATE TYPE "EvidenceReviewState" AS ENUM ('PENDIENTE', 'ACEPTADA', 'CON_OBSERVACIONES', 'RECHAZADA');

-- CreateEnum
CREATE TYPE "EvidenceTargetKind" AS ENUM ('ACTIVITY', 'FURAG_OPTION', 'PLAN_ITEM', 'FINDING');

-- CreateEnum
CREATE TYPE "FindingSeverity" AS ENUM ('BAJA', 'MEDIA', 'ALTA', 'CRITICA');

-- CreateEnum
CREATE TYPE "FindingState" AS ENUM ('ABIERTO', 'RESPONDIDO', 'CERRADO');

-- CreateTable
CREATE TABLE "evidences" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "vigencia" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "document_date" DATE NOT NULL,
    "owner_id" UUID NOT NULL,
    "policy_code" VARCHAR(5),
    "valid_until" DATE,
    "current_revision" INTEGER NOT NULL DEFAULT 1,
    "review_state" "EvidenceReviewState" NOT NULL DEFAULT 'PENDIENTE',
    "review_comment" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by_name" TEXT,
    "pending_since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evidences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_revisions" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "evidence_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "note" TEXT,
    "created_by_id" UUID NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_files" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "storage_key" TEXT NOT NULL,
    "original_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_urls" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "evidence_urls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_links" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "evidence_id" UUID NOT NULL,
    "target_kind" "EvidenceTargetKind" NOT NULL,
    "target_id" UUID NOT NULL,
    "target_sub_id" TEXT NOT NULL DEFAULT '',
    "policy_code" VARCHAR(5),
    "review_state" "EvidenceReviewState" NOT NULL DEFAULT 'PENDIENTE',
    "review_comment" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by_name" TEXT,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_reviews" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "evidence_id" UUID NOT NULL,
    "link_id" UUID,
    "target_label" TEXT,
    "revision_number" INTEGER NOT NULL,
    "state" "EvidenceReviewState" NOT NULL,
    "comment" TEXT,
    "reviewer_id" UUID NOT NULL,
    "reviewer_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "findings" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "severity" "FindingSeverity" NOT NULL,
    "description" TEXT NOT NULL,
    "policy_code" VARCHAR(5),
    "assessment_id" UUID,
    "activity_id" UUID,
    "evidence_id" UUID,
    "responsible_id" UUID NOT NULL,
    "due_date" DATE NOT NULL,
    "state" "FindingState" NOT NULL DEFAULT 'ABIERTO',
    "answer" TEXT,
    "answered_at" TIMESTAMPTZ(3),
    "answered_by_name" TEXT,
    "closure_comment" TEXT,
    "closed_at" TIMESTAMPTZ(3),
    "closed_by_name" TEXT,
    "created_by_id" UUID NOT NULL,
    "created_by_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "findings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evidences_entity_id_vigencia_idx" ON "evidences"("entity_id", "vigencia");

-- CreateIndex
CREATE INDEX "evidences_entity_id_review_state_pending_since_idx" ON "evidences"("entity_id", "review_state", "pending_since");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_revisions_evidence_id_number_key" ON "evidence_revisions"("evidence_id", "number");

-- CreateIndex
CREATE INDEX "evidence_files_revision_id_idx" ON "evidence_files"("revision_id");

-- CreateIndex
CREATE INDEX "evidence_files_storage_key_idx" ON "evidence_files"("storage_key");

-- CreateIndex
CREATE INDEX "evidence_urls_revision_id_idx" ON "evidence_urls"("revision_id");

-- CreateIndex
CREATE INDEX "evidence_links_entity_id_target_kind_target_id_idx" ON "evidence_links"("entity_id", "target_kind", "target_id");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_links_evidence_id_target_kind_target_id_target_sub_key" ON "evidence_links"("evidence_id", "target_kind", "target_id", "target_sub_id");

-- CreateIndex
CREATE INDEX "evidence_reviews_evidence_id_created_at_idx" ON "evidence_reviews"("evidence_id", "created_at");

-- CreateIndex
CREATE INDEX "findings_entity_id_state_due_date_idx" ON "findings"("entity_id", "state", "due_date");

-- AddForeignKey
ALTER TABLE "evidences" ADD CONSTRAINT "evidences_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidences" ADD CONSTRAINT "evidences_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_revisions" ADD CONSTRAINT "evidence_revisions_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidences"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "evidence_revisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_urls" ADD CONSTRAINT "evidence_urls_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "evidence_revisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_links" ADD CONSTRAINT "evidence_links_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidences"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_reviews" ADD CONSTRAINT "evidence_reviews_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidences"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_reviews" ADD CONSTRAINT "evidence_reviews_link_id_fkey" FOREIGN KEY ("link_id") REFERENCES "evidence_links"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_responsible_id_fkey" FOREIGN KEY ("responsible_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "findings" ADD CONSTRAINT "findings_evidence_id_fkey" FOREIGN KEY ("evidence_id") REFERENCES "evidences"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ── Hand-written: grants, row-level security, audit ──
GRANT SELECT, INSERT, UPDATE, DELETE ON
  "evidences", "evidence_revisions", "evidence_files", "evidence_urls", "evidence_links", "evidence_reviews", "findings"
TO faro_app;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['evidences', 'evidence_revisions', 'evidence_files', 'evidence_urls', 'evidence_links', 'evidence_reviews', 'findings'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (faro_is_system() OR entity_id = faro_current_entity_id())
         WITH CHECK (faro_is_system() OR entity_id = faro_current_entity_id())',
      t || '_access', t);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION faro_audit()', 'audit_' || t, t);
  END LOOP;
END
$$;

-- Stored files and review verdicts are the auditor's record: a file row is
-- never rewritten (a change of files is a new revision), and the review
-- history is append-only.
REVOKE UPDATE ON "evidence_files", "evidence_reviews" FROM faro_app;
