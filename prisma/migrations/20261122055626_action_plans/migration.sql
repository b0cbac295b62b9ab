-- CreateEnum
CREATE TYPE "ActionPlanState" AS ENUM ('BORRADOR', 'APROBADO', 'EN_SEGUIMIENTO', 'CERRADO');

-- CreateEnum
CREATE TYPE "PlanItemSourceKind" AS ENUM ('ACTIVITY', 'FURAG_OPTION', 'FINDING');

-- CreateEnum
CREATE TYPE "PlanItemStatus" AS ENUM ('PENDIENTE', 'EN_CURSO', 'CUMPLIDA', 'CANCELADA');

-- CreateEnum
CREATE TYPE "PlanItemPriority" AS ENUM ('ALTA', 'MEDIA', 'BAJA');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('PLAN_ITEM_DUE_SOON', 'PLAN_ITEM_OVERDUE');

-- CreateTable
CREATE TABLE "action_plans" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "vigencia" INTEGER NOT NULL,
    "policy_code" VARCHAR(5),
    "name" TEXT NOT NULL,
    "source_assessment_id" UUID,
    "gap_threshold" DOUBLE PRECISION NOT NULL DEFAULT 61,
    "target_level" INTEGER NOT NULL DEFAULT 4,
    "policy_score_before" DOUBLE PRECISION,
    "state" "ActionPlanState" NOT NULL DEFAULT 'BORRADOR',
    "approved_at" TIMESTAMPTZ(3),
    "approved_by_id" UUID,
    "approved_by_name" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "action_plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_plan_items" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "source_kind" "PlanItemSourceKind" NOT NULL,
    "source_key" TEXT NOT NULL,
    "assessment_id" UUID,
    "activity_id" UUID,
    "furag_question_id" UUID,
    "furag_option" TEXT,
    "finding_id" UUID,
    "gap_label" TEXT NOT NULL,
    "policy_code" VARCHAR(5),
    "score_before" DOUBLE PRECISION,
    "action" TEXT NOT NULL,
    "deliverable" TEXT NOT NULL DEFAULT '',
    "indicator" TEXT NOT NULL DEFAULT '',
    "goal" TEXT NOT NULL DEFAULT '',
    "responsible_id" UUID,
    "start_date" DATE,
    "due_date" DATE,
    "priority" "PlanItemPriority" NOT NULL DEFAULT 'MEDIA',
    "status" "PlanItemStatus" NOT NULL DEFAULT 'PENDIENTE',
    "cancel_reason" TEXT,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "completion_note" TEXT,
    "completed_at" TIMESTAMPTZ(3),
    "sort_order" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "action_plan_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_plan_item_notes" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "progress" INTEGER,
    "author_id" UUID NOT NULL,
    "author_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_plan_item_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "action_plan_transitions" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "from_state" "ActionPlanState" NOT NULL,
    "to_state" "ActionPlanState" NOT NULL,
    "reason" TEXT,
    "actor_id" UUID NOT NULL,
    "actor_name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "action_plan_transitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "item_id" UUID,
    "title" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "emailed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "action_plans_entity_id_vigencia_idx" ON "action_plans"("entity_id", "vigencia");

-- CreateIndex
CREATE INDEX "action_plan_items_entity_id_responsible_id_idx" ON "action_plan_items"("entity_id", "responsible_id");

-- CreateIndex
CREATE UNIQUE INDEX "action_plan_items_plan_id_source_key_key" ON "action_plan_items"("plan_id", "source_key");

-- CreateIndex
CREATE INDEX "action_plan_item_notes_item_id_created_at_idx" ON "action_plan_item_notes"("item_id", "created_at");

-- CreateIndex
CREATE INDEX "action_plan_transitions_plan_id_created_at_idx" ON "action_plan_transitions"("plan_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_idx" ON "notifications"("user_id", "read_at");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_user_id_dedupe_key_key" ON "notifications"("user_id", "dedupe_key");

-- AddForeignKey
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_source_assessment_id_fkey" FOREIGN KEY ("source_assessment_id") REFERENCES "self_assessments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_plan_items" ADD CONSTRAINT "action_plan_items_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_plan_items" ADD CONSTRAINT "action_plan_items_assessment_id_fkey" FOREIGN KEY ("assessment_id") REFERENCES "self_assessments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_plan_items" ADD CONSTRAINT "action_plan_items_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "instrument_activities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_plan_items" ADD CONSTRAINT "action_plan_items_responsible_id_fkey" FOREIGN KEY ("responsible_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_plan_item_notes" ADD CONSTRAINT "action_plan_item_notes_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "action_plan_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "action_plan_transitions" ADD CONSTRAINT "action_plan_transitions_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "action_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "action_plan_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ── Hand-written: grants, row-level security, audit ──
GRANT SELECT, INSERT, UPDATE, DELETE ON
  "action_plans", "action_plan_items", "action_plan_item_notes", "action_plan_transitions", "notifications"
TO faro_app;

-- Plans and everything in them: only inside their entity.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['action_plans', 'action_plan_items', 'action_plan_item_notes', 'action_plan_transitions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I USING (faro_is_system() OR entity_id = faro_current_entity_id())
         WITH CHECK (faro_is_system() OR entity_id = faro_current_entity_id())',
      t || '_access', t);
  END LOOP;
END
$$;

-- Notifications belong to one person: they read their own from any entity
-- (the bell in the header), and create them only for themselves inside the
-- entity they are working in.
-- Marking read or e-mailed happens from the person's own scope (no entity).
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;
CREATE POLICY notifications_read ON "notifications" FOR SELECT
  USING (faro_is_system() OR user_id = faro_current_user_id());
CREATE POLICY notifications_create ON "notifications" FOR INSERT
  WITH CHECK (faro_is_system() OR (user_id = faro_current_user_id() AND entity_id = faro_current_entity_id()));
CREATE POLICY notifications_update ON "notifications" FOR UPDATE
  USING (faro_is_system() OR user_id = faro_current_user_id())
  WITH CHECK (faro_is_system() OR user_id = faro_current_user_id());

CREATE TRIGGER audit_action_plans AFTER INSERT OR UPDATE OR DELETE ON "action_plans" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_action_plan_items AFTER INSERT OR UPDATE OR DELETE ON "action_plan_items" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_action_plan_item_notes AFTER INSERT OR UPDATE OR DELETE ON "action_plan_item_notes" FOR EACH ROW EXECUTE FUNCTION faro_audit();
CREATE TRIGGER audit_action_plan_transitions AFTER INSERT OR UPDATE OR DELETE ON "action_plan_transitions" FOR EACH ROW EXECUTE FUNCTION faro_audit();
