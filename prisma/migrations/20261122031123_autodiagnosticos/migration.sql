-- CreateEnum
CREATE TYPE "InstrumentSource" AS ENUM ('FARO_REFERENCE', 'OFFICIAL_WORKBOOK');

-- CreateEnum
CREATE TYPE "AssessmentState" AS ENUM ('BORRADOR', 'EN_REVISION', 'APROBADO');

-- CreateTable
CREATE TABLE "instruments" (
    "id" UUID NOT NULL,
    "entity_id" UUID,
    "key" TEXT NOT NULL,
    "policy_code" VARCHAR(5) NOT NULL,
    "version" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" "InstrumentSource" NOT NULL,
    "source_note" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "instruments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instrument_components" (
    "id" UUID NOT NULL,
    "entity_id" UUID,
    "instrument_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "instrument_components_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instrument_categories" (
    "id" UUID NOT NULL,
    "entity_id" UUID,
    "component_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "instrument_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instrument_activities" (
    "id" UUID NOT NULL,
    "entity_id" UUID,
    "instrument_id" UUID NOT NULL,
    "category_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "activity_number" TEXT,
    "activity_text" TEXT NOT NULL,
    "item_text" TEXT,
    "group_label" TEXT,
    "criterion" TEXT,
    "analysis_period" TEXT,
    "rubric" TEXT[],
    "applicability" JSONB,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "instrument_activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "self_assessments" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "vigencia" INTEGER NOT NULL,
    "policy_code" VARCHAR(5) NOT NULL,
    "instrument_id" UUID NOT NULL,
    "state" "AssessmentState" NOT NULL DEFAULT 'BORRADOR',
    "baseline_id" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "approved_at" TIMESTAMPTZ(3),
    "approved_by_id" UUID,
    "approved_by_name" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "self_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_responses" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "activity_id" UUID NOT NULL,
    "score" DOUBLE PRECISION,
    "not_applicable" BOOLEAN NOT NULL DEFAULT false,
    "observations" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "activity_responses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_transitions" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "assessment_id" UUID NOT NULL,
    "from_state" "AssessmentState" NOT NULL,
    "to_state" "AssessmentState" NOT NULL,
    "reason" TEXT,
    "actor_id" UUID NOT NULL,
    "actor_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "assessment_transitions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "instruments_key_key" ON "instruments"("key");

-- CreateIndex
CREATE INDEX "instruments_policy_code_idx" ON "instruments"("policy_code");

-- CreateIndex
CREATE INDEX "instruments_entity_id_idx" ON "instruments"("entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "instrument_components_instrument_id_sort_order_key" ON "instrument_components"("instrument_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "instrument_categories_component_id_sort_order_key" ON "instrument_categories"("component_id", "sort_order");

-- CreateIndex
CREATE INDEX "instrument_activities_category_id_idx" ON "instrument_activities"("category_id");

-- CreateIndex
CREATE UNIQUE INDEX "instrument_activities_instrument_id_sort_order_key" ON "instrument_activities"("instrument_id", "sort_order");

-- CreateIndex
CREATE INDEX "self_assessments_instrument_id_idx" ON "self_assessments"("instrument_id");

-- CreateIndex
CREATE UNIQUE INDEX "self_assessments_entity_id_vigencia_policy_code_key" ON "self_assessments"("entity_id", "vigencia", "policy_code");

-- CreateIndex
CREATE INDEX "activity_responses_entity_id_idx" ON "activity_responses"("entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "activity_responses_assessment_id_activity_id_key" ON "activity_responses"("assessment_id", "activity_id");

-- CreateIndex
CREATE INDEX "assessment_transitions_assessment_id_created_at_idx" ON "assessment_transitions"("assessment_id", "created_at");

-- AddForeignKey
ALTER TABLE "instrument_components" ADD CONSTRAINT "instrument_components_instrument_id_fkey" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instrument_categories" ADD CONSTRAINT "instrument_categories_component_id_fkey" FOREIGN KEY ("component_id") REFERENCES "instrument_components"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instrument_activities" ADD CONSTRAINT "instrument_activities_instrument_id_fkey" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instrument_activities" ADD CONSTRAINT "instrument_activities_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "instrument_categories"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_instrument_id_fkey" FOREIGN KEY ("instrument_id") REFERENCES "instruments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_baseline_id_fkey" FOREIGN KEY ("baseline_id") REFERENCES "self_assessments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_responses" ADD CONSTRAINT "activity_responses_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "self_assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_responses" ADD CONSTRAINT "activity_responses_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "instrument_activities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_transitions" ADD CONSTRAINT "assessment_transitions_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "self_assessments"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ════════════════════════════════════════════════════════════════════════
-- Hand-written below: grants, row-level security, audit, frozen instruments.
-- ════════════════════════════════════════════════════════════════════════

GRANT SELECT, INSERT, UPDATE, DELETE ON
  "instruments", "instrument_components", "instrument_categories", "instrument_activities",
  "self_assessments", "activity_responses", "assessment_transitions"
TO faro_app;

-- Instruments: shared ones (entity_id null) are readable by everyone; an
-- entity's imported ones only inside that entity. Only system scope writes
-- shared ones.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['instruments', 'instrument_components', 'instrument_categories', 'instrument_activities'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (faro_is_system() OR entity_id IS NULL OR entity_id = faro_current_entity_id())
         WITH CHECK (faro_is_system() OR (entity_id IS NOT NULL AND entity_id = faro_current_entity_id()))',
      t || '_access', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['self_assessments', 'activity_responses', 'assessment_transitions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (faro_is_system() OR entity_id = faro_current_entity_id())
         WITH CHECK (faro_is_system() OR entity_id = faro_current_entity_id())',
      t || '_access', t);
  END LOOP;
END
$$;

CREATE TRIGGER audit_instruments AFTER INSERT OR UPDATE OR DELETE ON "instruments" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_self_assessments AFTER INSERT OR UPDATE OR DELETE ON "self_assessments" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_activity_responses AFTER INSERT OR UPDATE OR DELETE ON "activity_responses" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_assessment_transitions AFTER INSERT OR UPDATE OR DELETE ON "assessment_transitions" FOR EACH ROW EXECUTE FUNCTION faro_audit();

-- An instrument that an assessment uses is frozen: scores must keep meaning
-- what they meant when they were given.
CREATE OR REPLACE FUNCTION faro_instrument_frozen() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  instrument uuid;
BEGIN
  IF TG_TABLE_NAME = 'instruments' THEN
    instrument := (to_jsonb(coalesce(OLD, NEW)) ->> 'id')::uuid;
  ELSIF TG_TABLE_NAME = 'instrument_categories' THEN
    SELECT c.instrument_id INTO instrument FROM "instrument_components" c
      WHERE c.id = (to_jsonb(coalesce(OLD, NEW)) ->> 'component_id')::uuid;
  ELSE
    instrument := (to_jsonb(coalesce(OLD, NEW)) ->> 'instrument_id')::uuid;
  END IF;
  IF EXISTS (SELECT 1 FROM "self_assessments" WHERE instrument_id = instrument) THEN
    RAISE EXCEPTION 'El instrumento ya se usa en un autodiagnóstico y no se puede modificar.' USING ERRCODE = 'check_violation';
  END IF;
  RETURN coalesce(NEW, OLD);
END
$$;
CREATE TRIGGER instruments_frozen BEFORE UPDATE OR DELETE ON "instruments" FOR EACH ROW EXECUTE FUNCTION faro_instrument_frozen();
CREATE TRIGGER instrument_components_frozen BEFORE INSERT OR UPDATE OR DELETE ON "instrument_components" FOR EACH ROW EXECUTE FUNCTION faro_instrument_frozen();
CREATE TRIGGER instrument_categories_frozen BEFORE INSERT OR UPDATE OR DELETE ON "instrument_categories" FOR EACH ROW EXECUTE FUNCTION faro_instrument_frozen();
CREATE TRIGGER instrument_activities_frozen BEFORE INSERT OR UPDATE OR DELETE ON "instrument_activities" FOR EACH ROW EXECUTE FUNCTION faro_instrument_frozen();
